/* signalmodule.c - _signal: CPython's signal functions in C; stdlib/signal.py
 * adds the Signals, Handlers and Sigmasks enums on top, as CPython's does.
 *
 * Handlers are set by the main interpreter's host task only (CPython's "main
 * thread of the main interpreter") and run there: see runtime/sigs.h. The
 * timers (alarm, setitimer), masks and raise_signal are process-wide system
 * calls any task may make. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "dict.h"
#include "set.h"
#include "tuple.h"
#include "int.h"
#include "floatobj.h"
#include "interp.h"
#include "module.h"
#include "scheduler.h"
#include "sigs.h"

/* A signal number argument: an int in 1 .. NSIG - 1. */
static bool signum_arg(Task *t, Value v, int *out)
{
    int64_t n;
    if (!int_as_i64(t, v, &n)) return false;
    if (n < 1 || n >= SIG_COUNT) {
        err_format(t, &exc_ValueError, "signal number out of range");
        return false;
    }
    *out = (int)n;
    return true;
}

/* OSError (or the given subclass) for errno err. */
static Value errno_error(Task *t, Value type, int err)
{
    Value args[2] = {MAKE_SMALL(err), str_from_cstr(strerror(err))};
    Value e = obj_call(t, type, args, 2, 0);
    return e ? err_set(t, e) : 0;
}

/* The Python handlers of signals that came meanwhile, when t runs them:
 * CPython looks right after the call that sent one to its own process. */
static bool run_pending(Task *t)
{
    return !__atomic_load_n(&t->interp->interrupted, __ATOMIC_ACQUIRE) || sig_check(t);
}

static bool main_only(Task *t, const char *what)
{
    if (t->interp->sig_handlers && sig_can_handle(t)) return true;
    err_format(t, &exc_ValueError, "%s only works in main thread of the main interpreter", what);
    return false;
}

static Value s_signal(Task *t, const Value *args, size_t nargs, Value kw)
{
    int sig;
    int64_t n;
    if (!args_check(t, "signal", nargs, kw, 2, 2) || !int_as_i64(t, args[0], &n)) return 0;
    if (!main_only(t, "signal")) return 0;
    if (!signum_arg(t, args[0], &sig)) return 0;
    Value h = args[1];
    bool ign_dfl = IS_SMALL(h) && TYPE_OF(h) == &int_type && (h == MAKE_SMALL(0) || h == MAKE_SMALL(1));
    if (!TYPE_OF(h)->call && !ign_dfl)
        return err_format(t, &exc_TypeError,
                          "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    if (!run_pending(t)) return 0;      /* those that came under the old handler */
    return sig_install(t, sig, h);
}

static Value s_getsignal(Task *t, const Value *args, size_t nargs, Value kw)
{
    int sig;
    if (!args_check(t, "getsignal", nargs, kw, 1, 1) || !signum_arg(t, args[0], &sig)) return 0;
    return sig_handler_of(t, sig);
}

static Value s_default_int_handler(Task *t, const Value *args, size_t nargs, Value kw)
{
    return err_set(t, OBJ_VAL(&exc_KeyboardInterrupt));
}

/* raise() on the host's thread; kill() to the process from a worker, which
 * blocks the signals a Python handler would want (scheduler.c). */
static Value s_raise_signal(Task *t, const Value *args, size_t nargs, Value kw)
{
    int64_t sig;
    if (!args_check(t, "raise_signal", nargs, kw, 1, 1) || !int_as_i64(t, args[0], &sig)) return 0;
    if (sig < INT_MIN || sig > INT_MAX) sig = -1;     /* the system says EINVAL */
    int r = t->driving ? kill(getpid(), (int)sig) : raise((int)sig);
    if (r != 0) return errno_error(t, OBJ_VAL(&exc_OSError), errno);
    if (t->driving) sig_await((int)sig);
    return run_pending(t) ? V_NONE : 0;
}

static Value s_strsignal(Task *t, const Value *args, size_t nargs, Value kw)
{
    int sig;
    if (!args_check(t, "strsignal", nargs, kw, 1, 1) || !signum_arg(t, args[0], &sig)) return 0;
    errno = 0;
    const char *s = strsignal(sig);
    if (errno || !s || strstr(s, "Unknown signal")) return V_NONE;
    return str_from_cstr(s);
}

static Value sigset_to_set(Task *t, const sigset_t *set)
{
    Value out = set_new(&set_type);
    for (int sig = 1; sig < SIG_COUNT; sig++)
        if (sigismember(set, sig) == 1 && set_add(t, out, MAKE_SMALL(sig)) < 0) return 0;
    return out;
}

static Value s_valid_signals(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "valid_signals", nargs, kw, 0, 0)) return 0;
    sigset_t all;
    sigfillset(&all);
    return sigset_to_set(t, &all);
}

