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
    """A worker of a ProcessPoolExecutor failed: the pool runs nothing more."""


def _check_arguments(max_workers, initializer, max_tasks_per_child):
    """Refuses what CPython's ProcessPoolExecutor refuses, in its order.
    Only callables initialize: the source-text initializers of the
    interpreter pool have no process-pool equivalent."""
    if max_workers is not None and max_workers <= 0:
        raise ValueError("max_workers must be greater than 0")
    if initializer is not None and not callable(initializer):
        raise TypeError("initializer must be a callable")
    if max_tasks_per_child is None:
        return
    # isinstance, not type(): CPython takes True as 1.
    if not isinstance(max_tasks_per_child, int):
        raise TypeError("max_tasks_per_child must be an integer")
    if max_tasks_per_child < 1:
        raise ValueError("max_tasks_per_child must be >= 1")


class ProcessPoolExecutor(InterpreterPoolExecutor):
    """An executor running calls in parallel in a pool of interpreters (see
    the module's doc). mp_context is ignored, and max_tasks_per_child is
    only checked: the pool keeps its interpreters for as long as it runs."""

    _broken_error = BrokenProcessPool
    _broken_message = 'A child process terminated abruptly, the process pool is not usable anymore'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        _check_arguments(max_workers, initializer, max_tasks_per_child)
        super().__init__(max_workers, '', initializer, initargs)
