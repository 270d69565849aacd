# signal: handlers set with signal.signal run when a signal reaches the
# process (raise_signal, os.kill), before the call that sent it returns;
# getsignal, the enums' reprs, SIG_IGN, and the errors CPython gives.
import os
import signal

print(repr(signal.SIGINT), repr(signal.Signals.SIGTERM), signal.SIGUSR1 == 10)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.Sigmasks.SIG_SETMASK))
print(repr(signal.Signals(6)), repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(signal.NSIG, int(signal.SIGKILL), int(signal.SIGSTOP), signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK)
print(f"{signal.SIGALRM}", str(signal.SIGHUP), signal.SIGCHLD.name, signal.SIGQUIT.value)
print(type(signal.SIGINT).__name__, isinstance(signal.SIGINT, int), signal.Signals.__module__)
print(len(list(signal.Signals)), len(list(signal.Handlers)))

print(signal.getsignal(signal.SIGINT))
print(signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGTERM)))

got = []


def handler(signum, frame):
    got.append((signum, type(signum).__name__))
    print("handler called with", repr(signum))


old = signal.signal(signal.SIGUSR1, handler)
print("previous:", repr(old))
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", got)
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill", got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print("ignored", got)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))


class Boom(Exception):
    pass


def raiser(signum, frame):
    raise Boom(signal.Signals(signum).name)


signal.signal(signal.SIGUSR2, raiser)
try:
    signal.raise_signal(signal.SIGUSR2)
    print("not reached")
except Boom as e:
    print("Boom from the handler:", e)

# a callable object, a bound method, and a handler that replaces itself
class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, signum, frame):
        self.n += 1


c = Counter()
signal.signal(signal.SIGUSR2, c)
for i in range(3):
    signal.raise_signal(signal.SIGUSR2)
print("counted", c.n)


class Obj:
    def on(self, signum, frame):
        print("method handler", signum == signal.SIGHUP)
        signal.signal(signum, signal.SIG_IGN)


signal.signal(signal.SIGHUP, Obj().on)
signal.raise_signal(signal.SIGHUP)
signal.raise_signal(signal.SIGHUP)
print(repr(signal.getsignal(signal.SIGHUP)))

# SIGINT: the default handler raises KeyboardInterrupt; a Python one replaces it
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")
print(signal.signal(signal.SIGINT, lambda s, f: print("caught SIGINT", s)) is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("SIGINT ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)

# a signal whose handler runs inside a loop, and handlers in the handler
hits = []


def nested(signum, frame):
    hits.append(signum)
    if signum == signal.SIGUSR1:
        signal.raise_signal(signal.SIGUSR2)
        hits.append("back")


signal.signal(signal.SIGUSR1, nested)
signal.signal(signal.SIGUSR2, nested)
for i in range(2):
    signal.raise_signal(signal.SIGUSR1)
print(hits)

signal.signal(signal.SIGUSR1, signal.SIG_DFL)


# errors
def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(signal.signal, 0, signal.SIG_IGN)
attempt(signal.signal, signal.NSIG, signal.SIG_IGN)
attempt(signal.signal, -3, handler)
attempt(signal.signal, signal.SIGKILL, signal.SIG_IGN)
attempt(signal.signal, signal.SIGSTOP, handler)
attempt(signal.signal, signal.SIGUSR1, 5)
attempt(signal.signal, signal.SIGUSR1, None)
attempt(signal.signal, signal.SIGUSR1, "handler")
attempt(signal.signal, "SIGUSR1", handler)
attempt(signal.signal, 2.5, handler)
attempt(signal.getsignal, 0)
attempt(signal.getsignal, 65)
attempt(signal.raise_signal, 0)
attempt(signal.raise_signal, 99)
attempt(signal.strsignal, 0)
attempt(signal.strsignal, 99)
attempt(signal.siginterrupt, 0, True)
attempt(signal.siginterrupt, signal.SIGUSR1, True)
attempt(signal.siginterrupt, signal.SIGUSR1, False)
attempt(signal.signal, signal.SIGUSR1, True)
print(repr(signal.getsignal(signal.SIGUSR1)))
attempt(signal.pthread_sigmask, 7, [])
attempt(signal.pthread_sigmask, signal.SIG_BLOCK, [100])

print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGKILL))
print(signal.strsignal(signal.SIGSEGV), signal.strsignal(34), signal.strsignal(64))
vs = signal.valid_signals()
print(len(vs), min(vs), max(vs), 32 in vs, 33 in vs, signal.SIGKILL in vs)
print(sorted(vs)[:3], sorted(vs)[-3:])
print(type(signal.ItimerError).__name__, signal.ItimerError.__name__, signal.ItimerError.__module__,
      issubclass(signal.ItimerError, OSError))

print("done")
