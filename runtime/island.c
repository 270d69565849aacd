/* island.c - interpreters and tasks as objects: creating islands, running
 * a function or source text in one, joining tasks and collecting their
 * results, destroying islands; and the errors of the subinterpreters API.
 *
 * A function run in another island is found there by module and qualified
 * name: the target imports the module itself (the main script is run again
 * there as __mp_main__, its compiled code shared), so only the name and the
 * shareable arguments cross. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "module.h"
#include "func.h"
#include "vm.h"
#include "compile.h"
#include "import.h"
#include "scheduler.h"
#include "share.h"
#include "floatobj.h"
#include "island.h"

/* --- the errors ------------------------------------------------------------------- */

#define ISLAND_EXC(n, b) \
    Type exc_##n = {.hdr = {&type_type}, .name = "subinterpreters." #n, .base = &exc_##b, \
                    .flags = TF_BASETYPE | TF_EXC}; \
    REGISTER_TYPE(exc_##n);
ISLAND_EXC(InterpreterError, Exception)
ISLAND_EXC(InterpreterNotFoundError, InterpreterError)
ISLAND_EXC(NotShareableError, ValueError)
ISLAND_EXC(TaskFailed, InterpreterError)
ISLAND_EXC(ChannelError, Exception)
ISLAND_EXC(ChannelClosed, ChannelError)
ISLAND_EXC(ChannelPoisoned, ChannelError)
ISLAND_EXC(ChannelEmpty, ChannelError)
ISLAND_EXC(ChannelFull, ChannelError)
#undef ISLAND_EXC

/* TaskFailed(type_name, message, traceback): str() is "type_name: message".
 * It also carries what concurrent.futures needs to remake a built-in
 * exception, and concurrent.interpreters to describe it as CPython does:
 * type_module, type_qualname, and exc_args (None when they could not cross). */
static Value task_failed(Task *t, Value info, Value cause)
{
    Value msg = str_format(t, "%U: %U", TUPLE_ITEM(info, 0), TUPLE_ITEM(info, 1));
    Value e = msg ? exc_new_msg(t, &exc_TaskFailed, msg) : 0;
    if (!e) return 0;
    DictObj **dp = obj_dict_ptr(e);
    if (!*dp) *dp = dict_new();
    static const char *const fields[] = {"type_name", "message", "traceback", "type_module", "type_qualname",
                                         "exc_args"};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) dict_set_cstr(*dp, fields[i], TUPLE_ITEM(info, i));
    if (cause) {
        ((ExcObj *)e)->cause = cause;
        ((ExcObj *)e)->suppress_context = true;
    }
    return e;
}

/* --- task outcomes ---------------------------------------------------------------- */

/* Runs in the task's own island when it ends: a result for another island
 * is made shareable; a failure is described in shareable text. */
void task_finish(Task *t, Value r)
{
    if (r && t->share_result) {
        Value s = share_value(t, r);
        if (!s) r = 0;
        else r = s;
    }
    if (r) {
        t->result = r;
        return;
    }
    Value exc = err_fetch(t);
    if (!exc) exc = exc_new_msg(t, &exc_SystemError, str_from_cstr("task failed without an exception"));
    t->failure = exc;
    t->failure_info = island_exc_snapshot(t, exc);
}

Value island_exc_snapshot(Task *t, Value exc)
{
    Type *tp = TYPE_OF(exc);
    Value tb = exc_format(t, exc);
    if (!tb) err_clear(t);
    Value msg = obj_str(t, exc);
    if (!msg) {
        err_clear(t);
        msg = str_from_cstr("<exception str() failed>");
    }
    Value module = tp->module && IS_STR(tp->module) ? tp->module : str_intern_cstr("builtins");
    Value qualname = tp->qualname && IS_STR(tp->qualname) ? tp->qualname : tp->name_str;
    Value args = share_value(t, ((ExcObj *)exc)->args);
    if (!args) {
        err_clear(t);
        args = V_NONE;
    }
    return tuple_pack(6, tp->name_str, obj_unbox(msg), tb ? tb : str_empty(), module, qualname, args);
}

