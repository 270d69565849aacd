# sched: ordering by time, priority and entry; cancel; run(blocking=False); queue
import sched

class Clock:
    """A fake clock: delayfunc advances it, so nothing really waits."""
    def __init__(self):
        self.now = 100.0
        self.waits = []
    def time(self):
        return self.now
    def sleep(self, d):
        self.waits.append(d)
        self.now += d

clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []
def act(name='-', *rest, **kw):
    log.append((clock.now, name, rest, kw))

print(s.empty())
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enter(1, 2, act, ('one-low',))
e3 = s.enter(1, 1, act, ('one-high',))
e4 = s.enterabs(101, 1, act, ('abs-same',), {'k': 'v'})
e5 = s.enter(3, 1, act, kwargs={'only': 'kw'})
e6 = s.enter(2, 1, act, ('cancelled',))
print(e1._replace(action='act'))
print(e3.time, e3.priority, e3.sequence, e3.argument, e3.kwargs, e3.action is act)
print(s.empty(), [ev.argument for ev in s.queue])
s.cancel(e6)
try:
    s.cancel(e6)
except ValueError as ex:
    print('ValueError', ex)
print([ev.argument for ev in s.queue])
print(type(s.queue).__name__, len(s.queue))
s.run()
for entry in log:
    print(entry)
print(clock.waits, s.empty())

# non-blocking: runs what is due, returns the time left to the next event
log.clear()
clock.waits.clear()
s.enter(0, 1, act, ('now',))
s.enter(10, 1, act, ('later',))
print(s.run(blocking=False), log, clock.waits)
clock.now += 10
print(s.run(False), log[-1][1], s.run(False))

# events that schedule more events; equal time and priority keep entry order
def chain(n):
    log.append(n)
    if n < 3:
        s.enter(1, 0, chain, (n + 1,))
log.clear()
s.enter(0, 0, chain, (0,))
for tag in 'abc':
    s.enter(1, 5, log.append, (tag,))
s.run()
print(log)

# an exception in an action propagates; the event is gone, the rest stay
def boom():
    raise RuntimeError('boom')
s.enter(0, 0, boom)
s.enter(1, 0, act, ('after',))
try:
    s.run()
except RuntimeError as ex:
    print('RuntimeError', ex, len(s.queue))
s.run()
print(log[-1][1], s.empty())

ev = sched.Event(1, 2, 3, print, (), {})
print(ev._replace(action=None), ev._fields, isinstance(ev, tuple))
print(sched.Event(1, 2, 3, None, (), {}) < sched.Event(1, 2, 4, None, (), {}))
print(sched.__all__)
real = sched.scheduler()
real.enter(0.01, 1, log.append, ('real',))
real.run()
print(log[-1])
