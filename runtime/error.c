/* error.c - raising: storing exceptions in the task, matching, clearing.
 * Implicit chaining (__context__) happens here, as in CPython's
 * _PyErr_SetObject, so every raise path gets it. */
#include "object.h"
#include "error.h"
#include "str.h"
#include "interp.h"
#include "tuple.h"

/* Sets exc.__context__ to the exception being handled, cutting any cycle
 * that would form through the handled exception's own context chain. */
static void chain_context(Task *t, Value exc)
{
    Value handled = t->exc_info;
    if (!handled || handled == exc || !exc_is_instance(exc)) return;
    for (Value o = handled; o;) {
        ExcObj *e = (ExcObj *)o;
        if (e->context == exc) {
            e->context = 0;
            break;
        }
        o = e->context;
    }
    ((ExcObj *)exc)->context = handled;
}

Value err_set(Task *t, Value exc)
{
    if (IS_CLASS(exc)) {
        Value inst = obj_call(t, exc, NULL, 0, 0);
        if (!inst) return 0;
        exc = inst;
    }
    chain_context(t, exc);
    t->exc = exc;
    return 0;
}

Value err_vformat(Task *t, Type *type, const char *fmt, va_list ap)
{
    Value msg = str_vformat(t, fmt, ap);
    if (!msg) return 0;
    Value exc = exc_new_msg(t, type, msg);
    return exc ? err_set(t, exc) : 0;
}

Value err_format(Task *t, Type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    err_vformat(t, type, fmt, ap);
    va_end(ap);
    return 0;
}

Value err_no_memory(Task *t)
{
    /* Building a message could itself fail; the bare type is enough. */
    Value exc = exc_new(t, &exc_MemoryError, NULL, 0);
    t->exc = exc ? exc : OBJ_VAL(&exc_MemoryError);
    return 0;
}

bool err_matches(Task *t, Type *type)
{
    return t->exc && type_is_subtype(TYPE_OF(t->exc), type);
}

Value err_fetch(Task *t)
{
    Value e = t->exc;
    t->exc = 0;
    return e;
}

void err_clear(Task *t) { t->exc = 0; }

Value err_take_stop_iteration(Task *t)
{
    Value e = err_fetch(t);
    if (IS_CLASS(e)) return V_NONE;
    Value args = ((ExcObj *)e)->args;
    return args && TUPLE_LEN(args) > 0 ? TUPLE_ITEM(args, 0) : V_NONE;
}