void task_outcome(Task *done, Task *waiter, Value *value, Value *exc)
{
    if (!done->failure) {
        *value = done->result ? done->result : V_NONE;
        /* A task started in its own island keeps its result as it is; its
         * Task handle may still have crossed to another island, which must
         * not get that island's mutable objects: immutables only. (The copy
         * could only be made by the owner, who is not running here.) */
        if (done->interp != waiter->interp && !done->share_result && !share_by_reference(*value))
            *exc = exc_new_msg(waiter, &exc_NotShareableError,
                               str_format(waiter, "the result of task %lld is a %s of interpreter %lld: it cannot cross",
                                          (long long)done->id, obj_type_name(*value), (long long)done->interp->id));
        return;
    }
    bool same = done->interp == waiter->interp;
    *exc = task_failed(waiter, done->failure_info, same ? done->failure : 0);
}

/* --- starting tasks ---------------------------------------------------------------- */

/* The start of a task that calls a callable with arguments (start_args:
 * (callable, args tuple, kwargs dict or None)). */
static bool start_call(Task *t)
{
    Value f = TUPLE_ITEM(t->start_args, 0), args = TUPLE_ITEM(t->start_args, 1);
    Value kw = TUPLE_ITEM(t->start_args, 2);
    /* a bound method's function runs as the entry frame too (self first),
     * so that it can park rather than block a thread */
    Value self = 0;
    if (IS_TYPE(f, &method_type) && IS_TYPE(((MethodObj *)AS_OBJ(f))->func, &func_type)) {
        self = ((MethodObj *)AS_OBJ(f))->self;
        f = ((MethodObj *)AS_OBJ(f))->func;
    }
    size_t off = self ? 1 : 0, n = off + TUPLE_LEN(args), nk = kw != V_NONE ? AS_DICT(kw)->used : 0;
    Value *av = GC_MALLOC((n + nk + 1) * sizeof(Value));
    Value names = nk ? tuple_new(nk) : 0;
    if (self) av[0] = self;
    memcpy(av + off, AS_TUPLE(args)->items, TUPLE_LEN(args) * sizeof(Value));
    size_t pos = 0, i = 0;
    Value k, v;
    while (nk && dict_next(AS_DICT(kw), &pos, &k, &v)) {
        TUPLE_ITEM(names, i) = k;
        av[n + i++] = v;
    }
    if (IS_TYPE(f, &func_type) && !(AS_FUNC(f)->code->flags & CO_GENERATOR)) {
        t->entry = frame_for_call(t, AS_FUNC(f), av, n, names, false);
        return t->entry != NULL;
    }
    t->result = obj_call(t, f, av, n, names);
    return t->result != 0;
}

Value island_resolve(Task *t, Value module, Value qualname, Value file)
{
    Value m;
    if (str_eq_cstr(module, "__main__") || str_eq_cstr(module, "__mp_main__")) {
        Value name = str_intern_cstr("__mp_main__");
        m = dict_get(t, t->interp->modules, name);
        if (!m) {
            if (!IS_STR(file))
                return err_format(t, &exc_InterpreterError, "cannot find the main script to run %U here", qualname);
            m = import_exec_file(t, name, STR_DATA(file), false);
        }
    } else {
        m = import_module(t, STR_DATA(module));
    }
    if (!m) return 0;
    const char *q = STR_DATA(qualname);
    for (;;) {
        const char *dot = strchr(q, '.');
        Value part = dot ? str_new(q, dot - q) : str_from_cstr(q);
        m = obj_getattr(t, m, str_intern(part));
        if (!m || !dot) return m;
        q = dot + 1;
    }
}

/* start_args: (module, qualname, main file, args, kwargs) */
static bool start_cross_call(Task *t)
{
    Value a = t->start_args;
    Value f = island_resolve(t, TUPLE_ITEM(a, 0), TUPLE_ITEM(a, 1), TUPLE_ITEM(a, 2));
    if (!f) return false;
    t->start_args = tuple_pack(3, f, TUPLE_ITEM(a, 3), TUPLE_ITEM(a, 4));
    return start_call(t);
}

