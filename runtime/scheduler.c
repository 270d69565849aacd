/* scheduler.c - the M:N scheduler.
 *
 * One lock guards the scheduler's state: the ready queue of interpreters,
 * each interpreter's run queue, task states, the timer heap. A worker takes
 * an interpreter from the ready queue (that ownership is the interpreter's
 * lock), runs its runnable tasks one after another, and gives it back.
 *
 * Parking is a handshake: a built-in calls sched_begin_wait (state
 * BLOCKING), publishes its waiter (a channel queue...), then returns V_PARK
 * up through the evaluator; the worker then finishes the park (PARKED), or
 * requeues the task at once if a waker came in between (WOKEN). */
#include <gc/gc.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "names.h"
#include "interp.h"
#include "scheduler.h"
#include "cstack.h"
#include "vm.h"
#include "island.h"
#include "alloc.h"
#include "sigs.h"

const Obj sched_park_obj = {&none_type};
const Obj sched_yield_obj = {&none_type};
const Obj sched_exhausted_obj = {&none_type};

typedef struct Timer {
    int64_t deadline;
    uint64_t seq;
    Task *task;
} Timer;

/* The process-wide scheduler: the runtime's own thread-safe structure. */
static struct {
    pthread_mutex_t lock;
    pthread_cond_t work;           /* idle workers: an interpreter or a timer is due */
    pthread_cond_t released;       /* blocked threads waiting to take back an interpreter */
    Interp *ready_head, *ready_tail;
    int nready;                    /* interpreters in the ready queue */
    Interp *interps;               /* live interpreters */
    Task *live;                    /* started, unfinished tasks */
    int64_t next_interp_id, next_task_id;
    int nworkers, started, idle, running;
    int nlive;
    pthread_cond_t quiet;          /* host threads waiting for no live task (sched_wait_idle) */
    int lock_waiters;              /* threads waiting to own a busy interpreter */
    bool stopping;                 /* sched_shutdown: workers leave */
    bool hosted;                   /* started by sched_start (an embedding host) */
    pthread_t *threads;            /* the workers started (malloc'd) */
    int nthreads, threadcap;
    int blocked_workers;           /* workers blocked in a wait (block_thread) */
    int blocked_untimed;           /* threads blocked with no deadline */
    int blocked_timed;
    Timer *timers;
    int ntimers, timercap;
    int firing;                    /* timers popped whose on_timeout runs now */
    void (*deadlock_handler)(void *ud, const char *report);
    void *deadlock_ud;
    bool deadlock_reported;        /* until a task is runnable again */
} S = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* Condition variables measure timeouts on the monotonic clock. */
static void init_conds(void)
{
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&S.work, &attr);
    pthread_cond_init(&S.released, &attr);
    pthread_cond_init(&S.quiet, &attr);
    pthread_condattr_destroy(&attr);
}

static void sched_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_conds);
}

#define LOCK() pthread_mutex_lock(&S.lock)
#define UNLOCK() pthread_mutex_unlock(&S.lock)

int64_t sched_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void sched_set_workers(int n) { S.nworkers = n > 0 ? n : 1; }

int sched_workers(void)
{
    if (!S.nworkers) {
        const char *e = getenv("ATOLL_WORKERS");
        long n = e ? atol(e) : sysconf(_SC_NPROCESSORS_ONLN);
        S.nworkers = n > 0 ? (int)n : 1;
    }
    return S.nworkers;
}

void sched_set_deadlock_handler(void (*handler)(void *ud, const char *report), void *ud)
{
    LOCK();
    S.deadlock_handler = handler;
    S.deadlock_ud = ud;
    S.deadlock_reported = false;
    UNLOCK();
}

/* --- interpreters ------------------------------------------------------------------ */

void sched_add_interp(Interp *in)
{
    LOCK();
    in->id = S.next_interp_id++;
    in->next_all = S.interps;
    S.interps = in;
    UNLOCK();
}

