"""concurrent.futures._base: Future, Executor, wait() and as_completed().

Public names, states, messages and behaviour follow CPython's module; the
waiting does not. atoll has no threads and no condition variables, so a task
that waits parks on a channel of the subinterpreters module:

- result() and exception() receive on the future's gate, a channel the
  future closes when it becomes done (a receive on a closed channel raises
  ChannelClosed at once, so one close releases every waiter, now and later);
- wait() and as_completed() leave a _Watch on each future: a completing
  future notes itself there, and the watch rings a bell (a channel of
  capacity 1; a ring while one is pending is dropped) when the waiting
  task has something to look at.

A Future belongs to the interpreter that made it; that island's tasks take
turns as threads do under a lock. Tasks switch only where one waits, at
backward jumps and at calls of Python functions, so each state change below
(a test of _state, then its assignment) is straight-line code calling only
built-ins. Beyond that, the watcher always registers before it reads the
states, and a future always changes its state before it tells the watchers:
whichever comes second sees the other.
"""

import collections
import sys
import time
import subinterpreters as _si

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
# CANCELLED once an executor has picked the future up and told its watchers.
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

# The word repr() shows for each state.
_STATE_WORDS = {PENDING: 'pending', RUNNING: 'running', CANCELLED: 'cancelled',
                CANCELLED_AND_NOTIFIED: 'cancelled', FINISHED: 'finished'}
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# wait() and as_completed() count a cancelled future as completed only once
# its executor has seen it, as CPython does.
_COMPLETED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Root of the errors this package defines."""


class CancelledError(Error):
    """The future was cancelled before it could produce an outcome."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future's state does not allow this operation."""


class BrokenExecutor(RuntimeError):
    """The executor failed badly and can run nothing more."""


def _report(message, exc):
    """Prints what CPython's LOGGER.exception(message) prints by default:
    the message, then the traceback (atoll has no logging module)."""
    sys.stderr.write(message + '\n' + _si._excinfo(exc)[2])


def _deadline(timeout):
    return None if timeout is None else time.monotonic() + timeout


def _time_left(deadline):
    return None if deadline is None else deadline - time.monotonic()


class Future(object):
    """The outcome of a call that runs elsewhere or later."""

    def __init__(self):
        """Executors (and tests) make futures; clients receive them."""
        self._state = PENDING
        self._value = None
        self._error = None
        self._callbacks = []
        self._watches = []
        self._gate = None       # made by the first task that parks on it

    __class_getitem__ = classmethod(type(list[int]))     # types.GenericAlias

    def __repr__(self):
        head = '<%s at %#x state=%s' % (type(self).__name__, id(self), _STATE_WORDS[self._state])
        if self._state != FINISHED:
            return head + '>'
        if self._error is not None:
            return '%s raised %s>' % (head, type(self._error).__name__)
        return '%s returned %s>' % (head, type(self._value).__name__)

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def cancel(self):
        """Cancels the future if it has not started; True if it ends up cancelled."""
        if self._state == PENDING:
            self._state = CANCELLED
            self._settle()
        return self._state in _CANCELLED_STATES

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds (None: no
        limit). Raises what the call raised, CancelledError, or TimeoutError."""
        self._park(timeout)
        self._check_outcome()
        if self._error is not None:
            raise self._error
        return self._value

    def exception(self, timeout=None):
        """What the call raised (None if it returned), waiting as result() does."""
        self._park(timeout)
        self._check_outcome()
        return self._error

    def add_done_callback(self, fn):
        """Calls fn(future) once the future is done (at once if it is already),
        in the order callbacks were added; a callback's error is only reported."""
        if self._state in _DONE_STATES:
            self._call_back(fn)
        else:
            self._callbacks.append(fn)

    # What follows is for executors (and tests).

    def set_running_or_notify_cancel(self):
        """Called by an executor before it runs the call: True (now running)
        if the call should run, False if the future was cancelled."""
        state = self._state
        if state == PENDING:
            self._state = RUNNING
            return True
        if state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            self._tell_watches()     # cancel() has released the parked tasks
            return False
        sys.stderr.write('Future %s in unexpected state: %s\n' % (id(self), state))
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Completes the future with the call's return value."""
        self._finish(result, None)

    def set_exception(self, exception):
        """Completes the future with the exception the call raised."""
        self._finish(None, exception)

    def _finish(self, value, error):
        if self._state in _DONE_STATES:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._value = value
        self._error = error
        self._state = FINISHED
        self._tell_watches()
        self._settle()

    def _tell_watches(self):
        for watch in self._watches:
            watch.note(self)

    def _settle(self):
        """The future just became done: releases the parked tasks, runs the callbacks."""
        if self._gate is not None:
            self._gate.close()
        for fn in self._callbacks:
            self._call_back(fn)

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception as e:
            _report('exception calling callback for %r' % (self,), e)

    def _park(self, timeout):
        """Returns once the future is done or timeout seconds have passed."""
        if self._state in _DONE_STATES:
            return
        if self._gate is None:
            self._gate = _si.Channel(0)
            # Read again now the gate exists: a completion from here on
            # closes it, so the receive below cannot miss it.
            if self._state in _DONE_STATES:
                return
        try:
            self._gate.recv(timeout)
        except (_si.ChannelClosed, TimeoutError):
            pass

    def _check_outcome(self):
        """Raises CancelledError or TimeoutError unless the future finished."""
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()