DictObj *island_main_namespace(Task *t)
{
    Value m = dict_get(t, t->interp->modules, NAME(__main__));
    if (!m) {
        m = module_new(t, NAME(__main__));
        if (!m) return NULL;
        dict_set_str(module_dict(m), NAME(__builtins__), t->interp->builtins_mod);
        dict_set(t, t->interp->modules, NAME(__main__), m);
    }
    return module_dict(m);
}

/* start_args: (code, qualname, defaults, kwdefaults, args, kwargs): a
 * function remade here from its code, its globals this island's __main__
 * (see island_run_code). */
static bool start_code_call(Task *t)
{
    Value a = t->start_args;
    DictObj *ns = island_main_namespace(t);
    Value f = ns ? func_new(t, AS_CODE(TUPLE_ITEM(a, 0)), ns, TUPLE_ITEM(a, 1)) : 0;
    if (!f) return false;
    if (TUPLE_ITEM(a, 2) != V_NONE) AS_FUNC(f)->defaults = TUPLE_ITEM(a, 2);
    if (TUPLE_ITEM(a, 3) != V_NONE) AS_FUNC(f)->kwdefaults = TUPLE_ITEM(a, 3);
    t->start_args = tuple_pack(3, f, TUPLE_ITEM(a, 4), TUPLE_ITEM(a, 5));
    return start_call(t);
}

/* start_args: (source text,) */
static bool start_source(Task *t)
{
    Value src = TUPLE_ITEM(t->start_args, 0);
    DictObj *ns = island_main_namespace(t);
    Value code = ns ? compile_source(t, STR_DATA(src), STR_SIZE(src), "<string>", PARSE_FILE) : 0;
    if (!code) return false;
    t->entry = frame_for_code(t, AS_CODE(code), ns, 0);
    return t->entry != NULL;
}

/* --- running in an island ------------------------------------------------------------ */

static bool check_alive(Task *t, Interp *in)
{
    if (in->destroyed) {
        err_format(t, &exc_InterpreterError, "interpreter %lld has been destroyed", (long long)in->id);
        return false;
    }
    return true;
}

/* A function another island can find by name: module-level, no closure. */
static bool check_portable(Task *t, Value f)
{
    if (!IS_TYPE(f, &func_type)) {
        err_format(t, &exc_InterpreterError, "can only run module-level functions in another interpreter, not %s",
                   obj_type_name(f));
        return false;
    }
    FuncObj *fn = AS_FUNC(f);
    const char *q = STR_DATA(fn->qualname);
    if (strstr(q, "<lambda>")) {
        err_format(t, &exc_InterpreterError, "cannot run a lambda in another interpreter: use a module-level function");
        return false;
    }
    if (fn->closure || strstr(q, "<locals>")) {
        err_format(t, &exc_InterpreterError,
                   "cannot run %U in another interpreter: it is a closure (defined inside a function)", fn->qualname);
        return false;
    }
    if (!IS_STR(fn->module)) {
        err_format(t, &exc_InterpreterError, "cannot run %U in another interpreter: it has no module", fn->qualname);
        return false;
    }
    return true;
}

/* Starts nt, unless its interpreter was destroyed since check_alive. */
static bool spawn(Task *t, Task *nt)
{
    if (sched_spawn(nt)) return true;
    err_format(t, &exc_InterpreterError, "interpreter %lld has been destroyed", (long long)nt->interp->id);
    return false;
}

Value island_target_name(Task *t, Value f)
{
    if (!check_portable(t, f)) return 0;
    FuncObj *fn = AS_FUNC(f);
    Value file = dict_get_str(fn->globals, NAME(__file__));
    return tuple_pack(3, fn->module, fn->qualname, file ? file : V_NONE);
}

