"""concurrent.futures: executors and futures (SPEC §6).

InterpreterPoolExecutor (alias SubinterpreterExecutor) runs calls in
parallel in a pool of interpreters; ProcessPoolExecutor is the same pool
under CPython's process-pool name; ThreadPoolExecutor runs calls in tasks of
the current interpreter, which take turns as threads do under the GIL.
Futures, wait() and as_completed() are CPython's, waiting by parking.
"""

from ._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
                    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed)
from .thread import ThreadPoolExecutor, BrokenThreadPool
from .interpreter import InterpreterPoolExecutor, SubinterpreterExecutor, BrokenInterpreterPool
from .process import ProcessPoolExecutor, BrokenProcessPool

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'InvalidStateError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
    'InterpreterPoolExecutor',
    'SubinterpreterExecutor',
)
