"""concurrent.futures._base: Future, Executor, wait() and as_completed().

The names, states, messages and behaviour are CPython's. What differs is how
a task waits: there are no threads and no condition variables here. A task
that waits for a future parks on a channel of the subinterpreters module:

- a Future's waiters receive on its `_done` channel, which the future closes
  when it completes (a receive on a closed channel raises ChannelClosed at
  once, so a close wakes every waiter, present and future);
- wait() and as_completed() install a _Waiter on each future; a completing
  future pokes it through a channel of capacity 1 (a poke when one is
  already pending is dropped: the waiter re-reads the state after each wake).

A Future belongs to the interpreter that made it: only that island's tasks
see it, and they take turns like threads under a lock. The evaluator switches
tasks only where a task waits, at backward jumps and on calls of Python
functions; the few check-then-set steps below (the state changes) are
straight-line code that calls only built-ins, so no other task can come
between the check and the set. Everything else is written so that a waiter
is registered before it looks at the state, and a completing future sets its
state before it looks at the waiters: one of the two always sees the other.
"""

import sys
import time
import subinterpreters as _si

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states: CANCELLED_AND_NOTIFIED is CANCELLED once the executor
# has seen it (and told the waiters).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# What wait() and as_completed() count as completed, as CPython does: a
# cancelled future once its executor has seen it (and told the waiters).
_COMPLETED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


def _report(message, exc):
    """What CPython's logging prints for LOGGER.exception(message): the
    message, then the traceback (there is no logging module here)."""
    info = _si._excinfo(exc)
    sys.stderr.write(message + '\n' + info[2])


class _Waiter:
    """Collects the futures that complete while wait() or as_completed()
    waits, and wakes the waiting task through a channel of capacity 1.

    mode FIRST_COMPLETED and _AS_COMPLETED poke on every completion;
    FIRST_EXCEPTION on a failure, ALL_COMPLETED (and FIRST_EXCEPTION) once
    `target` completions have been counted since the waiter last looked."""

    def __init__(self, mode):
        self.mode = mode
        self.finished_futures = []
        self.count = 0
        self.target = -1
        self._poke = _si.Channel(1)

    def _wake(self):
        try:
            self._poke.send_nowait(None)
        except _si.ChannelFull:
            pass

    def _add(self, future, failed):
        self.finished_futures.append(future)
        self.count += 1
        mode = self.mode
        if (mode == FIRST_COMPLETED or mode == _AS_COMPLETED
                or (failed and mode == FIRST_EXCEPTION)
                or (self.target >= 0 and self.count >= self.target)):
            self._wake()

    def add_result(self, future):
        self._add(future, False)

    def add_exception(self, future):
        self._add(future, True)

    def add_cancelled(self, future):
        self._add(future, False)

    def wait(self, timeout):
        """Parks until poked; False when the timeout passed first."""
        try:
            self._poke.recv(timeout)
        except TimeoutError:
            return False
        return True


class Future(object):
    """The result of a call that runs elsewhere, or later."""

    def __init__(self):
        """Made by executors (and tests), not by clients."""
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []
        self._done = None          # the channel result() parks on, made on demand

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                _report('exception calling callback for %r' % (self,), e)

    def __repr__(self):
        state = self._state
        if state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[state],
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[state],
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (
            self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[state])

    def _wake_waiters(self):
        """After the state became a done one: wake result() callers."""
        done = self._done
        if done is not None:
            done.close()

    def cancel(self):
        """Cancels the future unless it runs or is done; True if it is cancelled."""
        state = self._state
        if state == RUNNING or state == FINISHED:
            return False
        if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
            return True
        self._state = CANCELLED
        self._wake_waiters()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Calls fn(future) when the future completes or is cancelled, or now
        if it is done already. Callbacks run in the order they were added, in
        a task of the interpreter that made the future."""
        if self._state not in _DONE_STATES:
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception as e:
            _report('exception calling callback for %r' % (self,), e)

    def _wait(self, timeout):
        """Parks until the future is done; False when the timeout passed."""
        done = self._done
        if done is None:
            done = self._done = _si.Channel(0)
        if self._state in _DONE_STATES:
            return True
        try:
            done.recv(timeout)
        except _si.ChannelClosed:
            return True
        except TimeoutError:
            return self._state in _DONE_STATES
        return True

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds (None: as
        long as it takes). Raises what the call raised, CancelledError if the
        future was cancelled, TimeoutError if it is not done in time."""
        state = self._state
        if state == FINISHED:
            return self.__get_result()
        if state not in _DONE_STATES:
            self._wait(timeout)
            state = self._state
        if state == FINISHED:
            return self.__get_result()
        if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
            raise CancelledError()
        raise TimeoutError()

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as
        result() does; CancelledError, TimeoutError as result()."""
        state = self._state
        if state not in _DONE_STATES:
            self._wait(timeout)
            state = self._state
        if state == CANCELLED or state == CANCELLED_AND_NOTIFIED:
            raise CancelledError()
        if state == FINISHED:
            return self._exception
        raise TimeoutError()

    # The following methods should only be used by Executors and in tests.
    def set_running_or_notify_cancel(self):
        """For executors, before they run the call: marks the future running
        and returns True, or, if it was cancelled, tells wait() and
        as_completed() so and returns False (the call must not run).
        RuntimeError in any other state."""
        state = self._state
        if state == PENDING:
            self._state = RUNNING
            return True
        if state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            for waiter in self._waiters:
                waiter.add_cancelled(self)
            # self._done was closed by cancel()
            return False
        sys.stderr.write('Future %s in unexpected state: %s\n' % (id(self), state))
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """For executors (and tests): completes the future with a value."""
        state = self._state
        if state in _DONE_STATES:
            raise InvalidStateError('{}: {!r}'.format(state, self))
        self._result = result
        self._state = FINISHED
        for waiter in self._waiters:
            waiter.add_result(self)
        self._wake_waiters()
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors (and tests): completes the future with an exception."""
        state = self._state
        if state in _DONE_STATES:
            raise InvalidStateError('{}: {!r}'.format(state, self))
        self._exception = exception
        self._state = FINISHED
        for waiter in self._waiters:
            waiter.add_exception(self)
        self._wake_waiters()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(type(list[int]))     # types.GenericAlias


