/* subinterpretersmodule.c - the `subinterpreters` module: islands, tasks,
 * channels and select, as SPEC §4 gives them. */
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "interp.h"
#include "floatobj.h"
#include "module.h"
#include "scheduler.h"
#include "share.h"
#include "channel.h"
#include "island.h"

static const ArgSpec create_spec = {"create", 0, 1, 0, 1, {"name"}};

static Value m_create(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value a[1];
    if (!args_bind(t, &create_spec, args, nargs, kw, a)) return 0;
    if (a[0] && a[0] != V_NONE && !IS_STR(a[0]))
        return err_format(t, &exc_TypeError, "interpreter name must be str or None, not %s", obj_type_name(a[0]));
    Interp *in = island_create(t, a[0]);
    return in ? OBJ_VAL(in) : 0;
}

static Value m_list_all(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "list_all", nargs, kw, 0, 0)) return 0;
    return sched_interp_list(t);
}

static Value m_get_current(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "get_current", nargs, kw, 0, 0)) return 0;
    return OBJ_VAL(t->interp);
}

static Value m_get_main(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "get_main", nargs, kw, 0, 0)) return 0;
    Interp *in = sched_interp_by_id(0);
    return in ? OBJ_VAL(in) : V_NONE;
}

static Value m_is_shareable(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "is_shareable", nargs, kw, 1, 1)) return 0;
    return V_BOOL(share_check(args[0]));
}

static Value m_current_task(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "current_task", nargs, kw, 0, 0)) return 0;
    return OBJ_VAL(t);
}

/* select(*cases, timeout=None) */
static Value m_select(Task *t, const Value *args, size_t nargs, Value kw)
{
    double timeout = -1;
    for (size_t i = 0; kw && i < TUPLE_LEN(kw); i++) {
        Value v = args[nargs + i];
        if (!str_eq_cstr(TUPLE_ITEM(kw, i), "timeout"))
            return err_format(t, &exc_TypeError, "select() got an unexpected keyword argument '%U'", TUPLE_ITEM(kw, i));
        if (v != V_NONE && float_operand(t, v, &timeout) <= 0) {
            if (!t->exc) err_format(t, &exc_TypeError, "timeout must be a number or None, not %s", obj_type_name(v));
            return 0;
        }
        if (v != V_NONE && timeout < 0) timeout = 0;
    }
    if (nargs == 0) return err_format(t, &exc_ValueError, "select() needs at least one case");
    return channel_select(t, args, nargs, timeout);
}

static const MethodDef functions[] = {
    {"create", m_create, METH_PLAIN, "create(name=None) -> a new interpreter"},
    {"list_all", m_list_all, METH_PLAIN, NULL},
    {"get_current", m_get_current, METH_PLAIN, NULL},
    {"get_main", m_get_main, METH_PLAIN, NULL},
    {"is_shareable", m_is_shareable, METH_PLAIN, NULL},
    {"current_task", m_current_task, METH_PLAIN, NULL},
    {"select", m_select, METH_PLAIN, "select(*cases, timeout=None) -> (channel, value)"},
    {NULL},
};

static bool init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    Type *const types[] = {
        &interp_type, &task_type, &channel_type, &exc_InterpreterError, &exc_InterpreterNotFoundError,
        &exc_NotShareableError, &exc_TaskFailed, &exc_ChannelError, &exc_ChannelClosed,
        &exc_ChannelPoisoned, &exc_ChannelEmpty, &exc_ChannelFull,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        dict_set_str(d, types[i]->name_str, OBJ_VAL(types[i]));
    dict_set_cstr(d, "CLOSED", V_CLOSED);
    return true;
}

const NativeModule subinterpreters_module = {"subinterpreters", functions, init};