bool sched_remove_interp(Interp *in)
{
    LOCK();
    if (in->live_tasks > 0) {
        UNLOCK();
        return false;
    }
    for (Interp **p = &S.interps; *p; p = &(*p)->next_all)
        if (*p == in) {
            *p = in->next_all;
            break;
        }
    in->destroyed = true;
    UNLOCK();
    return true;
}

Interp *sched_interp_by_id(int64_t id)
{
    LOCK();
    Interp *in = S.interps;
    while (in && in->id != id) in = in->next_all;
    UNLOCK();
    return in;
}

Value sched_interp_list(Task *t)
{
    Value out = list_new(4);
    LOCK();
    int n = 0;
    for (Interp *in = S.interps; in; in = in->next_all) n++;
    Interp **all = GC_MALLOC((n ? n : 1) * sizeof(Interp *));
    n = 0;
    for (Interp *in = S.interps; in; in = in->next_all) all[n++] = in;
    UNLOCK();
    /* oldest first, as the ids go */
    while (n-- > 0) list_append(t, out, OBJ_VAL(all[n]));
    return out;
}

Task *island_running_task(Interp *in)
{
    LOCK();
    Task *t = S.live;
    while (t && !(t->interp == in && t->state == TASK_RUNNING)) t = t->next_live;
    UNLOCK();
    return t;
}

/* Task states and live counts change under the scheduler's lock, on any
 * worker: readers elsewhere (is_alive, is_running, repr) take it too. */
bool sched_task_alive(Task *t)
{
    LOCK();
    bool alive = t->state != TASK_DONE;
    UNLOCK();
    return alive;
}

int sched_live_tasks(Interp *in)
{
    LOCK();
    int n = in->live_tasks;
    UNLOCK();
    return n;
}

/* --- queues (lock held) --------------------------------------------------------------- */

static void ready_push(Interp *in)
{
    if (in->queued || in->running || !in->runq_head) return;
    in->queued = true;
    in->next_ready = NULL;
    if (S.ready_tail) S.ready_tail->next_ready = in;
    else S.ready_head = in;
    S.ready_tail = in;
    /* atomic: sched_others_waiting reads it without the lock */
    __atomic_add_fetch(&S.nready, 1, __ATOMIC_RELAXED);
    if (S.idle) pthread_cond_signal(&S.work);
}

/* The calling thread owns the interpreter from now on. */
static void take_interp(Interp *in)
{
    in->running = true;
    in->owner = pthread_self();
    S.running++;
}

static Interp *ready_take(void)
{
    while (S.ready_head) {
        Interp *in = S.ready_head;
        S.ready_head = in->next_ready;
        if (!S.ready_head) S.ready_tail = NULL;
        __atomic_sub_fetch(&S.nready, 1, __ATOMIC_RELAXED);
        in->queued = false;
        /* a thread waiting to take it back goes first: its release requeues it */
        if (in->running || !in->runq_head || in->lock_waiters) continue;
        take_interp(in);
        return in;
    }
    return NULL;
}

static void runq_push(Task *t)
{
    Interp *in = t->interp;
    S.deadlock_reported = false;
    t->state = TASK_RUNNABLE;
    t->next = NULL;
    /* runq_head is also read without the lock, by a task deciding whether
     * to yield (sched_runnable_here): stored atomically */
    if (in->runq_tail) in->runq_tail->next = t;
    else __atomic_store_n(&in->runq_head, t, __ATOMIC_RELAXED);
    in->runq_tail = t;
    ready_push(in);
}

static Task *runq_pop(Interp *in)
{
    Task *t = in->runq_head;
    if (t) {
        __atomic_store_n(&in->runq_head, t->next, __ATOMIC_RELAXED);
        if (!t->next) in->runq_tail = NULL;
        t->state = TASK_RUNNING;
    }
    return t;
}

bool sched_runnable_here(Task *t) { return __atomic_load_n(&t->interp->runq_head, __ATOMIC_RELAXED) != NULL; }

bool sched_others_waiting(void)
{
    return __atomic_load_n(&S.nready, __ATOMIC_RELAXED) > 0 || __atomic_load_n(&S.lock_waiters, __ATOMIC_RELAXED) > 0;
}

