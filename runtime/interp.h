/* interp.h - islands and tasks.
 *
 * An Interp owns every mutable thing its code can reach: modules,
 * sys.modules, the builtins namespace, classes and their instances. A Task is
 * one thread of Python execution inside an interpreter: it carries the
 * pending exception and its own stack of frames. Every internal function
 * takes the task it acts for; there is no current-interpreter global. */
#ifndef ATOLL_INTERP_H
#define ATOLL_INTERP_H

#include <pthread.h>
#include <stdio.h>
#include "object.h"

struct Frame;

/* What an embedding host (vm/api.c) gives every interpreter of its runtime,
 * including those scripts create; NULL for the command line. Fixed while
 * interpreters use it. */
typedef struct Host {
    FILE *out, *err;           /* sys.stdout and sys.stderr write here (NULL: stdout, stderr) */
    Value path;                /* tuple of str sys.path starts with, or 0 */
    int recursion_limit;       /* 0: the default */
    int optimize;              /* -O level of every interpreter (Interp.optimize) */
    const char *flags;         /* the command line's one-letter options, for sys.flags, or NULL */
    /* The module the host registered under name, made for t's interpreter;
     * 0 with no exception pending when there is none. */
    Value (*find_module)(Task *t, struct Host *host, Value name);
} Host;

/* A C function of the host running on a thread (vm/api.c): the thread and
 * the task that called it, so that calls back into the interpreter from
 * that thread run on that task. A stack of them per interpreter, changed
 * only under the interpreter's lock. */
typedef struct HostCall {
    pthread_t thread;
    Task *task;
    Value exc;                 /* what the function raised, or 0 */
    struct HostCall *next;
} HostCall;

struct Interp {
    Obj hdr;                   /* the Subinterpreter object scripts see */
    int64_t id;
    Value name;                /* str or None */
    DictObj *modules;          /* sys.modules */
    DictObj *builtins;         /* the builtins module's namespace */
    Value builtins_mod;
    Value sys_mod;
    uint32_t next_version;     /* for Type.version of this interpreter's classes */
    int recursion_limit;       /* sys.getrecursionlimit() */
    int optimize;              /* sys.flags.optimize: 1 drops asserts and makes __debug__
                                  False, 2 drops docstrings too (CPython's -O, -OO) */
    int64_t int_max_str_digits;/* sys.get_int_max_str_digits() */
    bool gc_disabled;          /* gc.disable() was called (see stdlib/gcmodule.c) */
    Value argv;                /* list of str for sys.argv */
    Value atexit;              /* list of atexit registrations (stdlib/atexitmodule.c), or 0 */
    struct WeakState *weak;    /* its weak references (stdlib/weakrefmodule.c), or NULL */
    struct TypeCacheEntry *type_cache;  /* type_lookup_cached's table, made on first use */
    /* Scheduling state (sched.c), under the scheduler's lock. The worker that
     * has `running` set owns the interpreter: that is the interpreter's lock. */
    Task *runq_head, *runq_tail;   /* runnable tasks */
    struct Interp *next_ready;     /* link in the scheduler's ready queue */
    struct Interp *next_all;       /* link in the list of live interpreters */
    bool queued, running, destroyed;
    int live_tasks;                /* started and not finished */
    pthread_t owner;               /* the thread that set `running` */
    int lock_waiters;              /* threads waiting to own it (sched_acquire) */
    /* Embedding (vm/api.c). */
    Host *host;                    /* inherited by the interpreters it creates */
    Task *host_tasks;              /* idle tasks for host threads' calls (under its lock) */
    HostCall *host_calls;          /* C functions running (under its lock) */
    int interrupted;               /* INTR_* bits, set from signal handlers (any thread) with
                                      atomic ORs, looked at by the evaluator's check (sig_check) */
    Value sig_handlers;            /* the main interpreter's Python-level signal handlers
                                      (runtime/sigs.c): list indexed by signal number, or 0 */
    Task *main_task;               /* the task running __main__'s code (the script, or the
                                      prompt's entry): it runs the signal handlers */
    Value api_error;               /* the last error of a host call: (type name, message,
                                      traceback, exception); read and written atomically */
};

typedef enum TaskState {
    TASK_NEW,                  /* made, not yet started */
    TASK_RUNNABLE,             /* in its interpreter's run queue */
    TASK_RUNNING,              /* on a worker */
    TASK_BLOCKING,             /* waiting, the worker still parking it or the thread blocked */
    TASK_WOKEN,                /* woken while BLOCKING */
    TASK_PARKED,               /* waiting, its frames saved */
    TASK_DONE,
} TaskState;