Task *island_run(Task *t, Interp *in, Value target, Value args, Value kwargs)
{
    if (!check_alive(t, in)) return NULL;
    Task *nt = task_new(in);
    if (!nt) {
        err_no_memory(t);
        return NULL;
    }
    bool cross = in != t->interp;
    if (IS_STR(target)) {
        nt->start = start_source;
        nt->start_args = tuple_pack(1, target);
    } else if (!cross) {
        nt->start = start_call;
        nt->start_args = tuple_pack(3, target, args, kwargs ? kwargs : V_NONE);
    } else {
        Value name = island_target_name(t, target);
        if (!name) return NULL;
        Value a = share_value(t, args), k = kwargs ? share_value(t, kwargs) : V_NONE;
        if (!a || !k) return NULL;
        nt->start = start_cross_call;
        nt->start_args = tuple_pack(5, TUPLE_ITEM(name, 0), TUPLE_ITEM(name, 1), TUPLE_ITEM(name, 2), a, k);
    }
    nt->share_result = cross;
    if (!spawn(t, nt)) return NULL;
    if (!IS_STR(nt->name)) nt->name = str_format(t, "task-%lld", (long long)nt->id);
    return nt;
}

Task *island_run_code(Task *t, Interp *in, Value f, Value args, Value kwargs)
{
    if (!check_alive(t, in)) return NULL;
    if (!IS_TYPE(f, &func_type)) {
        err_format(t, &exc_TypeError, "expected a function, not %s", obj_type_name(f));
        return NULL;
    }
    FuncObj *fn = AS_FUNC(f);
    if (fn->closure) {
        err_format(t, &exc_InterpreterError,
                   "cannot run %U in another interpreter: it is a closure (defined inside a function)", fn->qualname);
        return NULL;
    }
    Value d = fn->defaults ? share_value(t, fn->defaults) : V_NONE;
    Value kd = d && fn->kwdefaults ? share_value(t, fn->kwdefaults) : V_NONE;
    Value a = kd ? share_value(t, args) : 0, k = a && kwargs ? share_value(t, kwargs) : V_NONE;
    if (!d || !kd || !a || !k) return NULL;
    Task *nt = task_new(in);
    if (!nt) {
        err_no_memory(t);
        return NULL;
    }
    nt->start = start_code_call;
    nt->start_args = tuple_pack(6, OBJ_VAL(fn->code), fn->qualname, d, kd, a, k);
    nt->share_result = in != t->interp;
    if (!spawn(t, nt)) return NULL;
    if (!IS_STR(nt->name)) nt->name = str_format(t, "task-%lld", (long long)nt->id);
    return nt;
}

Interp *island_create(Task *t, Value name)
{
    Interp *in = interp_new_hosted(t->interp->host);
    if (!in) {
        err_no_memory(t);
        return NULL;
    }
    in->name = name ? name : V_NONE;
    /* the same import path as its creator: the script's folder first */
    Value path = interp_sys_get(t, "path");
    Value copy = path ? share_value(t, path) : 0;
    if (copy) dict_set_cstr(module_dict(in->sys_mod), "path", copy);
    return in;
}

/* The first and only step of the task that finalizes an island. */
static bool start_finalize(Task *t)
{
    interp_finalize(t);
    t->result = V_NONE;
    return true;
}

/* Runs in's finalization (its atexit callbacks, as CPython's
 * Py_EndInterpreter does) as a task of in, and waits for it with the thread
 * blocked rather than the task parked: the destruction goes on after it. */
static bool finalize(Task *t, Interp *in)
{
    Task *nt = task_new(in);
    if (!nt) {
        err_no_memory(t);
        return false;
    }
    nt->start = start_finalize;
    nt->name = str_from_cstr("atexit");
    if (!spawn(t, nt)) return false;
    t->park_ok = false;
    return sched_join(t, nt, -1, false) != 0;
}

bool island_destroy(Task *t, Interp *in)
{
    if (in == t->interp) {
        err_format(t, &exc_InterpreterError, "cannot destroy the current interpreter");
        return false;
    }
    if (in->id == 0) {
        err_format(t, &exc_InterpreterError, "cannot destroy the main interpreter");
        return false;
    }
    if (!check_alive(t, in)) return false;
    /* its tasks first, then its atexit callbacks (which may start more) */
    bool idle = sched_live_tasks(in) == 0;
    if (idle && !finalize(t, in)) return false;
    if (!idle || !sched_remove_interp(in)) {
        err_format(t, &exc_InterpreterError, "interpreter %lld has live tasks", (long long)in->id);
        return false;
    }
    return true;
}

