"""concurrent.futures.interpreter: InterpreterPoolExecutor (and its alias
SubinterpreterExecutor), an executor whose workers are interpreters, so that
calls run in parallel on all the cores.

Each worker is an interpreter running _worker(): a loop that receives calls
on the pool's work channel and sends their outcomes on its results channel.
A call crosses as names and values (SPEC §4): the function as (module,
qualified name, main script), found in the worker by import (the main
script is run there as __mp_main__, as multiprocessing's spawn does), the
arguments and the result by the sharing rules; a failure comes back as
subinterpreters' exception snapshot and is made an exception again here
(_rebuild).

In the submitting interpreter, a collector task receives the outcomes,
completes the futures and hands out more work. At most `_capacity` calls (a
few per worker) are on the work channel or running; the others wait in
`_pending`, where cancel() can still stop them. Work runs in "runs": the
first submit after an idle spell starts the collector and the workers'
loops; when the last outstanding call completes, the collector closes the
work channel and every loop ends. So no task stays parked while the pool is
idle, and a script that never shuts its pool down still ends (as CPython's
exit handler would join the threads). The interpreters themselves live until
shutdown(); each runs the initializer once, when it is made.
"""

import builtins
import sys
from collections import deque
import subinterpreters as _si
from . import _base
from .thread import BrokenThreadPool


class BrokenInterpreterPool(BrokenThreadPool):
    """An initializer failed in a worker interpreter: the pool takes no more work."""


