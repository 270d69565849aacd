"""sched: a general-purpose event scheduler, with the interface of CPython
3.11's sched.

A scheduler keeps a heap of Events ordered by (time, priority, sequence):
the sequence number, taken from a counter as events are entered, keeps
events of equal time and priority in the order they were entered, and
means the action itself is never compared. Time is whatever timefunc
returns; delayfunc(d) waits d units of it (delayfunc(0) runs after each
action, so other tasks get a turn).

heapq's operations are single calls into C, so tasks of one interpreter
sharing a scheduler cannot see a heap half-changed.
"""

import heapq
import time
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
_FIELD_DOCS = {
    'time': "When the event is due, in the units of the scheduler's timefunc.",
    'priority': "Orders events due at the same time: lower runs first.",
    'sequence': "Entry order, which separates equal times and priorities.",
    'action': "The callable run as action(*argument, **kwargs).",
    'argument': "The positional arguments of the action (a sequence).",
    'kwargs': "The keyword arguments of the action (a dict).",
}
for _name, _doc in _FIELD_DOCS.items():
    getattr(Event, _name).__doc__ = _doc
del _name, _doc

_NO_KWARGS = object()


class scheduler:
    """scheduler(timefunc=time.monotonic, delayfunc=time.sleep)"""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._numbers = count()
        self.timefunc = timefunc
        self.delayfunc = delayfunc

    def enterabs(self, time, priority, action, argument=(),
                 kwargs=_NO_KWARGS):
        """Schedules action(*argument, **kwargs) at an absolute time; lower
        priorities run first among events of the same time. Returns the
        Event, which cancel() takes."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        event = Event(time, priority, next(self._numbers), action, argument,
                      kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """As enterabs(), delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue; ValueError if it is not there."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        """Whether no event is waiting."""
        return len(self._queue) == 0

    def run(self, blocking=True):
        """Runs the events in order, waiting (delayfunc) until each is due.
        Not blocking: runs the events that are due and returns the time
        until the next one (None when the queue is empty)."""
        pending = self._queue
        while pending:
            due = pending[0]
            now = self.timefunc()
            if due.time > now:
                if not blocking:
                    return due.time - now
                self.delayfunc(due.time - now)
                continue
            heapq.heappop(pending)
            due.action(*due.argument, **due.kwargs)
            self.delayfunc(0)
        return None

    @property
    def queue(self):
        """The waiting events, in the order they will run (a copy)."""
        return sorted(self._queue)
