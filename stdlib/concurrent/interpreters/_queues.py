"""concurrent.interpreters._queues: cross-interpreter queues (PEP 734).

A Queue is runtime/queue.c's type: a channel with Queue's methods, shared
between interpreters by reference (pass it to call(), prepare_main(), or
put it in another queue). put() and get() wait by parking the task.
"""

from _interpqueues import Queue, QueueError, QueueEmpty, QueueFull, create as _create

__all__ = ['create', 'Queue', 'QueueError', 'QueueEmpty', 'QueueFull']


def create(maxsize=0, *, unbounditems=None):
    """A new queue holding up to maxsize items (unbounded when maxsize <=
    0). unbounditems is accepted for CPython's sake: items here outlive the
    interpreter that put them."""
    return _create(maxsize)