/* --- the Subinterpreter type -------------------------------------------------------- */

#define IN(v) ((Interp *)(v))

static Value si_run(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 2) return err_format(t, &exc_TypeError, "run() missing required argument 'target'");
    Value rest = tuple_from_array(args + 2, nargs - 2);
    Value kwargs = 0;
    if (kw && TUPLE_LEN(kw)) {
        kwargs = dict_new_value();
        for (size_t i = 0; i < TUPLE_LEN(kw); i++) dict_set(t, AS_DICT(kwargs), TUPLE_ITEM(kw, i), args[nargs + i]);
    }
    Task *nt = island_run(t, IN(args[0]), args[1], rest, kwargs);
    return nt ? OBJ_VAL(nt) : 0;
}

/* exec/call: run, then wait for the outcome (the waiter gets the result). */
static Value run_and_wait(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value task = si_run(t, args, nargs, kw);
    if (!task) return 0;
    return sched_join(t, (Task *)task, -1, true);
}

static Value si_exec(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "exec", nargs - 1, kw, 1, 1)) return 0;
    if (!IS_STR(args[1])) return err_format(t, &exc_TypeError, "exec() argument must be str, not %s", obj_type_name(args[1]));
    return run_and_wait(t, args, nargs, kw);
}

static Value si_call(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 2) return err_format(t, &exc_TypeError, "call() missing required argument 'func'");
    if (IS_STR(args[1])) return err_format(t, &exc_TypeError, "call() needs a callable, not str");
    return run_and_wait(t, args, nargs, kw);
}

static Value si_destroy(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "destroy", nargs - 1, kw, 0, 0)) return 0;
    return island_destroy(t, IN(args[0])) ? V_NONE : 0;
}

static Value si_is_running(Task *t, const Value *args, size_t nargs, Value kw)
{
    return V_BOOL(sched_live_tasks(IN(args[0])) > 0);
}

static Value si_running(Task *t, const Value *args, size_t nargs, Value kw)
{
    Task *r = island_running_task(IN(args[0]));
    return r ? OBJ_VAL(r) : V_NONE;
}

static Value si_enter(Task *t, const Value *args, size_t nargs, Value kw) { return args[0]; }

static Value si_exit(Task *t, const Value *args, size_t nargs, Value kw)
{
    Interp *in = IN(args[0]);
    if (in->destroyed) return V_FALSE;
    return island_destroy(t, in) ? V_FALSE : 0;
}

static Value si_repr(Task *t, Value self)
{
    Interp *in = IN(self);
    if (IS_STR(in->name)) return str_format(t, "<Subinterpreter id=%lld name=%R>", (long long)in->id, in->name);
    return str_format(t, "<Subinterpreter id=%lld>", (long long)in->id);
}

static Value si_id(Task *t, Value self) { return MAKE_SMALL(IN(self)->id); }
static Value si_name(Task *t, Value self) { return IN(self)->name; }

static Value si_richcmp(Task *t, Value a, Value b, CmpOpKind op)
{
    if (!IS_TYPE(b, &interp_type) || (op != CMP_EQ && op != CMP_NOTEQ)) return V_NOTIMPL;
    return V_BOOL((a == b) == (op == CMP_EQ));
}

static int64_t si_hash(Task *t, Value self) { return IN(self)->id; }