/* --- timers (a min-heap by deadline, lock held) ---------------------------------------- */

static void timer_swap(int i, int j)
{
    Timer x = S.timers[i];
    S.timers[i] = S.timers[j];
    S.timers[j] = x;
}

static void timer_add(Task *t)
{
    if (S.ntimers == S.timercap) {
        S.timercap = S.timercap ? S.timercap * 2 : 64;
        S.timers = GC_REALLOC(S.timers, S.timercap * sizeof(Timer));
    }
    int i = S.ntimers++;
    S.timers[i] = (Timer){t->deadline, t->wait_seq, t};
    while (i > 0 && S.timers[(i - 1) / 2].deadline > S.timers[i].deadline) {
        timer_swap(i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
    if (S.idle) pthread_cond_signal(&S.work);
}

static Timer timer_pop(void)
{
    Timer top = S.timers[0];
    S.timers[0] = S.timers[--S.ntimers];
    for (int i = 0;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < S.ntimers && S.timers[l].deadline < S.timers[m].deadline) m = l;
        if (r < S.ntimers && S.timers[r].deadline < S.timers[m].deadline) m = r;
        if (m == i) break;
        timer_swap(i, m);
        i = m;
    }
    return top;
}

/* Expired timers of tasks still waiting in the same wait: their on_timeout
 * runs without the lock (it takes the lock of whatever queue the task is in).
 * Meanwhile `firing` counts the timer as pending: the task is about to be
 * woken, and another worker must not take it for deadlocked. */
static void fire_timers(void)
{
    int64_t now = sched_now();
    while (S.ntimers && S.timers[0].deadline <= now) {
        Timer tm = timer_pop();
        Task *t = tm.task;
        if (t->wait_seq != tm.seq || (t->state != TASK_PARKED && t->state != TASK_BLOCKING)) continue;
        S.firing++;
        UNLOCK();
        t->on_timeout(t);
        LOCK();
        S.firing--;
    }
}

/* --- waiting and waking ------------------------------------------------------------- */

bool sched_can_park(Task *t) { return t->driving && t->park_ok && t->c_depth == 1; }

void sched_begin_wait(Task *t, const char *what, Value obj)
{
    LOCK();
    t->state = TASK_BLOCKING;
    t->wait_seq++;
    t->waiting_on = what;
    t->waiting_obj = obj;
    t->on_timeout = NULL;          /* the caller sets this wait's before it waits */
    t->resume_value = 0;
    t->resume_exc = 0;
    UNLOCK();
}

bool sched_wake(Task *t, Value value, Value exc)
{
    LOCK();
    bool waiting = t->state == TASK_BLOCKING || t->state == TASK_PARKED;
    if (waiting) {
        t->resume_value = value;
        t->resume_exc = exc;
        if (t->state == TASK_PARKED) {
            runq_push(t);
        } else {
            t->state = TASK_WOKEN;
            if (t->thread_wait) pthread_cond_signal(t->thread_wait);
        }
    }
    UNLOCK();
    return waiting;
}

/* The interpreter's ownership, given up while this thread blocks, then
 * taken back (lock held). */
static void release_interp(Interp *in)
{
    in->running = false;
    S.running--;
    ready_push(in);
}

/* Waiting counts in lock_waiters, so that a worker running the
 * interpreter's tasks gives it up at its next yield point. */
static void retake_interp(Interp *in)
{
    if (in->running) {
        in->lock_waiters++;
        __atomic_add_fetch(&S.lock_waiters, 1, __ATOMIC_RELAXED);
        while (in->running) pthread_cond_wait(&S.released, &S.lock);
        __atomic_sub_fetch(&S.lock_waiters, 1, __ATOMIC_RELAXED);
        in->lock_waiters--;
    }
    take_interp(in);
}

static void start_spare(void);

/* Blocks this thread until the task is woken or its deadline passes. */
static Value block_thread(Task *t, int64_t deadline)
{
    sched_init();
    pthread_cond_t cond;
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&cond, &attr);
    LOCK();
    Interp *in = t->interp;
    bool owned = in->running;
    t->thread_wait = &cond;
    if (owned) {
        release_interp(in);
        pthread_cond_broadcast(&S.released);
    }
    bool timed = deadline >= 0;
    if (timed) S.blocked_timed++;
    else S.blocked_untimed++;
    /* a worker blocking here is one fewer thread running tasks: while fewer
     * than the workers wanted are left, another thread starts (as Go hands
     * a blocked thread's P on), so that the tasks this wait depends on run,
     * in parallel as before */
    bool worker = t->driving;
    bool spare = false;
    if (worker) {
        S.blocked_workers++;
        spare = S.started - S.blocked_workers < sched_workers() && !S.stopping;
    }
    if (spare) {
        UNLOCK();
        start_spare();
        LOCK();
    }
    bool expired = false;
    while (t->state == TASK_BLOCKING) {
        if (!timed) {
            pthread_cond_wait(&cond, &S.lock);
            continue;
        }
        struct timespec ts = {deadline / 1000000000, deadline % 1000000000};
        if (pthread_cond_timedwait(&cond, &S.lock, &ts) != 0 && t->state == TASK_BLOCKING) {
            expired = true;
            break;
        }
    }
    if (!timed) S.blocked_untimed--;
    if (worker) S.blocked_workers--;
    t->thread_wait = NULL;
    UNLOCK();
    if (expired) t->on_timeout(t);   /* unlinks the waiter and wakes the task (or a waker won) */
    LOCK();
    /* counted as timed until its timeout has woken it, so that no worker
     * takes the wait for a deadlock in between */
    if (timed) S.blocked_timed--;
    if (owned) retake_interp(in);
    t->state = TASK_RUNNING;
    Value v = t->resume_value, exc = t->resume_exc;
    /* taken here: left behind, the evaluator would deliver them again at
     * the task's next resume (after a yield) */
    t->resume_value = t->resume_exc = 0;
    UNLOCK();
    pthread_cond_destroy(&cond);
    if (exc) return err_set(t, exc);
    return v ? v : V_NONE;
}

