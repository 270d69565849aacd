# Future, wait() and as_completed() on futures completed by hand (by tasks of
# this interpreter): states, callbacks, errors, timeouts.
import time
try:
    import subinterpreters as si

    def start(fn):
        return si.get_current().run(fn)
except ImportError:             # CPython, to check the expected output
    import threading

    def start(fn):
        t = threading.Thread(target=fn)
        t.start()
        return t
from concurrent.futures import (Future, wait, as_completed, FIRST_COMPLETED, FIRST_EXCEPTION,
                                ALL_COMPLETED, CancelledError, TimeoutError, InvalidStateError)
import concurrent.futures as cf


def unaddress(s):
    i = s.find(' at 0x')
    if i < 0:
        return s
    j = s.find(' ', i + 4)
    return s[:i] + ' at ADDR' + (s[j:] if j >= 0 else '')


def r(f):
    return unaddress(repr(f))


def later(delay, f, value=None, exc=None):
    """Completes f after delay seconds, from another task."""
    def run():
        time.sleep(delay)
        if exc is not None:
            f.set_exception(exc)
        else:
            f.set_result(value)
    return start(run)


print(cf.TimeoutError is TimeoutError, issubclass(CancelledError, cf._base.Error))
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(InvalidStateError, cf._base.Error))

# states
f = Future()
print(r(f), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), r(f), f.running(), f.cancel())
f.set_result(42)
print(r(f), f.done(), f.result(), f.exception())
try:
    f.set_result(1)
except InvalidStateError as e:
    print('InvalidStateError', unaddress(str(e)))

f = Future()
f.set_exception(ValueError('v'))
print(r(f), type(f.exception()).__name__)
try:
    f.result()
except ValueError as e:
    print('raised', repr(e))

# cancel
f = Future()
print(f.cancel(), f.cancel(), f.cancelled(), f.done(), r(f))
try:
    f.result()
except CancelledError as e:
    print('CancelledError', repr(e))
try:
    f.exception()
except CancelledError:
    print('exception(): CancelledError')
print(f.set_running_or_notify_cancel(), f._state)

# callbacks: in order, at once when done, errors reported not raised
seen = []
f = Future()
f.add_done_callback(lambda g: seen.append(('a', g.result())))
f.add_done_callback(lambda g: seen.append(('b', g.result())))
f.set_result('x')
f.add_done_callback(lambda g: seen.append(('late', g.result())))
print(seen)
f = Future()
f.add_done_callback(lambda g: seen.append(('cancelled', g.cancelled())))
f.cancel()
print(seen[-1])

# waiting: result() parks until another task completes the future
f = Future()
later(0.02, f, 'done later')
print(f.result(), f.done())
f = Future()
later(0.02, f, exc=KeyError('k'))
print(repr(f.exception()))
f = Future()
try:
    f.result(timeout=0.01)
except TimeoutError as e:
    print('TimeoutError', repr(e), f.done())
try:
    f.exception(timeout=0)
except TimeoutError:
    print('exception(timeout=0): TimeoutError')

# wait()
fs = [Future() for _ in range(3)]
fs[0].set_result(0)
done, not_done = wait(fs, timeout=0.01)
print(len(done), len(not_done), done == {fs[0]})
print(wait(fs, return_when=FIRST_COMPLETED).done == {fs[0]})
later(0.02, fs[1], 1)
later(0.04, fs[2], 2)
res = wait(fs, return_when=ALL_COMPLETED)
print(sorted(f.result() for f in res.done), res.not_done, res[1] == res.not_done)
fs = [Future() for _ in range(3)]
later(0.02, fs[0], 0)
later(0.04, fs[1], exc=ZeroDivisionError('z'))
res = wait(fs, return_when=FIRST_EXCEPTION)
print(sorted(fs.index(f) for f in res.done), len(res.not_done))
res = wait(fs, timeout=0.02, return_when=ALL_COMPLETED)
print(len(res.done), len(res.not_done))
fs[2].cancel()
res = wait(fs, return_when=FIRST_EXCEPTION)
print(len(res.done), len(res.not_done))
try:
    wait(fs, return_when='NEVER')
except ValueError as e:
    print('ValueError', e)
print(wait([]))

# as_completed(): in completion order, each future once
fs = [Future() for _ in range(4)]
fs[3].set_result(3)
later(0.06, fs[0], 0)
later(0.02, fs[2], 2)
later(0.04, fs[1], 1)
print([f.result() for f in as_completed(fs + [fs[3]])])
fs = [Future() for _ in range(3)]
fs[1].set_result(1)
try:
    for f in as_completed(fs, timeout=0.02):
        print('got', f.result())
except TimeoutError as e:
    print('TimeoutError', e)
print(list(as_completed([])))
print(Future[int] is Future)
