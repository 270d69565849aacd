/* atexitmodule.c - atexit: functions to call when the interpreter ends.
 *
 * The registrations belong to the interpreter (Interp.atexit), not to the
 * module object, as CPython keeps them in its interpreter state: each
 * island has its own, and importing the module again keeps them. The
 * embedding API and subinterpreter destruction run them (interp_finalize).
 * As in CPython 3.11, unregistering empties an entry (None) instead of
 * removing it, so _ncallbacks() still counts it and a run skips it. An
 * entry is (func, argument values, keyword names or None): the call ready
 * to make. */
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "names.h"
#include "interp.h"
#include "module.h"
#include "atexitmodule.h"

/* The interpreter's list of entries, made on first use. */
static Value registry(Task *t)
{
    Interp *in = t->interp;
    if (!in->atexit) in->atexit = list_new(4);
    return in->atexit;
}

static Value ax_register(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 1) return err_format(t, &exc_TypeError, "register() takes at least 1 argument (0 given)");
    if (!TYPE_OF(args[0])->call) return err_format(t, &exc_TypeError, "the first argument must be callable");
    size_t nkw = kw ? TUPLE_LEN(kw) : 0;
    Value entry = tuple_pack(3, args[0], tuple_from_array(args + 1, nargs - 1 + nkw), nkw ? kw : V_NONE);
    return list_append(t, registry(t), entry) ? args[0] : 0;
}

/* Forgets every entry, in place: a run in progress skips the rest. */
static void clear_registry(Task *t)
{
    Value reg = t->interp->atexit;
    if (reg) AS_LIST(reg)->len = 0;
}

/* Empties every entry whose function equals func (identity first, then ==). */
static Value ax_unregister(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "atexit.unregister", nargs, kw, 1, 1)) return 0;
    ListObj *l = AS_LIST(registry(t));
    for (size_t i = 0; i < l->len; i++) {   /* an __eq__ may change the list: len is read again */
        Value e = l->items[i];
        if (e == V_NONE) continue;
        int eq = obj_eq(t, TUPLE_ITEM(e, 0), args[0]);
        if (eq < 0) return 0;
        if (eq && i < l->len) l->items[i] = V_NONE;
    }
    return V_NONE;
}

void atexit_run_callbacks(Task *t)
{
    Value reg = t->interp->atexit;
    if (!reg) return;
    ListObj *l = AS_LIST(reg);
    /* CPython's order and its answers to callbacks that change the list:
     * those registered meanwhile wait for the next run, those unregistered
     * or cleared meanwhile are skipped */
    for (size_t i = l->len; i-- > 0;) {
        Value e = i < l->len ? l->items[i] : V_NONE;
        if (e == V_NONE) continue;
        Value args = TUPLE_ITEM(e, 1), names = TUPLE_ITEM(e, 2);
        size_t nkw = names == V_NONE ? 0 : TUPLE_LEN(names);
        if (!obj_call(t, TUPLE_ITEM(e, 0), AS_TUPLE(args)->items, TUPLE_LEN(args) - nkw, nkw ? names : 0))
            exc_write_unraisable(t, "in atexit callback", TUPLE_ITEM(e, 0));
    }
    clear_registry(t);
}

static Value ax_run_exitfuncs(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "atexit._run_exitfuncs", nargs, kw, 0, 0)) return 0;
    atexit_run_callbacks(t);
    return V_NONE;
}

static Value ax_clear(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "atexit._clear", nargs, kw, 0, 0)) return 0;
    clear_registry(t);
    return V_NONE;
}

static Value ax_ncallbacks(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "atexit._ncallbacks", nargs, kw, 0, 0)) return 0;
    Value reg = t->interp->atexit;
    return MAKE_SMALL(reg ? (intptr_t)AS_LIST(reg)->len : 0);
}

static const MethodDef atexit_functions[] = {
    {"register", ax_register, METH_PLAIN,
     "Register a function to be executed upon normal program termination; returns func."},
    {"unregister", ax_unregister, METH_PLAIN, "Unregister an exit function which was previously registered."},
    {"_run_exitfuncs", ax_run_exitfuncs, METH_PLAIN, "Run all registered exit functions."},
    {"_clear", ax_clear, METH_PLAIN, "Clear the list of previously registered exit functions."},
    {"_ncallbacks", ax_ncallbacks, METH_PLAIN, "Return the number of registered exit functions."},
    {NULL},
};

const NativeModule atexit_module = {"atexit", atexit_functions, NULL};