Value sched_wait(Task *t, int64_t deadline)
{
    t->deadline = deadline;
    if (sched_can_park(t)) return V_PARK;
    return block_thread(t, deadline);
}

static void sleep_done(Task *t) { sched_wake(t, V_NONE, 0); }

Value sched_sleep(Task *t, double secs)
{
    sched_begin_wait(t, "sleep", V_NONE);
    t->on_timeout = sleep_done;
    return sched_wait(t, sched_now() + (int64_t)(secs * 1e9));
}

static void pause_done(Task *t) { sched_wake(t, V_NONE, 0); }

Value sched_pause(Task *t)
{
    sched_begin_wait(t, "pause", V_NONE);
    t->on_timeout = pause_done;
    /* a deadline, so that a wait for a signal never looks like a deadlock */
    return sched_wait(t, INT64_MAX / 2);
}

int sched_wait_kind(Task *t)
{
    LOCK();
    int kind = t->state == TASK_PARKED || t->state == TASK_BLOCKING ? (t->on_timeout == pause_done ? 2 : 1)
               : t->state == TASK_DONE ? -1 : 0;
    UNLOCK();
    return kind;
}

void sched_interrupt_wait(Task *t, Value exc)
{
    LOCK();
    bool waiting = (t->state == TASK_PARKED || t->state == TASK_BLOCKING) && t->on_timeout;
    UNLOCK();
    if (!waiting) return;
    t->on_timeout(t);                  /* unlinks the waiter and wakes the task */
    if (!exc) return;
    LOCK();
    if (t->state == TASK_RUNNABLE || t->state == TASK_WOKEN) {
        t->resume_value = 0;
        t->resume_exc = exc;
    }
    UNLOCK();
}

/* --- tasks -------------------------------------------------------------------------- */

