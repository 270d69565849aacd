/* interp.c - start-up of the process-wide runtime, and making interpreters
 * and tasks. */
#include <gc/gc.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "set.h"
#include "names.h"
#include "interp.h"
#include "module.h"
#include "func.h"
#include "code.h"
#include "descr.h"
#include "slots.h"
#include "types.h"
#include "scheduler.h"
#include "vm.h"
#include "atexitmodule.h"

static void init_once(void)
{
    GC_INIT();
    GC_allow_register_threads();
    /* The collector's own initial heap is so small that allocation-heavy
     * code collects constantly (bigint.py runs 2.5x slower); 8 MiB keeps
     * peak memory below CPython's. ATOLL_HEAP_MB overrides it. */
    const char *mb = getenv("ATOLL_HEAP_MB");
    GC_expand_hp((size_t)(mb ? atoi(mb) : 8) << 20);
    /* Collect twice as often as the collector's default (divisor 3): the
     * heap grows less in text-heavy scripts (wordfreq.py peaks 20% lower)
     * at no measurable cost in time. GC_FREE_SPACE_DIVISOR overrides it. */
    if (!getenv("GC_FREE_SPACE_DIVISOR")) GC_set_free_space_divisor(6);
    frame_gc_init();
    names_init();
    str_init();
    exc_init_types();     /* first: exception types need BaseException's slots set */
    types_ready_all();
}

void runtime_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_once);
}

static Value load_native(Task *t, const char *name)
{
    for (const NativeModule *const *m = native_modules; *m; m++)
        if (!strcmp((*m)->name, name)) {
            Value mod = module_from_native(t, *m);
            if (mod) dict_set_str(t->interp->modules, str_intern_cstr(name), mod);
            return mod;
        }
    return 0;
}

Interp *interp_new(void) { return interp_new_hosted(NULL); }

Interp *interp_new_hosted(Host *host)
{
    runtime_init();
    Interp *in = GC_MALLOC(sizeof *in);
    if (!in) return NULL;
    in->hdr.type = &interp_type;
    in->name = V_NONE;
    in->modules = dict_new();
    in->host = host;
    in->recursion_limit = host && host->recursion_limit > 0 ? host->recursion_limit : 1000;
    in->optimize = host ? host->optimize : 0;
    in->int_max_str_digits = 4300;
    in->argv = list_new(0);
    Task *t = task_new(in);
    in->builtins_mod = load_native(t, "builtins");
    if (!in->builtins_mod) return NULL;
    in->builtins = module_dict(in->builtins_mod);
    in->sys_mod = load_native(t, "sys");
    if (!in->sys_mod) return NULL;
    sched_add_interp(in);
    return in;
}

Task *task_new(Interp *in)
{
    Task *t = GC_MALLOC(sizeof *t);
    if (t) task_init(t, in);
    return t;
}

void task_init(Task *t, Interp *in)
{
    memset(t, 0, sizeof *t);
    t->hdr.type = &task_type;
    t->interp = in;
    t->name = V_NONE;
    t->deadline = -1;
    t->waiter.task = t;
    t->waiter.index = -1;
}

Value interp_builtin(Interp *in, const char *name)
{
    return dict_get_cstr(in->builtins, name);
}

Value interp_sys_get(Task *t, const char *name)
{
    return dict_get_cstr(module_dict(t->interp->sys_mod), name);
}

/* sys.<name>.flush(), a failure dropped (CPython's flush_std_files reports
 * it in the exit status, which an island has not). */
static void flush_stream(Task *t, const char *name)
{
    Value f = interp_sys_get(t, name);
    if (f && f != V_NONE && !obj_call_method(t, f, NAME(flush), NULL, 0)) err_clear(t);
}

void interp_finalize(Task *t)
{
    atexit_run_callbacks(t);
    flush_stream(t, "stdout");
    flush_stream(t, "stderr");
}

bool rec_enter(Task *t, const char *where)
{
    if (t->depth >= t->interp->recursion_limit || t->c_depth >= MAX_C_DEPTH) {
        err_format(t, &exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return false;
    }
    t->depth++;
    t->c_depth++;
    return true;
}

void rec_leave(Task *t)
{
    t->depth--;
    t->c_depth--;
}
