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

static Value m_workers(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "workers", nargs, kw, 0, 0)) return 0;
    return MAKE_SMALL(sched_workers());
}

/* --- for concurrent.futures and concurrent.interpreters, which run their
 * own loops in other islands and speak of functions and failures by name --- */

static Value m_target_name(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_target_name", nargs, kw, 1, 1)) return 0;
    return island_target_name(t, args[0]);
}

static Value m_resolve(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_resolve", nargs, kw, 3, 3)) return 0;
    if (!IS_STR(args[0]) || !IS_STR(args[1]))
        return err_format(t, &exc_TypeError, "_resolve() needs a module and a qualified name");
    return island_resolve(t, args[0], args[1], args[2]);
}

static Value m_main_dict(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_main_dict", nargs, kw, 0, 0)) return 0;
    DictObj *d = island_main_namespace(t);
    return d ? OBJ_VAL(d) : 0;
}

static Value m_excinfo(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_excinfo", nargs, kw, 1, 1)) return 0;
    if (!(TYPE_OF(args[0])->flags & TF_EXC))
        return err_format(t, &exc_TypeError, "_excinfo() needs an exception, not %s", obj_type_name(args[0]));
    return island_exc_snapshot(t, args[0]);
}

/* _run_code(interp, func, args, kwargs) -> Task (island_run_code) */
static Value m_run_code(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_run_code", nargs, kw, 4, 4)) return 0;
    if (!IS_TYPE(args[0], &interp_type) || !IS_TUPLE(args[2]) || (args[3] != V_NONE && !IS_DICT(args[3])))
        return err_format(t, &exc_TypeError, "_run_code(interp, func, args tuple, kwargs dict or None)");
    Task *nt = island_run_code(t, (Interp *)AS_OBJ(args[0]), args[1], args[2], args[3] != V_NONE ? args[3] : 0);
    return nt ? OBJ_VAL(nt) : 0;
}

static const MethodDef functions[] = {
    {"create", m_create, METH_PLAIN, "create(name=None) -> a new interpreter"},
    {"list_all", m_list_all, METH_PLAIN, NULL},
    {"get_current", m_get_current, METH_PLAIN, NULL},
    {"get_main", m_get_main, METH_PLAIN, NULL},
    {"is_shareable", m_is_shareable, METH_PLAIN, NULL},
    {"current_task", m_current_task, METH_PLAIN, NULL},
    {"select", m_select, METH_PLAIN, "select(*cases, timeout=None) -> (channel, value)"},
    {"workers", m_workers, METH_PLAIN, "workers() -> the number of worker threads running tasks"},
    {"_target_name", m_target_name, METH_PLAIN, "_target_name(func) -> (module, qualname, main file or None)"},
    {"_resolve", m_resolve, METH_PLAIN, "_resolve(module, qualname, file) -> the function, found here"},
    {"_run_code", m_run_code, METH_PLAIN, "_run_code(interp, func, args, kwargs) -> Task: func remade there"},
    {"_main_dict", m_main_dict, METH_PLAIN, "_main_dict() -> this interpreter's __main__ namespace"},
    {"_excinfo", m_excinfo, METH_PLAIN,
     "_excinfo(exc) -> (type name, message, traceback, type module, type qualname, args or None)"},
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
