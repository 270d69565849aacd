/* api.h - what the files of the embedding API share: the structs behind the
 * public handles of include/atoll.h, and entering an interpreter.
 *
 *   api.c         the runtime, threads, interpreters, running code, errors
 *   api_value.c   value handles: making, reading, containers, crossing
 *   api_module.c  modules of host C functions
 *   api_chan.c    channels and tasks seen from the host
 *
 * A host thread is not a worker and owns no interpreter: to run code in one
 * it takes the interpreter's lock (sched_acquire), runs on a task of that
 * interpreter, and gives the lock back. Work that needs no interpreter
 * (host values, channel waits, joins) runs on tasks of the runtime's host
 * interpreter, which has no modules and never runs Python code. */
#ifndef ATOLL_API_H
#define ATOLL_API_H

#include <assert.h>
#include <stdio.h>
#include "atoll.h"
#include "object.h"
#include "interp.h"

/* Where sys.stdout or sys.stderr of the runtime's interpreters write. */
typedef struct Sink {
    atoll_write_fn fn;
    void *ud;
} Sink;

typedef struct HostModule HostModule;

struct atoll_runtime {
    Host host;                 /* first: an interpreter's host is its runtime */
    Interp *host_in;           /* the host's own context (id -1, never runs code) */
    Sink out, err;
    atoll_deadlock_fn on_deadlock;
    void *deadlock_ud;
    pthread_mutex_t lock;      /* guards modules */
    HostModule *modules;       /* registered by atoll_register_module */
    pthread_t opener;          /* the thread that opened it */
    bool registered_opener;    /* atoll_open registered that thread with the GC */
};

/* A handle is a GC-uncollectable cell: the collector sees the value in it,
 * and the host frees it. */
struct atoll_value {
    Value v;
    Interp *owner;             /* the interpreter it belongs to, or the runtime's host_in */
    const char *text;          /* text made for the host (atoll_to_int_str), kept while held */
    bool borrowed;             /* an argument of a C function call: the call frees it */
};

struct atoll_channel {
    Value ch;
    atoll_runtime *rt;
};

struct atoll_task {
    Task *task;
    atoll_runtime *rt;
};

#define API_RT(in) ((atoll_runtime *)(in)->host)
#define API_IN(h) ((Interp *)(h))
/* Is the interpreter the runtime's host context (not a real interpreter)? */
#define API_IS_HOST(in) ((in)->id < 0)

/* Debug builds check, as Lua's lua_lock does, that an interpreter's data is
 * touched only by the thread holding it. */
#define API_ASSERT_LOCKED(in) assert((in)->running && pthread_equal((in)->owner, pthread_self()))

/* A thread inside an interpreter: the task it runs on, and the C function
 * call it is nested in (then the task is the caller's). */
typedef struct Entry {
    Interp *in;
    Task *t;
    HostCall *call;
} Entry;

/* Takes in's lock for the calling thread and picks the task to run on.
 * ATOLL_EMISUSE when the thread holds it already (an output callback). */
int api_enter(Interp *in, Entry *e);
void api_leave(Entry *e);
/* The exception pending in e->t becomes the interpreter's last error (and
 * the failure of the C function call it is nested in). Returns
 * ATOLL_EXCEPTION. */
int api_fail(Entry *e);
/* The built-in exception type called name (the builtins' and those of
 * subinterpreters), or NULL. */
Type *api_exception_type(const char *name);
/* A task of the host context, for work that touches no interpreter. */
Task *api_host_task(atoll_runtime *rt);
/* The status for an exception pending in a host-context task (cleared):
 * channel errors, timeouts, NotShareableError, MemoryError, TypeError. */
int api_status_of(Task *t);

/* Handles (api_value.c). A value of interpreter in (or the host's, if it
 * crosses by reference). NULL when memory runs out. */
atoll_value *api_value_new(Interp *owner, Value v);
/* The value of a handle as interpreter `in` may hold it (a copy of a list
 * or dict of the host or of another interpreter), or 0 with *status set
 * when it cannot cross. Copying another interpreter's value takes that
 * interpreter's lock: call it before entering `in`. */
Value api_value_prepare(Interp *in, atoll_value *h, int *status);
/* api_value_prepare for n handles into out[]; ATOLL_OK or the first failure. */
int api_values_prepare(Interp *in, size_t n, atoll_value *const *hs, Value *out);

/* The module the host registered under name (api_module.c; Host.find_module). */
Value api_find_module(Task *t, Host *host, Value name);
void api_modules_free(atoll_runtime *rt);

#endif
