"""concurrent.futures.thread: ThreadPoolExecutor, on tasks.

atoll has no threads (SPEC §2): tasks replace them. A ThreadPoolExecutor
here runs its calls in tasks of the interpreter that made it, which take
turns like CPython's threads under the GIL: any callable and any arguments
work, closures and shared state included, blocking calls (sleep, channels,
futures) let the other calls run, and nothing runs in parallel. For
parallel work use InterpreterPoolExecutor.

A worker is a task that takes queued calls until the queue is empty, then
ends: none stays parked while the pool is idle, so a script that never
shuts its pool down still ends. submit() starts a worker when fewer than
max_workers are alive. The first max_workers workers run the initializer,
as each of CPython's threads runs it once.
"""

from collections import deque
import subinterpreters as _si
from . import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool runs nothing more."""


_BROKEN_MESSAGE = 'A thread initializer failed, the thread pool is not usable anymore'


def _drain(calls):
    """Yields the queued calls, taking each from the left, until none is
    left; other tasks may take some meanwhile, hence no length test."""
    while True:
        try:
            call = calls.popleft()
        except IndexError:
            return
        yield call


def _run(future, fn, args, kwargs):
    """Runs one call, unless it was cancelled, and completes its future."""
    if not future.set_running_or_notify_cancel():
        return
    try:
        value = fn(*args, **kwargs)
    except BaseException as e:
        future.set_exception(e)
    else:
        future.set_result(value)


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls in tasks of the current interpreter.

    max_workers: the most calls running at once (default, as in CPython:
    min(32, cpus + 4), with atoll's worker threads for cpus).
    initializer(*initargs) runs first in each worker. thread_name_prefix
    names the worker tasks.
    """

    _unnamed_pools = 0      # numbers the default name prefixes, from 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _si.workers() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % ThreadPoolExecutor._unnamed_pools
            ThreadPoolExecutor._unnamed_pools += 1
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._calls = deque()   # (future, fn, args, kwargs) no worker has taken yet
        self._workers = []      # the tasks shutdown(wait=True) joins
        self._alive = 0         # workers that have not ended
        self._started = 0       # workers ever started
        self._broken = False    # else the message of BrokenThreadPool
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = _base.Future()
        self._calls.append((future, fn, args, kwargs))
        if self._alive < self._max_workers:
            # Counted before it starts: the new task may run at once.
            self._alive += 1
            self._start_worker()
        return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _start_worker(self):
        number = self._started
        self._started += 1
        initialize = self._initializer is not None and number < self._max_workers
        task = _si.get_current().run(self._worker, initialize)
        task.name = '%s_%d' % (self._thread_name_prefix, number)
        # Ended workers are dropped, so a long-lived pool keeps a short list.
        self._workers = [t for t in self._workers if t.is_alive()]
        self._workers.append(task)

    def _worker(self, initialize):
        """The body of a worker task."""
        if initialize and not self._initialize():
            self._alive -= 1
            return
        for future, fn, args, kwargs in _drain(self._calls):
            _run(future, fn, args, kwargs)
        self._alive -= 1

    def _initialize(self):
        """Runs the initializer; on failure, reports it and breaks the pool."""
        try:
            self._initializer(*self._initargs)
        except BaseException as e:
            _base._report('Exception in initializer:', e)
            self._break()
            return False
        return True

    def _break(self):
        """Refuses new calls and fails the queued ones with BrokenThreadPool."""
        self._broken = _BROKEN_MESSAGE
        for future, fn, args, kwargs in _drain(self._calls):
            if future.set_running_or_notify_cancel():
                future.set_exception(BrokenThreadPool(_BROKEN_MESSAGE))

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for future, fn, args, kwargs in _drain(self._calls):
                future.cancel()
        if wait:
            me = _si.current_task()
            for task in self._workers:
                if task is not me:      # a call shutting its own pool down
                    task.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
