/* gcmodule.c - gc: the interface CPython's scripts use to its collector.
 *
 * atoll has one collector for the whole process (the Boehm GC), which
 * reclaims everything, cycles included; CPython's gc module controls only
 * the cycle collector, while reference counting frees the rest. So:
 * - collect() runs a full collection of the process's heap, then the
 *   callbacks of the calling interpreter's weak references to what it freed
 *   (stdlib/weakrefmodule.c);
 * - disable() is recorded (isenabled() reports it, per interpreter) but the
 *   collector keeps running, as CPython's reference counting does: stopping
 *   it would let memory grow without bound, and would stop every island.
 * Generations, thresholds and object lists have no equivalent and are
 * absent rather than faked. */
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "interp.h"
#include "int.h"
#include "list.h"
#include "slice.h"
#include "dict.h"
#include "module.h"
#include "weakrefmodule.h"

static const ArgSpec collect_spec = {"collect", 0, 1, 0, 1, {"generation"}};

/* Returns 0: the collector does not count what it frees. */
static Value gc_collect(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value gen[1] = {0};
    if (!args_bind(t, &collect_spec, args, nargs, kw, gen)) return 0;
    if (gen[0]) {
        Value n = obj_index(t, gen[0]);
        if (!n) return 0;
        int64_t g;
        if (!index_to_i64(t, n, &exc_OverflowError, &g)) return 0;
        if (g < 0 || g > 2) return err_format(t, &exc_ValueError, "invalid generation");
    }
    GC_gcollect();
    /* the weak reference callbacks of this interpreter whose referents the
     * collection freed run now, before collect() returns, as CPython's do */
    weak_run_callbacks(t);
    return MAKE_SMALL(0);
}

static Value gc_enable(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "gc.enable", nargs, kw, 0, 0)) return 0;
    t->interp->gc_disabled = false;
    return V_NONE;
}

static Value gc_disable(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "gc.disable", nargs, kw, 0, 0)) return 0;
    t->interp->gc_disabled = true;
    return V_NONE;
}

static Value gc_isenabled(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "gc.isenabled", nargs, kw, 0, 0)) return 0;
    return V_BOOL(!t->interp->gc_disabled);
}

static const MethodDef gc_functions[] = {
    {"collect", gc_collect, METH_PLAIN, "Run a full collection. Returns 0."},
    {"enable", gc_enable, METH_PLAIN, "Enable automatic garbage collection."},
    {"disable", gc_disable, METH_PLAIN,
     "Record that automatic collection is disabled (atoll's collector keeps running)."},
    {"isenabled", gc_isenabled, METH_PLAIN, "Returns true if automatic garbage collection is enabled."},
    {NULL},
};

/* gc.garbage is always empty: finalizers never keep cycles alive. */
static bool gc_init(Task *t, Value module)
{
    Value garbage = list_new(0);
    return garbage && dict_set_cstr(module_dict(module), "garbage", garbage);
}

const NativeModule gc_module = {"gc", gc_functions, gc_init};
