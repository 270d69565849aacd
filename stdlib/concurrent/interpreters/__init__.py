"""concurrent.interpreters: PEP 734's interface to interpreters, on atoll's
islands (the subinterpreters module).

An Interpreter wraps a subinterpreters.Subinterpreter. exec() and call() run
in the interpreter and wait (the calling task parks); a failure there
raises ExecutionFailed here, with excinfo as CPython gives it. A function
of the main script is run as CPython 3.14 runs a "stateless" function: its
code is remade in the interpreter, with that interpreter's __main__ as its
globals (the script is not run again there); a function of any other module
is imported there by name. call_in_thread() starts a task instead of a
thread: the object it returns has join() and is_alive().

Queues (create_queue) are shared with other interpreters by reference, and
their blocking put() and get() park the task.
"""

import subinterpreters as _si
from subinterpreters import InterpreterError, InterpreterNotFoundError, NotShareableError, is_shareable
from ._queues import Queue, QueueError, QueueEmpty, QueueFull, create as create_queue

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
]


class _Namespace:
    """types.SimpleNamespace, as much of it as excinfo needs."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        return 'namespace(%s)' % ', '.join(items)

    def __eq__(self, other):
        if isinstance(other, _Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def _excinfo(failed):
    """ExecutionFailed's excinfo from a TaskFailed: the exception's type (as
    __name__, __qualname__, __module__), msg (its str()), formatted
    ("[module.]Type: msg", as CPython shortens it) and errdisplay (the
    traceback)."""
    module = failed.type_module
    qualname = failed.type_qualname
    msg = failed.message
    if module in ('builtins', '__main__', '__mp_main__'):
        name = qualname
    else:
        name = '%s.%s' % (module, qualname)
    formatted = '%s: %s' % (name, msg) if msg is not None else name
    exctype = _Namespace(__name__=failed.type_name, __qualname__=qualname, __module__=module)
    return _Namespace(type=exctype, msg=msg, formatted=formatted, errdisplay=failed.traceback.rstrip('\n'))


class ExecutionFailed(InterpreterError):
    """An exception went uncaught in the interpreter that ran exec() or
    call(); excinfo describes it (the exception itself stays there)."""

    def __init__(self, excinfo):
        msg = excinfo.formatted
        if not msg:
            if excinfo.type and excinfo.msg:
                msg = '%s: %s' % (excinfo.type.__name__, excinfo.msg)
            else:
                msg = excinfo.type.__name__ or excinfo.msg
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        try:
            formatted = self.excinfo.errdisplay
        except Exception:
            return super().__str__()
        return '%s\n\nUncaught in the interpreter:\n\n%s' % (super().__str__(), formatted)


def create():
    """A new interpreter, idle."""
    return Interpreter._wrap(_si.create())


def list_all():
    """Every interpreter that exists, the main one first."""
    return [Interpreter._wrap(h) for h in _si.list_all()]


def get_current():
    """The interpreter running the caller."""
    return Interpreter._wrap(_si.get_current())


def get_main():
    """The main interpreter."""
    return Interpreter._wrap(_si.get_main())


def _set_main_attrs(ns):
    """Runs in the target interpreter: prepare_main's binding."""
    _si._main_dict().update(ns)


_known = {}     # id -> Interpreter: one object per interpreter, as CPython


def _handle_of(id):
    for h in _si.list_all():
        if h.id == id:
            return h
    raise InterpreterNotFoundError('unrecognized interpreter ID %d' % id)


def _is_main_function(fn):
    return type(fn) is type(_set_main_attrs) and fn.__module__ in ('__main__', '__mp_main__')


class Interpreter:
    """One interpreter: id, whence, is_running(), close(), prepare_main(),
    exec(), call(), call_in_thread(). Get one from create(), list_all(),
    get_current() or get_main()."""

    def __new__(cls, id, /, _whence=None, _ownsref=None):
        if not isinstance(id, int):
            raise TypeError('id must be an int, got %r' % (id,))
        self = _known.get(id)
        if self is None:
            self = cls._wrap(_handle_of(id))
        return self

    @classmethod
    def _wrap(cls, handle):
        self = _known.get(handle.id)
        if self is None or self._handle is not handle:
            self = object.__new__(cls)
            self._id = handle.id
            self._handle = handle
            _known[handle.id] = self
        return self

    def __repr__(self):
        return '%s(%d)' % (type(self).__name__, self._id)

    def __hash__(self):
        return hash(self._id)

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return 'runtime init' if self._id == 0 else '_interpreters module'

    def _live(self):
        """Its handle; InterpreterNotFoundError once it is closed."""
        h = self._handle
        for other in _si.list_all():
            if other is h:
                return h
        raise InterpreterNotFoundError('unrecognized interpreter ID %d' % self._id)

    def is_running(self):
        """Whether code runs in the interpreter now (a task of it is alive)."""
        return self._live().is_running()

    def close(self):
        """Destroys the interpreter (InterpreterError for the current one,
        or while it runs code)."""
        self._live().destroy()
        _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Binds the items of ns and kwargs in the interpreter's __main__;
        the values must be shareable."""
        ns = dict(ns, **kwargs) if ns is not None else kwargs
        h = self._live()
        if h == _si.get_current():
            _set_main_attrs(ns)
        else:
            h.call(_set_main_attrs, ns)

    def exec(self, code, /):
        """Runs source text in the interpreter's __main__ and waits (a
        function: calls it there, with __main__ as its globals).
        ExecutionFailed if it raises."""
        h = self._live()
        try:
            if isinstance(code, str):
                h.exec(code)
            else:
                self._start(code, (), None).result()
        except _si.TaskFailed as e:
            raise ExecutionFailed(_excinfo(e)) from None

    def _start(self, callable, args, kwargs):
        h = self._live()
        if h != _si.get_current() and _is_main_function(callable):
            return _si._run_code(h, callable, args, kwargs)
        if kwargs:
            return h.run(callable, *args, **kwargs)
        return h.run(callable, *args)

    def call(self, callable, /, *args, **kwargs):
        """Calls callable(*args, **kwargs) in the interpreter and returns
        its result; arguments and result cross by the sharing rules.
        ExecutionFailed if it raises."""
        try:
            return self._start(callable, args, kwargs).result()
        except _si.TaskFailed as e:
            raise ExecutionFailed(_excinfo(e)) from None

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Starts callable(*args, **kwargs) in the interpreter and returns
        the task running it (join(), is_alive()); its result is dropped."""
        return self._start(callable, args, kwargs)
