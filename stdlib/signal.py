"""signal: the names and numbers of the POSIX signals (Linux numbering),
for os.kill() and subprocess's send_signal(). Installing handlers (signal(),
getsignal(), alarm(), ...) is not supported by atoll: tasks run on worker
threads, where a Python handler has no thread of its own to run on."""

from enum import IntEnum as _IntEnum

Signals = _IntEnum('Signals', [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5),
    ('SIGABRT', 6), ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9),
    ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14),
    ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17), ('SIGCLD', 17), ('SIGCONT', 18),
    ('SIGSTOP', 19), ('SIGTSTP', 20), ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23),
    ('SIGXCPU', 24), ('SIGXFSZ', 25), ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28),
    ('SIGIO', 29), ('SIGPOLL', 29), ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34),
    ('SIGRTMAX', 64)])

globals().update(Signals.__members__)

Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)])
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
NSIG = 65


def _no_handlers(*args, **kwargs):
    raise NotImplementedError("signal handlers are not supported by atoll")


signal = getsignal = alarm = pause = setitimer = getitimer = siginterrupt = _no_handlers
set_wakeup_fd = pthread_kill = pthread_sigmask = sigwait = _no_handlers


def valid_signals():
    """The set of the signal numbers of this platform."""
    return set(Signals) | set(range(35, 64))