class _Watch:
    """Left by wait() or as_completed() on each future they watch: keeps
    the futures still pending, collects those that complete, and wakes the
    watching task once its condition (mode) may hold."""

    def __init__(self, fs, mode):
        self.mode = mode
        self.pending = set(fs)
        self.arrived = []       # completed, not yet taken by as_completed()
        self.failed = False     # one of them raised
        self._futures = fs
        self._bell = _si.Channel(1)
        for f in fs:
            f._watches.append(self)
        # Now registered: a future completing from here on notes itself, and
        # note() ignores the second report of one seen done here as well.
        for f in fs:
            if f._state in _COMPLETED_STATES:
                self.note(f)

    def note(self, future):
        if future not in self.pending:
            return
        self.pending.remove(future)
        self.arrived.append(future)
        if future._state == FINISHED and future._error is not None:
            self.failed = True
        if self.ready():
            try:
                self._bell.send_nowait(None)
            except _si.ChannelFull:
                pass            # a ring is already pending: the task rereads anyway

    def ready(self):
        if not self.pending:
            return True
        if self.mode == FIRST_EXCEPTION:
            return self.failed
        if self.mode == FIRST_COMPLETED or self.mode == _AS_COMPLETED:
            return len(self.arrived) > 0
        return False

    def take(self):
        """The futures completed since the last take()."""
        batch = self.arrived
        self.arrived = []
        return batch

    def sleep(self, timeout):
        """Parks until a ring; False when timeout seconds passed first."""
        try:
            self._bell.recv(timeout)
        except TimeoutError:
            return False
        return True

    def detach(self):
        for f in self._futures:
            if self in f._watches:
                f._watches.remove(self)


def as_completed(fs, timeout=None):
    """Yields each future of fs once, as it completes, those done already
    first. TimeoutError once timeout seconds (counted from the first next())
    pass with some still pending."""
    deadline = _deadline(timeout)
    fs = set(fs)
    watch = _Watch(fs, _AS_COMPLETED)
    try:
        while True:
            batch = watch.take()
            if batch:
                yield from batch
                continue
            if not watch.pending:
                return
            left = _time_left(deadline)
            if left is not None and left < 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(watch.pending), len(fs)))
            watch.sleep(left)
    finally:
        watch.detach()


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done',
                                               module=__name__)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until return_when holds for the futures of fs (ALL_COMPLETED,
    FIRST_COMPLETED, or FIRST_EXCEPTION: one raised or all completed) or
    timeout seconds pass. Returns DoneAndNotDoneFutures of two sets."""
    deadline = _deadline(timeout)
    fs = set(fs)
    watch = _Watch(fs, return_when)
    try:
        # As in CPython, an unknown return_when is refused only when there
        # would be something to wait for.
        if not watch.ready() and return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION,
                                                     ALL_COMPLETED):
            raise ValueError(f'Invalid return condition: {return_when!r}')
        while not watch.ready():
            left = _time_left(deadline)
            if left is not None and left <= 0:
                break
            if not watch.sleep(left):
                break
    finally:
        watch.detach()
    not_done = set(watch.pending)
    return DoneAndNotDoneFutures(fs - not_done, not_done)


def _result_iterator(fs, timeout, end_time):
    """Yields the results of the futures fs in order, each waited for until
    end_time (a time.monotonic() value, None when timeout is None). What is
    left when the consumer stops early or a wait fails is cancelled."""
    queue = collections.deque(fs)
    try:
        while queue:
            future = queue.popleft()
            try:
                value = future.result(None if timeout is None else end_time - time.monotonic())
            finally:
                future.cancel()     # a no-op once done; keeps a late call from running
            yield value
    finally:
        for future in queue:
            future.cancel()


class Executor(object):
    """Base of the executors: submit(), map(), shutdown(), and `with`."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs) and returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Submits fn for each tuple of arguments zip(*iterables) gives, now;
        returns an iterator over the results in order, which raises what a
        call raised, or TimeoutError if timeout seconds (from this call)
        pass first. chunksize matters only to executors of other interpreters."""
        end_time = _deadline(timeout)
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _result_iterator(fs, timeout, end_time)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stops taking calls and frees the executor's resources once the
        calls it holds are done; a second call does nothing. wait: return
        only then. cancel_futures: cancel the calls that have not started."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