static void live_link(Task *t)
{
    t->prev_live = NULL;
    t->next_live = S.live;
    if (S.live) S.live->prev_live = t;
    S.live = t;
    S.nlive++;
    t->interp->live_tasks++;
}

static void live_unlink(Task *t)
{
    if (t->prev_live) t->prev_live->next_live = t->next_live;
    else S.live = t->next_live;
    if (t->next_live) t->next_live->prev_live = t->prev_live;
    S.nlive--;
    t->interp->live_tasks--;
    if (S.nlive == 0) pthread_cond_broadcast(&S.quiet);
}

static void start_workers(void);

bool sched_spawn(Task *t)
{
    LOCK();
    if (t->interp->destroyed) {
        UNLOCK();
        return false;
    }
    if (!t->id) t->id = ++S.next_task_id;
    live_link(t);
    runq_push(t);
    /* workers start with the second task: a script that spawns none stays
     * on one thread, where collection needs no stopping of the world */
    bool more = S.started < sched_workers() && S.started > 0 && S.nlive > 1;
    UNLOCK();
    if (more) start_workers();
    return true;
}

void sched_task_done(Task *t)
{
    LOCK();
    t->state = TASK_DONE;
    live_unlink(t);
    Waiter *w = t->joiners;
    t->joiners = NULL;
    UNLOCK();
    for (Waiter *next; w; w = next) {
        next = w->next;
        w->linked = false;
        Value v = V_NONE, exc = 0;
        if (w->kind) task_outcome(t, w->task, &v, &exc);
        sched_wake(w->task, exc ? 0 : v, exc);
    }
}

static void join_timeout(Task *t)
{
    Task *target = (Task *)t->waiter.owner;
    LOCK();
    bool unlinked = false;
    for (Waiter **p = &target->joiners; *p; p = &(*p)->next)
        if (*p == &t->waiter) {
            *p = t->waiter.next;
            unlinked = true;
            break;
        }
    UNLOCK();
    if (unlinked) sched_wake(t, 0, exc_new(t, &exc_TimeoutError, NULL, 0));
}

Value sched_join(Task *self, Task *t, int64_t deadline, bool want_result)
{
    sched_begin_wait(self, want_result ? "result" : "join", OBJ_VAL(t));
    LOCK();
    if (t->state == TASK_DONE) {
        self->state = TASK_RUNNING;
        UNLOCK();
        if (!want_result) return V_NONE;
        Value v = V_NONE, exc = 0;
        task_outcome(t, self, &v, &exc);
        return exc ? err_set(self, exc) : v;
    }
    Waiter *w = &self->waiter;
    w->kind = want_result;
    w->sel = NULL;
    w->owner = t;
    w->linked = true;
    w->next = t->joiners;
    t->joiners = w;
    self->on_timeout = join_timeout;
    UNLOCK();
    return sched_wait(self, deadline);
}

/* --- the workers ------------------------------------------------------------------- */

/* Runs one step of a task: its start function the first time, then the
 * evaluator until the task ends, parks or yields. */
static Value task_step(Task *t)
{
    if (!t->started) {
        t->started = true;
        if (!t->start(t)) return 0;
        if (!t->entry) return t->result;   /* the start did all the work */
    }
    t->driving = true;
    Value r = vm_task_run(t);
    t->driving = false;
    return r;
}

static void finish(Task *t, Value r)
{
    task_finish(t, r);
    t->frame = NULL;
    t->entry = NULL;
    sched_task_done(t);
}

/* Runs an interpreter's runnable tasks until none is left, or until a task
 * yields while other interpreters wait (then others get the worker). */
static void run_interp(Interp *in)
{
    for (;;) {
        LOCK();
        Task *t = runq_pop(in);
        UNLOCK();
        if (!t) return;
        Value r = task_step(t);
        if (r == V_PARK || r == V_YIELD) {
            LOCK();
            if (r == V_YIELD || t->state == TASK_WOKEN) runq_push(t);
            else {
                t->state = TASK_PARKED;
                if (t->deadline >= 0) timer_add(t);
            }
            bool leave = r == V_YIELD && (S.nready > 0 || in->lock_waiters > 0);
            UNLOCK();
            if (leave) return;
            continue;
        }
        finish(t, r);
    }
}

