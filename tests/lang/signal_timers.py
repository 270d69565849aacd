# signal: timers. setitimer and alarm deliver SIGALRM to a Python handler,
# which runs while the script is busy (a loop), sleeps (time.sleep) or
# waits (signal.pause); a handler that raises stops the loop or the sleep
# with its exception. getitimer, ItimerError.
import signal
import time


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("alarm %d" % signum)


print(repr(signal.signal(signal.SIGALRM, on_alarm)))
print(signal.getitimer(signal.ITIMER_REAL))

# a busy loop broken by the handler's exception
n = 0
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        n += 1
except Timeout as e:
    print("loop stopped:", e, n > 0)
print(signal.getitimer(signal.ITIMER_REAL))


# in a function called by the loop, and caught there by a try in a callee
def spin():
    while True:
        pass


signal.setitimer(signal.ITIMER_REAL, 0.02)
try:
    spin()
except Timeout as e:
    print("spin stopped:", e)

# a sleep cut short by the exception
signal.setitimer(signal.ITIMER_REAL, 0.05)
t0 = time.monotonic()
try:
    time.sleep(5)
    print("slept the whole time")
except Timeout as e:
    print("sleep stopped:", e, time.monotonic() - t0 < 2)

# a handler that returns: the sleep goes on to its end (PEP 475)
calls = []
signal.signal(signal.SIGALRM, lambda s, f: calls.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.02)
t0 = time.monotonic()
time.sleep(0.2)
print("slept on:", calls, time.monotonic() - t0 >= 0.19)

# a repeating timer, stopped by setting it to 0
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
while len(calls) < 5:
    pass
old = signal.setitimer(signal.ITIMER_REAL, 0)
print("repeating:", len(calls) >= 5, old[1] == 0.01, 0 < old[0] <= 0.01)
print(signal.getitimer(signal.ITIMER_REAL))

# pause() returns once a handled signal came
calls.clear()
signal.setitimer(signal.ITIMER_REAL, 0.03)
print(signal.pause(), calls)

# alarm: whole seconds, returns what was left
print(signal.alarm(10))
print(signal.alarm(0))
print(signal.alarm(0))

# ITIMER_VIRTUAL: process time, SIGVTALRM
vt = []
signal.signal(signal.SIGVTALRM, lambda s, f: vt.append(signal.Signals(s).name))
signal.setitimer(signal.ITIMER_VIRTUAL, 0.02)
while not vt:
    pass
print(vt, signal.getitimer(signal.ITIMER_VIRTUAL))
signal.signal(signal.SIGVTALRM, signal.SIG_DFL)

# errors
for args in [(99, 1.0), (signal.ITIMER_REAL, -1.0), (-1, 0)]:
    try:
        signal.setitimer(*args)
    except signal.ItimerError as e:
        print(type(e).__name__, e.errno, e)
try:
    signal.getitimer(7)
except OSError as e:
    print(type(e).__name__, e)
try:
    signal.setitimer(signal.ITIMER_REAL, "1")
except TypeError as e:
    print("TypeError")
try:
    signal.alarm(1.5)
except TypeError as e:
    print(e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print("done")