class _RemoteTraceback(Exception):
    """The traceback of a call that failed in another interpreter, as the
    __cause__ of the exception result() raises (ProcessPoolExecutor's way)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


# What a work message asks (its last field).
_CALL = 0       # fn(*args, **kwargs)
_CHUNK = 1      # [fn(*a) for a in args]: one message for map()'s chunk
_SCRIPT = 2     # exec(args) in the worker's __main__

# A results message whose seq is this reports a failed initializer.
_INIT_FAILED = -1

# Calls handed to the workers at a time, per worker: enough to keep a worker
# busy while the collector catches up, few enough that cancel() still
# reaches most queued calls.
_DEPTH = 4

_pools = 0      # for the default names of the worker interpreters

# True in a worker interpreter while it finds a function by name, which may
# run the main script again there: a pool made then would make its own
# workers, which would run the script again... (multiprocessing's spawn
# refuses the same way).
_bootstrapping = False


def _find(target):
    global _bootstrapping
    _bootstrapping = True
    try:
        return _si._resolve(*target)
    finally:
        _bootstrapping = False


def _worker(work, results, init, shared):
    """The loop of a worker interpreter (it runs there). init: None, or
    (kind, target, args) for the initializer, run first; shared: a dict
    bound into __main__, or None."""
    try:
        if shared:
            _si._main_dict().update(shared)
        if init is not None:
            kind, target, args = init
            if kind == _SCRIPT:
                exec(target, _si._main_dict())
            else:
                _find(target)(*args)
    except BaseException as e:
        results.send((_INIT_FAILED, False, _si._excinfo(e)))
        return
    funcs = {}
    for seq, name, args, kwargs, kind in work:
        try:
            if kind == _SCRIPT:
                exec(args, _si._main_dict())
                r = None
            else:
                fn = funcs.get(name)
                if fn is None:
                    fn = funcs[name] = _find(name)
                if kind == _CALL:
                    r = fn(*args, **kwargs) if kwargs else fn(*args)
                else:
                    r = [fn(*a) for a in args]
            outcome = (seq, True, r)
        except BaseException as e:
            outcome = (seq, False, _si._excinfo(e))
        try:
            results.send(outcome)
        except _si.NotShareableError as e:
            results.send((seq, False, _si._excinfo(e)))


def _rebuild(info):
    """The exception a failed call raises here, from its snapshot: the same
    type and arguments when the type is built in (or one of subinterpreters'
    errors), else TaskFailed; the original traceback as its __cause__."""
    type_name, message, tb, module, qualname, args = info
    exc = None
    if module == 'builtins' or module == 'subinterpreters':
        cls = getattr(builtins if module == 'builtins' else _si, type_name, None)
        if isinstance(cls, type) and issubclass(cls, BaseException):
            try:
                exc = cls(*args) if args is not None else cls(message)
            except Exception:
                exc = None
    if exc is None:
        exc = _si.TaskFailed('%s: %s' % (type_name, message))
        exc.type_name = type_name
        exc.message = message
        exc.traceback = tb
        exc.type_module = module
        exc.type_qualname = qualname
        exc.exc_args = args
    exc.__cause__ = _RemoteTraceback('\n"""\n%s"""' % tb)
    return exc


def _check_shareable(obj):
    """NotShareableError (subinterpreters' own message) unless obj can cross."""
    if not _si.is_shareable(obj):
        _si.Channel(1).send_nowait(obj)


class _Run:
    """The channels and tasks of one run of the pool (see the module's doc)."""

    def __init__(self, capacity, nworkers):
        self.work = _si.Channel(capacity)
        # every call in flight and every worker's init report fit: workers never wait to report
        self.results = _si.Channel(capacity + nworkers)
        self.tasks = []
        self.collector = None


class InterpreterPoolExecutor(_base.Executor):
    """An executor running calls in a pool of interpreters, in parallel.

    max_workers: the number of interpreters (default: one per worker thread
    of the scheduler, subinterpreters.workers()). initializer: a module-level
    function (or source text) each interpreter runs first, with initargs.
    shared: a dict of shareable values bound into each interpreter's
    __main__. thread_name_prefix names the interpreters.
    """

    _broken_error = BrokenInterpreterPool
    _broken_message = 'A thread initializer failed, the thread pool is not usable anymore'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=(), shared=None):
        global _pools
        if _bootstrapping:
            raise RuntimeError(
                "an attempt was made to start a pool of interpreters while the main script runs again "
                "in a worker interpreter (as __mp_main__, to find the functions it defines): guard the "
                "script's work with  if __name__ == '__main__':")
        if max_workers is None:
            max_workers = _si.workers()
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if isinstance(initializer, str):
            if initargs:
                raise ValueError(f'an initializer script does not take args, got {initargs!r}')
            compile(initializer, '<string>', 'exec')
            self._init = (_SCRIPT, initializer, ())
        elif initializer is not None:
            if not callable(initializer):
                raise TypeError("initializer must be a callable")
            _check_shareable(initargs)
            self._init = (_CALL, _si._target_name(initializer), tuple(initargs))
        else:
            self._init = None
        if shared is not None:
            shared = dict(shared)
            _check_shareable(shared)
        self._shared = shared
        self._max_workers = max_workers
        self._capacity = max_workers * _DEPTH
        self._prefix = thread_name_prefix or ('%s-%d' % (type(self).__name__, _pools))
        _pools += 1
        self._interps = []          # the worker interpreters, made as work comes
        self._names = {}            # function -> (module, qualname, main file)
        self._pending = deque()     # (future, message) not yet handed out
        self._inflight = {}         # seq -> future, handed out
        self._outstanding = 0       # calls submitted and not completed
        self._seq = 0
        self._run = None
        self._tasks = []            # workers' loops that may be alive
        self._shutdown = False
        self._broken = False
        self._closed = False        # the interpreters are destroyed

    # --- submitting ---------------------------------------------------------------

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) in a worker interpreter; returns its
        Future. fn is a module-level function (found there by name), or
        source text run in the worker's __main__ (no arguments then)."""
        if isinstance(fn, str):
            if args or kwargs:
                raise ValueError(f'a script does not take args or kwargs, got {args!r} and {kwargs!r}')
            return self._submit(None, fn, None, _SCRIPT)
        return self._submit(self._name_of(fn), args, kwargs or None, _CALL)

    def _name_of(self, fn):
        name = self._names.get(fn)
        if name is None:
            name = self._names[fn] = _builtin_name(fn) or _si._target_name(fn)
        return name

    def _submit(self, name, args, kwargs, kind):
        if self._broken:
            raise self._broken_error(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if not _si.is_shareable(args) or not _si.is_shareable(kwargs):
            _check_shareable(args)
            _check_shareable(kwargs)
        f = _base.Future()
        self._seq += 1
        self._pending.append((f, (self._seq, name, args, kwargs, kind)))
        self._outstanding += 1
        run = self._run
        if run is None:
            run = self._start_run()
        if len(run.tasks) < self._max_workers and len(run.tasks) < self._outstanding:
            self._add_worker(run)
        self._dispatch(run)
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """map(fn, *iterables) in the pool, results in order; with chunksize
        > 1, each message carries that many calls, run as one."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if chunksize == 1:
            return super().map(fn, *iterables, timeout=timeout)
        if timeout is not None:
            end_time = timeout + _base.time.monotonic()
        else:
            end_time = None
        name = self._name_of(fn)
        fs = []
        chunk = []
        for args in zip(*iterables):
            chunk.append(args)
            if len(chunk) == chunksize:
                fs.append(self._submit(name, tuple(chunk), None, _CHUNK))
                chunk = []
        if chunk:
            fs.append(self._submit(name, tuple(chunk), None, _CHUNK))
        return _chain(_base._result_iterator(fs, timeout, end_time))

    def _dispatch(self, run):
        """Hands pending calls to the workers while there is room. The slot
        is taken (in _inflight) before anything can switch tasks."""
        pending = self._pending
        inflight = self._inflight
        while pending and len(inflight) < self._capacity:
            f, msg = pending.popleft()
            inflight[msg[0]] = f
            if f.set_running_or_notify_cancel():
                run.work.send_nowait(msg)
            else:
                del inflight[msg[0]]
                self._outstanding -= 1

    # --- runs, workers and the collector -------------------------------------------

    def _start_run(self):
        run = self._run = _Run(self._capacity, self._max_workers)
        run.collector = _si.get_current().run(self._collect, run)
        run.collector.name = self._prefix + '-collector'
        return run

    def _add_worker(self, run):
        i = len(run.tasks)
        if i < len(self._interps):
            interp, init, shared = self._interps[i], None, None
        else:
            interp = _si.create('%s_%d' % (self._prefix, i))
            self._interps.append(interp)
            init, shared = self._init, self._shared
        task = interp.run(_worker, run.work, run.results, init, shared)
        run.tasks.append(task)
        # the loops of earlier runs may still be ending: all are joined before
        # the interpreters go
        self._tasks = [t for t in self._tasks if t.is_alive()]
        self._tasks.append(task)

    def _collect(self, run):
        results = run.results
        inflight = self._inflight
        while self._outstanding:
            seq, ok, value = results.recv()
            if seq == _INIT_FAILED:
                self._initializer_failed(run, value)
                continue
            f = inflight.pop(seq)
            self._outstanding -= 1
            try:
                if ok:
                    f.set_result(value)
                else:
                    f.set_exception(_rebuild(value))
            except _base.InvalidStateError:
                pass
            if self._pending:
                self._dispatch(run)
        # idle: end the run; the workers' loops end on the closed channel
        self._run = None
        run.work.close()
        if self._shutdown:
            self._close_interps()

    def _initializer_failed(self, run, info):
        sys.stderr.write('Exception in initializer:\n' + info[2])
        if self._broken:
            return
        self._broken = self._broken_message
        error = self._broken_error(self._broken)
        # calls not started fail, queued ones included; running ones finish
        failed = []
        while self._pending:
            f, msg = self._pending.popleft()
            if f.set_running_or_notify_cancel():
                failed.append(f)
            else:
                self._outstanding -= 1
        while True:
            try:
                msg = run.work.recv_nowait()
            except _si.ChannelEmpty:
                break
            failed.append(self._inflight.pop(msg[0]))
        run.work.close()
        for f in failed:
            self._outstanding -= 1
            f.set_exception(error)

    def _close_interps(self):
        """After the last run (shutdown): wait for the loops, then destroy."""
        for task in self._tasks:
            task.join()
        if not self._closed:
            self._closed = True
            for interp in self._interps:
                interp.destroy()

    # --- shutting down ---------------------------------------------------------------

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            pending = self._pending
            while pending:
                f, msg = pending.popleft()
                f.cancel()
                self._outstanding -= 1
        run = self._run
        if run is None:
            self._close_interps()
        elif wait and run.collector is not _si.current_task():
            run.collector.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__


def _builtin_name(fn):
    """How a worker finds a built-in function (pow, math.sqrt...): the
    module that holds it, searched once; None for anything else."""
    if type(fn) is not type(len) or getattr(fn, '__self__', None) is not None:
        return None
    name = fn.__name__
    if getattr(builtins, name, None) is fn:
        return ('builtins', name, None)
    for modname, mod in list(sys.modules.items()):
        if getattr(mod, name, None) is fn:
            return (modname, name, None)
    return None


def _chain(results):
    for chunk in results:
        yield from chunk


class SubinterpreterExecutor(InterpreterPoolExecutor):
    """InterpreterPoolExecutor under the name SPEC §6 gives it, and with its
    order of parameters: (max_workers, initializer, initargs)."""

    def __init__(self, max_workers=None, initializer=None, initargs=(), *, thread_name_prefix='', shared=None):
        super().__init__(max_workers, thread_name_prefix, initializer, initargs, shared)