/* The report of a deadlock: every task and what it waits for. */
static char *deadlock_report(void)
{
    size_t cap = 256, n = 0;
    char *buf = GC_MALLOC_ATOMIC(cap);
    n += snprintf(buf, cap, "atoll: deadlock: all tasks are blocked\n");
    for (Task *t = S.live; t; t = t->next_live) {
        char line[256];
        const char *tname = IS_STR(t->name) ? STR_DATA(t->name) : "";
        const char *iname = IS_STR(t->interp->name) ? STR_DATA(t->interp->name) : "";
        int k = snprintf(line, sizeof line, "  task %lld%s%s%s in interpreter %lld%s%s%s: waiting on %s\n",
                         (long long)t->id, *tname ? " '" : "", tname, *tname ? "'" : "",
                         (long long)t->interp->id, *iname ? " '" : "", iname, *iname ? "'" : "",
                         t->waiting_on ? t->waiting_on : "?");
        if (n + k + 1 > cap) buf = GC_REALLOC(buf, cap = (n + k + 1) * 2);
        memcpy(buf + n, line, k + 1);
        n += k;
    }
    return buf;
}

/* Every live task waits and nothing can wake one: no worker is running, no
 * timer is pending, and no task is already woken on its way back. */
static bool deadlocked(void)
{
    if (S.nlive == 0 || S.running || S.nready || S.ntimers || S.firing || S.blocked_timed) return false;
    for (Task *t = S.live; t; t = t->next_live)
        if (t->state != TASK_PARKED && t->state != TASK_BLOCKING) return false;
    return true;
}

/* The worker loop: runs interpreters' tasks until sched_shutdown. */
static void work(void)
{
    cstack_init();
    LOCK();
    for (;;) {
        fire_timers();
        /* after the timers: a timeout's callback runs unlocked, and a
         * shutdown that came meanwhile has broadcast to no one */
        if (S.stopping) break;
        Interp *in = ready_take();
        if (!in) {
            if (S.deadlock_handler && !S.deadlock_reported && deadlocked()) {
                /* reported once; the workers wait on (a host may still
                 * wake the tasks) */
                S.deadlock_reported = true;
                char *report = deadlock_report();
                void (*handler)(void *, const char *) = S.deadlock_handler;
                void *ud = S.deadlock_ud;
                UNLOCK();
                handler(ud, report);
                LOCK();
                continue;
            }
            S.idle++;
            if (S.ntimers) {
                int64_t d = S.timers[0].deadline;
                struct timespec ts = {d / 1000000000, d % 1000000000};
                pthread_cond_timedwait(&S.work, &S.lock, &ts);
            } else {
                pthread_cond_wait(&S.work, &S.lock);
            }
            S.idle--;
            continue;
        }
        UNLOCK();
        run_interp(in);
        LOCK();
        in->running = false;
        S.running--;
        ready_push(in);
        pthread_cond_broadcast(&S.released);
        if (S.idle && (S.nlive == 0 || deadlocked())) pthread_cond_broadcast(&S.work);
    }
    UNLOCK();
}

static void *worker_main(void *arg)
{
    work();
    alloc_thread_release();
    LOCK();
    S.started--;
    UNLOCK();
    return NULL;
}

/* The signals a terminal, a shell or another process sends. Workers block
 * them, so that they reach the host's threads only: a handler that runs on
 * one thread and re-raises (libedit's, for SIGINT) otherwise has its second
 * delivery land on whichever worker the kernel picks, at a moment no one
 * can tell, racing the host that waits for it. The collector's suspend
 * signals and faults stay open. */
static void block_host_signals(sigset_t *old)
{
    static const int host[] = {SIGINT,  SIGQUIT, SIGTERM, SIGHUP,  SIGTSTP,  SIGTTIN, SIGTTOU,
                               SIGCONT, SIGWINCH, SIGALRM, SIGCHLD, SIGUSR1, SIGUSR2};
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < sizeof host / sizeof *host; i++) sigaddset(&set, host[i]);
    pthread_sigmask(SIG_BLOCK, &set, old);
}