static Value s_alarm(Task *t, const Value *args, size_t nargs, Value kw)
{
    int64_t secs;
    if (!args_check(t, "alarm", nargs, kw, 1, 1) || !int_as_i64(t, args[0], &secs)) return 0;
    if (secs < 0 || secs > 0xffffffffLL)
        return err_format(t, &exc_OverflowError, "Python int too large to convert to C unsigned int");
    return MAKE_SMALL(alarm((unsigned)secs));
}

static Value s_pause(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "pause", nargs, kw, 0, 0)) return 0;
    Value r = sched_pause(t);
    if (!r || r == V_PARK) return r;
    return run_pending(t) ? V_NONE : 0;
}

/* --- interval timers ---------------------------------------------------------------- */

static Value itimer_error(Task *t, int err)
{
    Value m = dict_get(t, t->interp->modules, str_from_cstr("_signal"));
    Value type = m ? dict_get_cstr(module_dict(m), "ItimerError") : 0;
    return errno_error(t, type ? type : OBJ_VAL(&exc_OSError), err);
}

static Value itimer_tuple(Task *t, const struct itimerval *v)
{
    Value a = float_new(t, (double)v->it_value.tv_sec + v->it_value.tv_usec * 1e-6);
    Value b = a ? float_new(t, (double)v->it_interval.tv_sec + v->it_interval.tv_usec * 1e-6) : 0;
    return b ? tuple_pack(2, a, b) : 0;
}

/* Seconds as a timeval, rounded up to the microsecond as CPython does. */
static bool timeval_arg(Task *t, Value v, struct timeval *tv)
{
    double d;
    if (!float_as_double(t, v, &d)) return false;
    double us = d * 1e6;
    long long whole = (long long)us;
    if ((double)whole < us) whole++;
    tv->tv_sec = whole / 1000000;
    tv->tv_usec = whole % 1000000;
    if (tv->tv_usec < 0) {
        tv->tv_usec += 1000000;
        tv->tv_sec--;
    }
    return true;
}

static Value s_setitimer(Task *t, const Value *args, size_t nargs, Value kw)
{
    int64_t which;
    struct itimerval nv = {0}, old;
    if (!args_check(t, "setitimer", nargs, kw, 2, 3) || !int_as_i64(t, args[0], &which) ||
        !timeval_arg(t, args[1], &nv.it_value) || (nargs > 2 && !timeval_arg(t, args[2], &nv.it_interval)))
        return 0;
    if (setitimer((int)which, &nv, &old) != 0) return itimer_error(t, errno);
    return itimer_tuple(t, &old);
}

static Value s_getitimer(Task *t, const Value *args, size_t nargs, Value kw)
{
    int64_t which;
    struct itimerval v;
    if (!args_check(t, "getitimer", nargs, kw, 1, 1) || !int_as_i64(t, args[0], &which)) return 0;
    if (getitimer((int)which, &v) != 0) return itimer_error(t, errno);
    return itimer_tuple(t, &v);
}

/* --- masks -------------------------------------------------------------------------- */

static bool iterable_to_sigset(Task *t, Value v, sigset_t *set)
{
    sigemptyset(set);
    Value it = obj_iter(t, v);
    if (!it) return false;
    Value x;
    while ((x = obj_next(t, it))) {
        int64_t n;
        if (!int_as_i64(t, x, &n)) return false;
        if (n < 1 || n >= SIG_COUNT) {
            err_format(t, &exc_ValueError, "signal number %lld out of range [1; %d]", (long long)n, SIG_COUNT - 1);
            return false;
        }
        sigaddset(set, (int)n);
    }
    return !t->exc;
}

/* The calling thread's mask: the main script's thread for the host task. */
static Value s_pthread_sigmask(Task *t, const Value *args, size_t nargs, Value kw)
{
    int64_t how;
    sigset_t set, old;
    if (!args_check(t, "pthread_sigmask", nargs, kw, 2, 2) || !int_as_i64(t, args[0], &how) ||
        !iterable_to_sigset(t, args[1], &set))
        return 0;
    int err = pthread_sigmask((int)how, &set, &old);
    if (err) return errno_error(t, OBJ_VAL(&exc_OSError), err);
    if (!run_pending(t)) return 0;      /* unblocked ones may have come */
    return sigset_to_set(t, &old);
}

static Value s_sigpending(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "sigpending", nargs, kw, 0, 0)) return 0;
    sigset_t set;
    if (sigpending(&set) != 0) return errno_error(t, OBJ_VAL(&exc_OSError), errno);
    return sigset_to_set(t, &set);
}