def _failed(f):
    return f._state == FINISHED and f._exception is not None


def _remove_waiter(fs, waiter):
    for f in fs:
        try:
            f._waiters.remove(waiter)
        except ValueError:
            pass


def as_completed(fs, timeout=None):
    """Yields the futures of fs (each once) as they complete, those already
    done first. TimeoutError('N (of M) futures unfinished') when timeout
    seconds (from the call) pass with some still pending."""
    if timeout is not None:
        end_time = timeout + time.monotonic()

    fs = set(fs)
    total_futures = len(fs)
    waiter = _Waiter(_AS_COMPLETED)
    # Registered first, then the state read: a future completing in between
    # is both seen done and reported to the waiter; `pending` drops the copy.
    for f in fs:
        f._waiters.append(waiter)
    finished = [f for f in fs if f._state in _COMPLETED_STATES]
    pending = fs - set(finished)
    try:
        for f in finished:
            yield f
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
            waiter.wait(wait_timeout)
            finished = waiter.finished_futures
            waiter.finished_futures = []
            for f in finished:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        _remove_waiter(fs, waiter)


class DoneAndNotDoneFutures(tuple):
    """DoneAndNotDoneFutures(done, not_done)"""

    __slots__ = ()

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures of fs are done (ALL_COMPLETED), one of them
    is (FIRST_COMPLETED), one raised (FIRST_EXCEPTION, else as ALL_COMPLETED),
    or timeout seconds passed. Returns DoneAndNotDoneFutures(done, not_done),
    two sets."""
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return condition: {return_when!r}")
    fs = set(fs)
    if timeout is not None:
        end_time = timeout + time.monotonic()
    waiter = None
    try:
        while True:
            start = waiter.count if waiter is not None else 0
            done = set(f for f in fs if f._state in _COMPLETED_STATES)
            not_done = fs - done
            if not not_done:
                break
            if return_when == FIRST_COMPLETED and done:
                break
            if return_when == FIRST_EXCEPTION and any(_failed(f) for f in done):
                break
            if waiter is None:
                # Registered, then the states read again: nothing is missed.
                waiter = _Waiter(return_when)
                for f in fs:
                    f._waiters.append(waiter)
                continue
            # Poked once as many completions as futures left have come in
            # (or at once, for FIRST_*): then the states are read again.
            waiter.target = start + len(not_done)
            if waiter.count >= waiter.target:
                continue
            if timeout is None:
                remaining = None
            else:
                remaining = end_time - time.monotonic()
                if remaining <= 0:
                    break
            if not waiter.wait(remaining):
                done = set(f for f in fs if f._state in _COMPLETED_STATES)
                not_done = fs - done
                break
    finally:
        if waiter is not None:
            _remove_waiter(fs, waiter)
    return DoneAndNotDoneFutures(done, not_done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Executor(object):
    """The base of executors: submit() and map(), shutdown(), a context manager."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """map(fn, *iterables) run by the executor: the calls are all submitted
        now, and the iterator returned yields their results in order, raising
        what a call raised, or TimeoutError when timeout seconds (from this
        call) pass first. chunksize is for the executors that send calls to
        other interpreters."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _result_iterator(fs, timeout, end_time if timeout is not None else None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources once its calls are done; it takes no
        more calls. wait: return only then; cancel_futures: cancel the calls
        not yet started. Calling it again does nothing."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _result_iterator(fs, timeout, end_time):
    """Yields the futures' results in order; cancels the rest when left early."""
    try:
        fs.reverse()       # popped from the end, in order
        while fs:
            if timeout is None:
                yield _result_or_cancel(fs.pop())
            else:
                yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
    finally:
        for future in fs:
            future.cancel()
