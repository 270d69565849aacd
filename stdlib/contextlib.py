"""contextlib: helpers to build and combine context managers (with statements)."""

import sys
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


class AbstractContextManager:
    """Base for context managers: entering gives the manager itself, and
    exiting lets any exception through."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Mixin that lets a context manager decorate a function: each call of
    the function then runs inside the managed context."""

    def _recreate_cm(self):
        # managers that can be entered only once return a fresh copy here
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwargs):
            with self._recreate_cm():
                return func(*args, **kwargs)
        return run_inside


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager that @contextmanager makes of a generator: the
    code before its one yield is the setup, the code after the teardown."""

    def __init__(self, func, args, kwargs):
        # func, args and kwds are kept to make copies (_recreate_cm)
        self.func = func
        self.args = args
        self.kwds = kwargs
        self.gen = func(*args, **kwargs)
        # the manager documents itself with the generator function's doc
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # as a decorator, every call needs a generator of its own
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # entered, it can no longer be recreated: let the arguments go
        del self.func, self.args, self.kwds
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return self._run_teardown()
        return self._throw_into_generator(exc_type, exc, tb)

    def _run_teardown(self):
        try:
            next(self.gen)
        except StopIteration:
            return False
        raise RuntimeError("generator didn't stop")

    def _throw_into_generator(self, exc_type, exc, tb):
        if exc is None:
            # an instance, so that we can tell whether it comes back out
            exc = exc_type()
        try:
            self.gen.throw(exc_type, exc, tb)
        except StopIteration as returned:
            # the generator returned: it handled the exception, unless the
            # exception was this very StopIteration
            return returned is not exc
        except BaseException as escaped:
            if escaped is exc:
                return False        # not handled: the with statement re-raises it
            # a StopIteration thrown in comes out as RuntimeError (PEP 479)
            if (isinstance(escaped, RuntimeError) and isinstance(exc, StopIteration)
                    and escaped.__cause__ is exc):
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator for a generator function that yields exactly once: calling
    it then gives a context manager, whose `as` target is the yielded value
    and whose block runs where the generator is suspended."""
    @wraps(func)
    def make_manager(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    return make_manager


class closing(AbstractContextManager):
    """Context manager that gives *thing* and calls its close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """Context manager that does nothing but give *enter_result*: a stand-in
    where a real manager is only sometimes wanted."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        pass


class _RedirectStream(AbstractContextManager):
    # _stream names the sys attribute replaced during the block
    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        # a stack of the replaced streams: one instance may be re-entered
        self._replaced = []

    def __enter__(self):
        self._replaced.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._target)
        return self._target

    def __exit__(self, *exc):
        setattr(sys, self._stream, self._replaced.pop())


class redirect_stdout(_RedirectStream):
    """Context manager sending sys.stdout to another file for its block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager sending sys.stderr to another file for its block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager that silences the given exception types: after one
    is raised in the block, execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._suppressed = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        return issubclass(exc_type, self._suppressed)


class chdir(AbstractContextManager):
    """Context manager changing the working directory for its block (the
    directory is process-wide: not safe with concurrent users)."""

    def __init__(self, path):
        self.path = path
        self._previous = []     # a stack, so that an instance can be reused

    def __enter__(self):
        import os
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *exc):
        import os
        os.chdir(self._previous.pop())


def _bound(obj, exit_function):
    # exit_function (looked up on the type) applied to obj, as a method
    def call(*exc_details):
        return exit_function(obj, *exc_details)
    return call


def _splice_context(exc, previous, outer):
    # Give exc the context chain it would have had if the callbacks had been
    # nested with statements: its implicit chain leads to *outer*, the
    # exception already being handled when the stack began to unwind; the
    # exception *previous* (left by the callback before) belongs in its place.
    link = exc
    while True:
        context = link.__context__
        if context is None or context is previous:
            return
        if context is outer:
            link.__context__ = previous
            return
        link = context


class ExitStack(AbstractContextManager):
    """Context manager holding a stack of exit callbacks, run last first on
    exit as if the managers entered through it had been nested with
    statements: e.g. to close any number of files opened in the block."""

    def __init__(self):
        self._callbacks = []

    def pop_all(self):
        """Move the callbacks to a new stack, which is returned: this one
        will then have nothing to run."""
        heir = type(self)()
        heir._callbacks, self._callbacks = self._callbacks, []
        return heir

    def push(self, exit):
        """Add a callback with the signature of __exit__: the __exit__ of
        *exit* if its type has one, else *exit* itself. Returns *exit*."""
        exit_function = getattr(type(exit), "__exit__", None)
        if exit_function is None:
            self._callbacks.append(exit)
        else:
            self._callbacks.append(_bound(exit, exit_function))
        return exit

    def enter_context(self, cm):
        """Enter the context manager *cm*, push its __exit__ and return
        what its __enter__ returned."""
        kind = type(cm)
        enter = getattr(kind, "__enter__", None)
        exit_function = getattr(kind, "__exit__", None)
        if enter is None or exit_function is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol")
        result = enter(cm)
        self._callbacks.append(_bound(cm, exit_function))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Add callback(*args, **kwds), to be called on exit (it cannot
        suppress an exception). Returns *callback*."""
        def call_ignoring_exception(*exc_details):
            callback(*args, **kwds)
        call_ignoring_exception.__wrapped__ = callback
        self._callbacks.append(call_ignoring_exception)
        return callback

    def close(self):
        """Run and drop all the callbacks now."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc):
        entered_with_exception = exc[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        # true while exc holds an exception that a callback raised
        callback_raised = False
        while self._callbacks:
            callback = self._callbacks.pop()
            try:
                if callback(*exc):
                    suppressed, callback_raised = True, False
                    exc = (None,) * 3
            except BaseException as error:
                _splice_context(error, exc[1], outer)
                callback_raised = True
                exc = (type(error), error, error.__traceback__)
        if callback_raised:
            failure = exc[1]
            chain = failure.__context__
            try:
                raise failure
            finally:
                # raising points __context__ at the exception being handled:
                # put back the chain built above
                failure.__context__ = chain
        return entered_with_exception and suppressed