/* One more worker thread (lock held); false if none could start. Workers
 * are joinable, so that sched_shutdown can wait for them; they start with
 * the host's signals blocked (a thread inherits its creator's mask). */
static bool add_worker(void)
{
    if (S.nthreads == S.threadcap) {
        int cap = S.threadcap ? S.threadcap * 2 : sched_workers() + 2;
        pthread_t *threads = realloc(S.threads, cap * sizeof(pthread_t));
        if (!threads) return false;
        S.threads = threads;
        S.threadcap = cap;
    }
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, (size_t)16 << 20);
    sigset_t mask;
    block_host_signals(&mask);
    int err = pthread_create(&S.threads[S.nthreads], &attr, worker_main, NULL);
    pthread_sigmask(SIG_SETMASK, &mask, NULL);
    pthread_attr_destroy(&attr);
    if (err != 0) return false;
    S.nthreads++;
    S.started++;
    return true;
}

static void start_workers(void)
{
    LOCK();
    int want = sched_workers();
    while (S.started < want && S.nthreads < want && add_worker()) {}
    UNLOCK();
}

/* Spare threads stop here: tasks that block threads by the thousand (waits
 * called from C) then wait for a thread rather than each getting one. */
#define MAX_THREADS 256

/* A worker beyond the count, while others block (block_thread). It stays:
 * the count of threads is bounded by the most waits blocked at once. */
static void start_spare(void)
{
    LOCK();
    if (!S.stopping && S.started - S.blocked_workers < sched_workers() && S.nthreads < MAX_THREADS)
        add_worker();
    UNLOCK();
}

/* --- for the embedding API ------------------------------------------------------------ */

bool sched_start(void)
{
    sched_init();
    LOCK();
    bool busy = S.hosted;
    if (!busy) S.hosted = true;
    UNLOCK();
    if (busy) return false;
    start_workers();
    return true;
}

bool sched_wait_idle(int64_t deadline)
{
    sched_init();
    LOCK();
    while (S.nlive > 0) {
        if (deadline < 0) {
            pthread_cond_wait(&S.quiet, &S.lock);
            continue;
        }
        struct timespec ts = {deadline / 1000000000, deadline % 1000000000};
        if (pthread_cond_timedwait(&S.quiet, &S.lock, &ts) != 0 && S.nlive > 0) break;
    }
    bool idle = S.nlive == 0;
    UNLOCK();
    return idle;
}

bool sched_shutdown(void)
{
    LOCK();
    if (S.nlive > 0) {
        UNLOCK();
        return false;
    }
    S.stopping = true;
    pthread_cond_broadcast(&S.work);
    pthread_t *threads = S.threads;
    int n = S.nthreads;
    UNLOCK();
    for (int i = 0; i < n; i++) pthread_join(threads[i], NULL);
    LOCK();
    free(S.threads);
    S.threads = NULL;
    S.nthreads = S.threadcap = 0;
    S.stopping = false;
    S.hosted = false;
    S.nworkers = 0;
    S.ntimers = 0;                 /* stale entries of tasks that ended */
    for (Interp *in = S.interps; in; in = in->next_all) in->destroyed = true;
    S.interps = NULL;
    S.ready_head = S.ready_tail = NULL;
    __atomic_store_n(&S.nready, 0, __ATOMIC_RELAXED);
    S.next_interp_id = 0;
    S.next_task_id = 0;
    UNLOCK();
    return true;
}

bool sched_acquire(Interp *in)
{
    sched_init();
    LOCK();
    if (in->running && pthread_equal(in->owner, pthread_self())) {
        UNLOCK();
        return false;
    }
    retake_interp(in);
    UNLOCK();
    return true;
}

void sched_release(Interp *in)
{
    LOCK();
    release_interp(in);
    pthread_cond_broadcast(&S.released);
    UNLOCK();
}
