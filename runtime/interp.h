/* interp.h - islands and tasks.
 *
 * An Interp owns every mutable thing its code can reach: modules,
 * sys.modules, the builtins namespace, classes and their instances. A Task is
 * one thread of Python execution inside an interpreter: it carries the
 * pending exception and its own stack of frames. Every internal function
 * takes the task it acts for; there is no current-interpreter global. */
#ifndef ATOLL_INTERP_H
#define ATOLL_INTERP_H

#include "object.h"

struct Frame;

struct Interp {
    int64_t id;
    Value name;                /* str or None */
    DictObj *modules;          /* sys.modules */
    DictObj *builtins;         /* the builtins module's namespace */
    Value builtins_mod;
    Value sys_mod;
    uint32_t next_version;     /* for Type.version of this interpreter's classes */
    int recursion_limit;       /* sys.getrecursionlimit() */
    int64_t int_max_str_digits;/* sys.get_int_max_str_digits() */
    Value argv;                /* list of str for sys.argv */
    struct TypeCacheEntry *type_cache;  /* type_lookup_cached's table, made on first use */
};

struct Task {
    Interp *interp;
    Value exc;                 /* the pending exception, or 0 */
    Value exc_info;            /* the exception being handled (sys.exc_info()), or 0 */
    struct Frame *frame;       /* innermost frame */
    int depth;                 /* Python frames running on this task */
    int c_depth;               /* evaluator loops nested in C calls */
    Value repr_active;         /* list of containers whose repr is being built */
    /* Frames are carved from chunks of this stack (bump allocation). */
    char *stack_top, *stack_end;
    struct StackChunk *chunk, *spare;
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
Task *task_new(Interp *interp);

/* Finds the builtins or sys module entries by name (for stdlib code). */
Value interp_builtin(Interp *in, const char *name);
Value interp_sys_get(Task *t, const char *name);

#endif
