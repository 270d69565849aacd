"""concurrent.futures.thread: ThreadPoolExecutor, on tasks.

atoll has no threads (SPEC §2): tasks replace them. A ThreadPoolExecutor
here runs its calls in tasks of the interpreter that made it, which take
turns like CPython's threads under the GIL: any callable and any arguments
work, closures and shared state included, blocking calls (sleep, channels,
futures) let the other calls run, and nothing runs in parallel. For
parallel work use InterpreterPoolExecutor.

Workers are tasks that take calls from a deque until it is empty, then end:
none stays parked while the pool is idle, so a script that never shuts its
pool down still ends. A new worker starts with a submit when fewer than
max_workers run. The initializer runs once per worker slot (the first
max_workers workers), as it runs once per thread in CPython.
"""

from collections import deque
import subinterpreters as _si
from . import _base


class BrokenThreadPool(_base.BrokenExecutor):
    """An initializer failed in a worker: the pool takes no more work."""


class ThreadPoolExecutor(_base.Executor):
    """An executor running calls in tasks of the current interpreter.

    max_workers: the most tasks running calls at once (default, as CPython:
    min(32, cpus + 4)). initializer(*initargs) runs first in each worker.
    thread_name_prefix names the tasks.
    """

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _si.workers() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._queue = deque()           # (future, fn, args, kwargs)
        self._tasks = []
        self._nworkers = 0              # workers running
        self._slots_initialized = 0
        self._broken = False
        self._shutdown = False
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % (ThreadPoolExecutor._counter - 1))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) in a task; returns its Future."""
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = _base.Future()
        self._queue.append((f, fn, args, kwargs))
        if self._nworkers < self._max_workers:
            self._nworkers += 1
            init = self._initializer is not None and self._slots_initialized < self._max_workers
            if init:
                self._slots_initialized += 1
            task = _si.get_current().run(self._work, init)
            task.name = '%s_%d' % (self._thread_name_prefix, len(self._tasks))
            self._tasks = [t for t in self._tasks if t.is_alive()]
            self._tasks.append(task)
        return f

    def _work(self, init):
        if init:
            try:
                self._initializer(*self._initargs)
            except BaseException as e:
                _base._report('Exception in initializer:', e)
                self._nworkers -= 1
                self._initializer_failed()
                return
        queue = self._queue
        while True:
            try:
                f, fn, args, kwargs = queue.popleft()
            except IndexError:
                self._nworkers -= 1
                return
            if not f.set_running_or_notify_cancel():
                continue
            try:
                r = fn(*args, **kwargs)
            except BaseException as e:
                f.set_exception(e)
            else:
                f.set_result(r)

    def _initializer_failed(self):
        self._broken = ('A thread initializer failed, the thread pool is not usable anymore')
        error = BrokenThreadPool(self._broken)
        queue = self._queue
        while queue:
            f, fn, args, kwargs = queue.popleft()
            if f.set_running_or_notify_cancel():
                f.set_exception(error)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            queue = self._queue
            while queue:
                f, fn, args, kwargs = queue.popleft()
                f.cancel()
        if wait:
            me = _si.current_task()
            for task in self._tasks:
                if task is not me:
                    task.join()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__