/* How a waiting task is found again: the queue it sits in knows how to take
 * it out when a timeout fires first. */
typedef struct Waiter {
    Task *task;
    void *owner;               /* the channel or task it waits on */
    struct Waiter *prev, *next;
    Value value;               /* what a sender offers */
    int kind;                  /* what the owner's code made of it (channel.c) */
    int index;                 /* the select case it belongs to, or -1 */
    struct Select *sel;        /* the select it is a case of, or NULL */
    bool linked;
} Waiter;

struct Task {
    Obj hdr;                   /* the Task object scripts see */
    Interp *interp;
    Value exc;                 /* the pending exception, or 0 */
    Value exc_info;            /* the exception being handled (sys.exc_info()), or 0 */
    struct Frame *frame;       /* innermost frame */
    int depth;                 /* Python frames running on this task */
    int c_depth;               /* evaluator loops nested in C calls */
    int native_depth;          /* built-ins called from C (not straight from the evaluator) */
    Value repr_active;         /* list of containers whose repr is being built */
    /* Frames are carved from chunks of this stack (bump allocation). */
    char *stack_top, *stack_end;
    struct StackChunk *chunk, *spare;
    /* Scheduling (sched.c). */
    int64_t id;
    Value name;
    TaskState state;
    Task *next;                /* run queue link */
    bool (*start)(Task *t);    /* first step: sets up the entry frame; false on error */
    Value start_args;          /* for start */
    struct Frame *entry;       /* the frame whose return ends the task */
    bool started;
    int budget;                /* instructions (roughly) until it offers to yield */
    Value resume_value;        /* delivered by a wake */
    Value resume_exc;          /* or an exception to raise where it waited */
    Value result, failure;     /* outcome once DONE */
    Value failure_info;        /* (type name, message, traceback text, ...): island_exc_snapshot */
    bool share_result;         /* started from another island: its result crosses */
    Waiter waiter;             /* the one wait most operations need */
    Waiter *joiners;           /* tasks waiting for it to end */
    const char *waiting_on;    /* what it waits for, for the deadlock report */
    Value waiting_obj;
    int64_t deadline;          /* monotonic ns of a timed wait, or -1 */
    uint64_t wait_seq;         /* counts waits, so stale timers are ignored */
    /* Called (outside the scheduler lock) when a timed wait expires: unlinks
     * the task's waiters and wakes it (TimeoutError, or None for a sleep). */
    void (*on_timeout)(Task *t);
    void *thread_wait;         /* set while an OS thread blocks for it */
    bool driving;              /* run by the scheduler's driver loop */
    bool park_ok;              /* the evaluator called the current built-in directly */
    uint64_t rng;              /* select's random choices */
    Value context;             /* its contextvars.Context, or 0 until it needs one */
    Task *next_live, *prev_live;   /* all started tasks, for the deadlock report */
};

/* Interp.interrupted: what the running code must look at. */
enum {
    INTR_KEYBOARD = 1,             /* atoll_interrupt: raise KeyboardInterrupt */
    INTR_SIGNALS = 2,              /* signals with Python handlers are pending (runtime/sigs.c) */
};

/* Hard limit on evaluator loops nested through C (a Python function called
 * by a C function called by Python...), to keep the C stack bounded whatever
 * the recursion limit is. */
#define MAX_C_DEPTH 6000

/* Guards a recursion that runs in C (repr of nested containers, comparison,
 * calls from C into Python): counts against the recursion limit like
 * Python frames, and against MAX_C_DEPTH. False with RecursionError
 * ("maximum recursion depth exceeded" + where) when too deep. */
bool rec_enter(Task *t, const char *where);
void rec_leave(Task *t);

/* The process-wide runtime: built-in types, interned names. Idempotent. */
void runtime_init(void);

Interp *interp_new(void);
/* An interpreter of an embedding host (NULL: as interp_new). */
Interp *interp_new_hosted(Host *host);
Task *task_new(Interp *interp);
/* Makes *t a fresh task of in (for a task on the C stack, which must not
 * outlive the call: one that never waits). */
void task_init(Task *t, Interp *in);

extern Type task_type, interp_type;

/* What CPython's finalization of an interpreter does that scripts see: the
 * atexit callbacks of t's interpreter, then sys.stdout and sys.stderr
 * flushed. Errors are reported on sys.stderr, never raised. */
void interp_finalize(Task *t);

/* Finds the builtins or sys module entries by name (for stdlib code). */
Value interp_builtin(Interp *in, const char *name);
Value interp_sys_get(Task *t, const char *name);

#endif