static const MethodDef si_methods[] = {
    {"run", si_run, METH_PLAIN, "run(target, *args, **kwargs) -> Task: starts target there"},
    {"exec", si_exec, METH_PLAIN, "exec(source): runs source in its __main__ and waits"},
    {"call", si_call, METH_PLAIN, "call(func, *args, **kwargs): runs func there and returns its result"},
    {"destroy", si_destroy, METH_PLAIN, NULL},
    {"is_running", si_is_running, METH_PLAIN, NULL},
    {"running", si_running, METH_PLAIN, NULL},
    {"__enter__", si_enter, METH_PLAIN, NULL},
    {"__exit__", si_exit, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef si_members[] = {
    {"id", si_id, NULL}, {"name", si_name, NULL},
    {NULL},
};

Type interp_type = {
    .hdr = {&type_type}, .name = "subinterpreters.Subinterpreter", .size = sizeof(Interp),
    .flags = TF_ABSTRACT_NEW, .repr = si_repr, .richcmp = si_richcmp, .hash = si_hash,
    .methods = si_methods, .members = si_members,
};
REGISTER_TYPE(interp_type);

/* --- the Task type ------------------------------------------------------------------ */

#define TK(v) ((Task *)(v))

static bool timeout_deadline(Task *t, Value v, int64_t *deadline)
{
    if (!v || v == V_NONE) {
        *deadline = -1;
        return true;
    }
    double s;
    if (float_operand(t, v, &s) <= 0) {
        if (!t->exc) err_format(t, &exc_TypeError, "timeout must be a number or None, not %s", obj_type_name(v));
        return false;
    }
    *deadline = sched_now() + (int64_t)((s < 0 ? 0 : s) * 1e9);
    return true;
}

static const ArgSpec join_spec = {"join", 0, 1, 0, 1, {"timeout"}};

static Value wait_task(Task *t, const Value *args, size_t nargs, Value kw, bool want_result)
{
    Value a[1];
    int64_t deadline;
    ArgSpec spec = join_spec;
    spec.fname = want_result ? "result" : "join";
    if (!args_bind(t, &spec, args + 1, nargs - 1, kw, a) || !timeout_deadline(t, a[0], &deadline)) return 0;
    Task *target = TK(args[0]);
    if (target == t) return err_format(t, &exc_RuntimeError, "cannot join the current task");
    return sched_join(t, target, deadline, want_result);
}

static Value tk_join(Task *t, const Value *a, size_t n, Value kw) { return wait_task(t, a, n, kw, false); }
static Value tk_result(Task *t, const Value *a, size_t n, Value kw) { return wait_task(t, a, n, kw, true); }

static Value tk_start(Task *t, const Value *args, size_t nargs, Value kw)
{
    return err_format(t, &exc_RuntimeError, "tasks can only be started once");
}

static Value tk_is_alive(Task *t, const Value *args, size_t nargs, Value kw)
{
    return V_BOOL(sched_task_alive(TK(args[0])));
}

static Value tk_repr(Task *t, Value self)
{
    Task *k = TK(self);
    return str_format(t, "<Task %S interp=%lld %s>", k->name, (long long)k->interp->id,
                      sched_task_alive(k) ? "alive" : "done");
}

static Value tk_id(Task *t, Value self) { return MAKE_SMALL(TK(self)->id); }
static Value tk_name(Task *t, Value self) { return TK(self)->name; }
static Value tk_interp(Task *t, Value self) { return OBJ_VAL(TK(self)->interp); }

static bool tk_set_name(Task *t, Value self, Value v)
{
    if (!v || !IS_STR(v)) {
        err_format(t, &exc_TypeError, "task name must be str");
        return false;
    }
    TK(self)->name = v;
    return true;
}

static const MethodDef tk_methods[] = {
    {"join", tk_join, METH_PLAIN, "join(timeout=None): waits for the task to end"},
    {"result", tk_result, METH_PLAIN, "result(timeout=None): its return value; TaskFailed if it raised"},
    {"start", tk_start, METH_PLAIN, NULL},
    {"is_alive", tk_is_alive, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef tk_members[] = {
    {"id", tk_id, NULL}, {"ident", tk_id, NULL}, {"name", tk_name, tk_set_name},
    {"interp", tk_interp, NULL},
    {NULL},
};

Type task_type = {
    .hdr = {&type_type}, .name = "subinterpreters.Task", .size = sizeof(Task),
    .flags = TF_ABSTRACT_NEW, .repr = tk_repr, .methods = tk_methods, .members = tk_members,
};
REGISTER_TYPE(task_type);