static Value s_siginterrupt(Task *t, const Value *args, size_t nargs, Value kw)
{
    int sig;
    if (!args_check(t, "siginterrupt", nargs, kw, 2, 2) || !signum_arg(t, args[0], &sig)) return 0;
    int flag = obj_truthy(t, args[1]);
    if (flag < 0) return 0;
    struct sigaction sa;
    sigaction(sig, NULL, &sa);
    if (flag) sa.sa_flags &= ~SA_RESTART;
    else sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) != 0) return errno_error(t, OBJ_VAL(&exc_OSError), errno);
    return V_NONE;
}

/* set_wakeup_fd(fd, *, warn_on_full_buffer=True): the C handler writes the
 * signal's number there, a byte. */
static Value s_set_wakeup_fd(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"set_wakeup_fd", 0, 1, 1, 2, {"fd", "warn_on_full_buffer"}};
    Value a[2];
    int64_t fd;
    if (!args_bind(t, &spec, args, nargs, kw, a) || !int_as_i64(t, a[0], &fd)) return 0;
    if (!main_only(t, "set_wakeup_fd")) return 0;
    if (fd != -1) {
        struct stat st;
        if (fd < 0 || fd > 0x7fffffff || fstat((int)fd, &st) != 0) return errno_error(t, OBJ_VAL(&exc_OSError), EBADF);
        int fl = fcntl((int)fd, F_GETFL);
        if (fl < 0 || !(fl & O_NONBLOCK))
            return err_format(t, &exc_ValueError, "the fd %lld must be in non-blocking mode", (long long)fd);
    }
    return MAKE_SMALL(sig_set_wakeup_fd((int)fd));
}

static const MethodDef signal_functions[] = {
    {"signal", s_signal, METH_PLAIN, "Set the action for the given signal; returns the previous one."},
    {"getsignal", s_getsignal, METH_PLAIN, "Return the current action for the given signal."},
    {"default_int_handler", s_default_int_handler, METH_PLAIN, "The default handler for SIGINT installed by Python."},
    {"raise_signal", s_raise_signal, METH_PLAIN, "Send a signal to the executing process."},
    {"strsignal", s_strsignal, METH_PLAIN, "Return the system description of the given signal."},
    {"valid_signals", s_valid_signals, METH_PLAIN, "Return a set of valid signal numbers on this platform."},
    {"alarm", s_alarm, METH_PLAIN, "Arrange for SIGALRM to arrive after the given number of seconds."},
    {"pause", s_pause, METH_PLAIN, "Wait until a signal arrives."},
    {"setitimer", s_setitimer, METH_PLAIN, "Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF)."},
    {"getitimer", s_getitimer, METH_PLAIN, "Returns current value of given itimer."},
    {"pthread_sigmask", s_pthread_sigmask, METH_PLAIN, "Fetch and/or change the signal mask of the calling thread."},
    {"sigpending", s_sigpending, METH_PLAIN, "Examine pending signals."},
    {"siginterrupt", s_siginterrupt, METH_PLAIN, "Change system call restart behaviour."},
    {"set_wakeup_fd", s_set_wakeup_fd, METH_PLAIN, "Sets the fd to be written to (with the signal number) when a signal comes in."},
    {NULL},
};

static bool signal_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    static const struct { const char *name; int value; } consts[] = {
        {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
        {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
        {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
        {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
        {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT},
        {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},
        {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM},
        {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL},
        {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
        {"SIG_DFL", 0}, {"SIG_IGN", 1}, {"NSIG", SIG_COUNT},
        {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
        {"ITIMER_REAL", ITIMER_REAL}, {"ITIMER_VIRTUAL", ITIMER_VIRTUAL}, {"ITIMER_PROF", ITIMER_PROF},
    };
    for (size_t i = 0; i < sizeof consts / sizeof *consts; i++)
        dict_set_cstr(d, consts[i].name, MAKE_SMALL(consts[i].value));
    /* ItimerError is CPython's signal.itimer_error, an OSError */
    DictObj *ns = dict_new();
    dict_set_cstr(ns, "__module__", str_from_cstr("signal"));
    Value targs[3] = {str_from_cstr("itimer_error"), tuple_pack(1, OBJ_VAL(&exc_OSError)), OBJ_VAL(ns)};
    Value cls = obj_call(t, OBJ_VAL(&type_type), targs, 3, 0);
    if (!cls) return false;
    dict_set_cstr(d, "ItimerError", cls);
    /* the main interpreter's host task gets the signals */
    if (t->interp->id == 0) sig_set_target(t, dict_get_cstr(d, "default_int_handler"));
    return true;
}

const NativeModule signal_native_module = {"_signal", signal_functions, signal_init};
