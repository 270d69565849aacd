/* sigs.c - process signals delivered to the main interpreter's Python
 * handlers (see sigs.h for the design).
 *
 * Everything the C-level handler touches is process-wide, as signals are:
 * one flag per signal and the pointer to the main interpreter, written and
 * read with atomics only, and a semaphore (sem_post is async-signal-safe)
 * that wakes the watcher thread. The handlers themselves are Python objects
 * of the main interpreter (Interp.sig_handlers), read and changed only by
 * its host task under its lock. */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "list.h"
#include "str.h"
#include "interp.h"
#include "scheduler.h"
#include "cstack.h"
#include "sigs.h"

static struct {
    int pending[SIG_COUNT];        /* tripped by on_signal, cleared by run_handlers */
    Interp *target;                /* the main interpreter, or NULL */
    int wakeup_fd;                 /* set_wakeup_fd's, or -1 */
    bool watching;                 /* the watcher thread runs: `wake` is ready */
    sem_t wake;
    pthread_once_t once;
} SIGS = {.wakeup_fd = -1, .once = PTHREAD_ONCE_INIT};

/* The C-level handler: async-signal-safe work only. */
static void on_signal(int sig)
{
    int saved = errno;
    __atomic_store_n(&SIGS.pending[sig], 1, __ATOMIC_RELEASE);
    Interp *in = __atomic_load_n(&SIGS.target, __ATOMIC_ACQUIRE);
    if (in) __atomic_fetch_or(&in->interrupted, INTR_SIGNALS, __ATOMIC_RELEASE);
    int fd = __atomic_load_n(&SIGS.wakeup_fd, __ATOMIC_RELAXED);
    if (fd >= 0) {
        unsigned char b = (unsigned char)sig;
        ssize_t r = write(fd, &b, 1);     /* a full pipe loses the byte, as in CPython */
        (void)r;
    }
    sig_wake();
    errno = saved;
}

void sig_wake(void)
{
    if (__atomic_load_n(&SIGS.watching, __ATOMIC_ACQUIRE)) sem_post(&SIGS.wake);
}

static bool run_handlers(Task *t);

/* A signal came while the main task does not run: the watcher takes the
 * main interpreter, as a host thread would, and when the main task waits
 * (sleep, channel, join, pause) or has ended, runs the handlers on a task
 * of its own. What a handler raises ends the main task's wait with that
 * exception; a handler that returns leaves the wait to go on, as CPython
 * retries a wait a signal interrupted (PEP 475), but ends a pause(). A
 * main task that runs (or is about to) is left to look itself. */
static void deliver(void)
{
    Interp *in = __atomic_load_n(&SIGS.target, __ATOMIC_ACQUIRE);
    if (!in || in->destroyed || !__atomic_load_n(&in->interrupted, __ATOMIC_ACQUIRE)) return;
    if (!sched_acquire(in)) return;
    Task *main = in->main_task;
    int kind = main ? sched_wait_kind(main) : -1;
    int bits = __atomic_load_n(&in->interrupted, __ATOMIC_ACQUIRE);
    if (kind > 0 && (bits & INTR_KEYBOARD) &&
        (__atomic_fetch_and(&in->interrupted, ~INTR_KEYBOARD, __ATOMIC_ACQ_REL) & INTR_KEYBOARD)) {
        sched_interrupt_wait(main, OBJ_VAL(&exc_KeyboardInterrupt));
    } else if (kind != 0 && (bits & INTR_SIGNALS)) {
        Task *t = task_new(in);
        __atomic_fetch_and(&in->interrupted, ~INTR_SIGNALS, __ATOMIC_ACQ_REL);
        Value exc = t && !run_handlers(t) ? err_fetch(t) : 0;
        if (kind > 0 && (exc || kind == 2)) {
            sched_interrupt_wait(main, exc);
        } else if (exc) {                   /* nobody to raise it in */
            err_set(t, exc);
            exc_write_unraisable(t, "in signal handler", V_NONE);
        }
    }
    sched_release(in);
}

/* The watcher: turns a semaphore post (from a handler, on any thread) into
 * what needs locks, which a signal handler may not take. Several posts
 * before it runs make one round. */
static void *watch(void *arg)
{
    (void)arg;
    cstack_init();                  /* handlers run here: its C stack is guarded */
    for (;;) {
        if (sem_wait(&SIGS.wake) != 0) continue;      /* EINTR (the collector's signals) */
        while (sem_trywait(&SIGS.wake) == 0) {}
        deliver();
    }
    return NULL;
}

/* The watcher blocks every signal but the collector's and faults, so that
 * signals land on the host's thread (workers block them too). */
static void start_watch(void)
{
    if (sem_init(&SIGS.wake, 0, 0) != 0) return;
    sigset_t all, old;
    sigfillset(&all);
    int keep[] = {GC_get_suspend_signal(), GC_get_thr_restart_signal(), SIGSEGV, SIGBUS, SIGFPE, SIGILL};
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++) sigdelset(&all, keep[i]);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t th;
    if (pthread_create(&th, &attr, watch, NULL) == 0) __atomic_store_n(&SIGS.watching, true, __ATOMIC_RELEASE);
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
}

bool sig_can_handle(Task *t)
{
    Interp *in = t->interp;
    /* tasks of host threads too (the watcher's, an embedding host's calls):
     * only those of the workers, CPython's other threads, may not */
    return in == __atomic_load_n(&SIGS.target, __ATOMIC_ACQUIRE) && (t == in->main_task || !t->driving);
}

