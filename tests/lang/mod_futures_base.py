# concurrent.futures._base without threads of its own: futures completed by
# hand, wait() and as_completed() on them, Executor.map() on a manual executor.
from concurrent.futures import (Future, Executor, wait, as_completed, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
                                InvalidStateError)
from concurrent.futures import _base


def short(f):
    text = f if isinstance(f, str) else repr(f)
    start = text.find(' at 0x')
    return text[:start] + text[text.find(' ', start + 4):]


def finished(value=None, exc=None):
    f = Future()
    if exc is None:
        f.set_result(value)
    else:
        f.set_exception(exc)
    return f


def noted_cancel():
    f = Future()
    f.cancel()
    f.set_running_or_notify_cancel()
    return f


# states and reprs
print(short(finished()), short(finished([])), short(finished(exc=KeyError())))
f = Future()
print(f.set_running_or_notify_cancel(), f.cancel(), f.cancelled(), short(f))
f = Future()
f.cancel()
try:
    f.set_result(1)
except InvalidStateError as e:
    print('InvalidStateError', short(str(e)))
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print('InvalidStateError', short(str(e)))
calls = []
f.add_done_callback(lambda g: calls.append(g.cancelled()))
print(calls, finished(5).exception(), finished(5).exception(timeout=0))
try:
    Future().result(timeout=0)
except TimeoutError as e:
    print('TimeoutError', repr(e))
try:
    noted_cancel().exception(timeout=0)
except CancelledError:
    print('CancelledError')

# DoneAndNotDoneFutures is a named tuple
res = wait([])
print(res, isinstance(res, tuple), res._fields, res._replace(done=1))
d, n = _base.DoneAndNotDoneFutures(1, 2)
print(d, n)

# wait()
a, b = finished(1), finished(exc=OSError('b'))
p = Future()
print(len(wait([a], return_when='NOPE').done))         # nothing to wait for: no check
try:
    wait([a, p], timeout=0, return_when='NOPE')
except ValueError as e:
    print('ValueError', e)
res = wait([a, p], timeout=0.01)
print(res.done == {a}, res.not_done == {p})
res = wait([a, p], return_when=FIRST_COMPLETED)
print(res.done == {a})
res = wait([a, p], timeout=0.01, return_when=FIRST_EXCEPTION)
print(len(res.done), len(res.not_done))
res = wait([a, b, p], return_when=FIRST_EXCEPTION)
print(len(res.done), len(res.not_done))
c = Future()
c.cancel()
res = wait([a, c], timeout=0.01)                   # cancelled, not yet noted: not done
print(len(res.done), len(res.not_done))
res = wait([a, noted_cancel()], return_when=FIRST_EXCEPTION)
print(len(res.done), len(res.not_done))
res = wait([a, a, b], return_when=ALL_COMPLETED)
print(len(res.done), len(res.not_done))

# as_completed()
gen = as_completed([a, a, c], timeout=0)
print(type(gen).__name__, next(gen) is a)
try:
    next(gen)
except TimeoutError as e:
    print('TimeoutError', e)
print(sorted(f.result() for f in as_completed([finished(2), finished(1)])))
got = []
try:
    for f in as_completed([a, p, Future()], timeout=0.01):
        got.append(f.result())
except TimeoutError as e:
    print(got, 'TimeoutError', e)
try:
    as_completed(5)
    print('lazy')
    next(as_completed(5))
except TypeError as e:
    print('TypeError', e)


# Executor: the base refuses submit(); map() submits everything at once
class Manual(Executor):
    """Completes the calls on arguments below `ready` at once, holds the rest."""

    def __init__(self, ready):
        self.ready = ready
        self.made = []

    def submit(self, fn, /, *args, **kwargs):
        f = Future()
        self.made.append(f)
        if args[0] < self.ready:
            try:
                f.set_result(fn(*args, **kwargs))
            except Exception as e:
                f.set_exception(e)
        return f


try:
    Executor().submit(print)
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
with Executor() as ex:
    print(type(ex).__name__, ex.shutdown(), ex.shutdown(wait=False, cancel_futures=True))

ex = Manual(9)
print(list(ex.map(pow, [2, 3, 4], [1, 2])), len(ex.made))
ex = Manual(5)
it = ex.map(lambda x: 10 // (2 - x), range(5))
print(len(ex.made), next(it), next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, [f.cancelled() for f in ex.made])
ex = Manual(2)
it = ex.map(str, range(5), timeout=0.02)
print(next(it), next(it))
try:
    next(it)
except TimeoutError:
    print('TimeoutError', [f.cancelled() for f in ex.made])
ex = Manual(2)
it = ex.map(str, range(4))
print(next(it))
it.close()
print([f.cancelled() for f in ex.made])
