/* contextvarsmodule.c - _contextvars: where contextvars.py keeps the
 * current Context. Each task has its own, as each thread has in CPython:
 * tasks of one island share its globals, so a module variable would mix
 * their contexts. A new task starts with none (an empty context). */
#include "object.h"
#include "error.h"
#include "interp.h"
#include "module.h"

static Value cv_get_context(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "get_context", nargs, kw, 0, 0)) return 0;
    return t->context ? t->context : V_NONE;
}

static Value cv_set_context(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "set_context", nargs, kw, 1, 1)) return 0;
    t->context = args[0] == V_NONE ? 0 : args[0];
    return V_NONE;
}

static const MethodDef contextvars_functions[] = {
    {"get_context", cv_get_context, METH_PLAIN, "The running task's Context, or None."},
    {"set_context", cv_set_context, METH_PLAIN, "Makes a Context (or None) the running task's."},
    {NULL},
};

const NativeModule contextvars_native_module = {"_contextvars", contextvars_functions, NULL};