/* Calls the handlers of the tripped signals, lowest number first, as
 * handler(signum, None): atoll has no frame objects. When one raises, the
 * signals not yet handled wait for the next check, as in CPython. */
static bool run_handlers(Task *t)
{
    Value table = t->interp->sig_handlers;
    for (int sig = 1; sig < SIG_COUNT; sig++) {
        if (!__atomic_load_n(&SIGS.pending[sig], __ATOMIC_ACQUIRE)) continue;
        __atomic_store_n(&SIGS.pending[sig], 0, __ATOMIC_RELEASE);
        Value h = table ? AS_LIST(table)->items[sig] : V_NONE;
        if (!TYPE_OF(h)->call) continue;      /* SIG_DFL or SIG_IGN set meanwhile */
        Value args[2] = {MAKE_SMALL(sig), V_NONE};
        if (!obj_call(t, h, args, 2, 0)) {
            for (int s = sig + 1; s < SIG_COUNT; s++)
                if (__atomic_load_n(&SIGS.pending[s], __ATOMIC_ACQUIRE)) {
                    __atomic_fetch_or(&t->interp->interrupted, INTR_SIGNALS, __ATOMIC_RELEASE);
                    break;
                }
            return false;
        }
    }
    return true;
}

bool sig_check(Task *t)
{
    Interp *in = t->interp;
    int bits = __atomic_load_n(&in->interrupted, __ATOMIC_ACQUIRE);
    if ((bits & INTR_KEYBOARD) && (__atomic_fetch_and(&in->interrupted, ~INTR_KEYBOARD, __ATOMIC_ACQ_REL) & INTR_KEYBOARD)) {
        err_set(t, OBJ_VAL(&exc_KeyboardInterrupt));
        return false;
    }
    if (!(bits & INTR_SIGNALS) || !sig_can_handle(t)) return true;
    __atomic_fetch_and(&in->interrupted, ~INTR_SIGNALS, __ATOMIC_ACQ_REL);
    return run_handlers(t);
}

/* What the present C-level disposition of sig means to Python. */
static Value disposition(int sig, Value int_handler)
{
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) != 0) return V_NONE;
    if (sa.sa_handler == SIG_DFL) return MAKE_SMALL(0);
    if (sa.sa_handler == SIG_IGN) return MAKE_SMALL(1);
    return sig == SIGINT && int_handler ? int_handler : V_NONE;
}

void sig_set_target(Task *t, Value int_handler)
{
    Interp *in = t->interp;
    if (!in->sig_handlers) {
        Value table = list_new(SIG_COUNT);
        AS_LIST(table)->items[0] = V_NONE;
        for (int sig = 1; sig < SIG_COUNT; sig++) AS_LIST(table)->items[sig] = disposition(sig, int_handler);
        AS_LIST(table)->len = SIG_COUNT;
        in->sig_handlers = table;
    }
    __atomic_store_n(&SIGS.target, in, __ATOMIC_RELEASE);
    pthread_once(&SIGS.once, start_watch);
}

Value sig_install(Task *t, int sig, Value handler)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    if (TYPE_OF(handler)->call) {
        sa.sa_handler = on_signal;
        /* atoll's own system calls are not all ready for EINTR:
         * siginterrupt(sig, True) asks for it */
        sa.sa_flags = SA_RESTART | SA_ONSTACK;
    } else {
        sa.sa_handler = handler == MAKE_SMALL(1) ? SIG_IGN : SIG_DFL;
    }
    if (sigaction(sig, &sa, NULL) != 0) {
        int err = errno;
        Value args[2] = {MAKE_SMALL(err), str_from_cstr(strerror(err))};
        Value e = obj_call(t, OBJ_VAL(&exc_OSError), args, 2, 0);
        return e ? err_set(t, e) : 0;
    }
    Value table = t->interp->sig_handlers;
    Value old = AS_LIST(table)->items[sig];
    AS_LIST(table)->items[sig] = handler;
    return old;
}

Value sig_handler_of(Task *t, int sig)
{
    Value table = t->interp->sig_handlers;
    return table ? AS_LIST(table)->items[sig] : disposition(sig, 0);
}

int sig_set_wakeup_fd(int fd)
{
    return __atomic_exchange_n(&SIGS.wakeup_fd, fd, __ATOMIC_ACQ_REL);
}

void sig_await(int sig)
{
    struct sigaction sa;
    if (sig <= 0 || sig >= SIG_COUNT || sigaction(sig, NULL, &sa) != 0) return;
    if (sa.sa_handler == SIG_DFL || sa.sa_handler == SIG_IGN) return;
    /* another C handler is the command line's for SIGINT (atoll_interrupt) */
    bool ours = sa.sa_handler == on_signal;
    Interp *in = __atomic_load_n(&SIGS.target, __ATOMIC_ACQUIRE);
    struct timespec nap = {0, 20000};
    for (int i = 0; i < 50000; i++) {
        if (ours ? __atomic_load_n(&SIGS.pending[sig], __ATOMIC_ACQUIRE)
                 : !in || (__atomic_load_n(&in->interrupted, __ATOMIC_ACQUIRE) & INTR_KEYBOARD))
            break;
        nanosleep(&nap, NULL);
    }
}
