"""concurrent.futures.process: ProcessPoolExecutor, on interpreters.

atoll runs no child processes: islands give the same isolation and
parallelism in one process. A ProcessPoolExecutor here is an
InterpreterPoolExecutor with ProcessPoolExecutor's parameters and errors.
Its calls cross as a spawned process's would: the function by module and
qualified name (the main script runs again in each worker as __mp_main__,
so guard its work with `if __name__ == "__main__":`), the arguments and
results copied, but by the sharing rules of SPEC §4 rather than by pickle:
instances of user classes cannot cross (NotShareableError).
"""

from . import _base
from .interpreter import InterpreterPoolExecutor


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker failed (its initializer raised): the pool takes no more work."""


class ProcessPoolExecutor(InterpreterPoolExecutor):
    """An executor running calls in parallel in a pool of interpreters
    (see the module's doc). mp_context is accepted and ignored."""

    _broken_error = BrokenProcessPool
    _broken_message = 'A child process terminated abruptly, the process pool is not usable anymore'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        super().__init__(max_workers, '', initializer, initargs)
