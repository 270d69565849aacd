/* api_module.c - modules of C functions a host registers: the runtime's
 * table of them, the module an interpreter makes on import, and calling a
 * host function from Python.
 *
 * A host function runs without its interpreter's lock, as Lua unlocks
 * around a C function: the calling worker records itself on the
 * interpreter (HostCall), gives the interpreter up, calls the function and
 * takes the interpreter back. Calls into the interpreter the function
 * makes from the same thread find the record and run on the caller's task,
 * so recursion through C counts against the recursion limit like any
 * other, and an exception they raise can be passed on as it is. */
#include <gc/gc.h>
#include <stdlib.h>
#include <string.h>
#include "api.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "module.h"
#include "scheduler.h"
#include "share.h"
#include "channel.h"

/* A registered module: malloc'd, freed by atoll_close. */
struct HostModule {
    HostModule *next;
    char *name;
    atoll_function *fns;       /* names copied */
    size_t nfns;
    void *ud;
};

static void module_free(HostModule *m)
{
    if (!m) return;
    for (size_t i = 0; m->fns && i < m->nfns; i++) free((char *)m->fns[i].name);
    free(m->fns);
    free(m->name);
    free(m);
}

void api_modules_free(atoll_runtime *rt)
{
    for (HostModule *m = rt->modules, *next; m; m = next) {
        next = m->next;
        module_free(m);
    }
    rt->modules = NULL;
}

static HostModule *find(atoll_runtime *rt, const char *name)
{
    HostModule *m = rt->modules;
    while (m && strcmp(m->name, name) != 0) m = m->next;
    return m;
}

int atoll_register_module(atoll_runtime *rt, const char *name, const atoll_function *fns, void *ud)
{
    if (!rt || !name || !fns || !*name || !utf8_valid(name, strlen(name))) return ATOLL_EINVAL;
    size_t n = 0;
    for (; fns[n].name; n++)
        if (!fns[n].fn || !utf8_valid(fns[n].name, strlen(fns[n].name))) return ATOLL_EINVAL;
    HostModule *m = calloc(1, sizeof *m);
    if (m) m->fns = calloc(n ? n : 1, sizeof *m->fns);
    if (m) m->name = strdup(name);
    bool ok = m && m->fns && m->name;
    for (size_t i = 0; ok && i < n; i++) {
        m->fns[i] = fns[i];
        ok = (m->fns[i].name = strdup(fns[i].name)) != NULL;
        m->nfns = i + 1;
    }
    if (!ok) {
        module_free(m);
        return ATOLL_ENOMEM;
    }
    m->ud = ud;
    pthread_mutex_lock(&rt->lock);
    int st = find(rt, name) ? ATOLL_EBUSY : ATOLL_OK;
    if (!st) {
        m->next = rt->modules;
        rt->modules = m;
    }
    pthread_mutex_unlock(&rt->lock);
    if (st) module_free(m);
    return st;
}

/* --- host functions as Python objects -------------------------------------------- */

typedef struct HostFuncObj {
    Obj hdr;
    HostModule *module;
    const atoll_function *def;
    Value name;
} HostFuncObj;

extern Type host_function_type;

/* The exception a status a host function returned stands for. */
static Value status_exception(Task *t, const char *fname, int status)
{
    Type *tp;
    switch (status) {
    case ATOLL_ETYPE: tp = &exc_TypeError; break;
    case ATOLL_ERANGE: tp = &exc_ValueError; break;
    case ATOLL_ENOTFOUND: tp = &exc_LookupError; break;
    case ATOLL_ENOTSHAREABLE: tp = &exc_NotShareableError; break;
    case ATOLL_ECLOSED: tp = &exc_ChannelClosed; break;
    case ATOLL_EPOISONED: tp = &exc_ChannelPoisoned; break;
    case ATOLL_ETIMEOUT: tp = &exc_TimeoutError; break;
    case ATOLL_ENOMEM: tp = &exc_MemoryError; break;
    case ATOLL_EXCEPTION:
        return err_format(t, &exc_SystemError, "%s() returned ATOLL_EXCEPTION without an exception", fname);
    default: tp = &exc_RuntimeError; break;
    }
    return err_format(t, tp, "%s(): %s", fname, atoll_status_string(status));
}

static void unlink_call(Interp *in, HostCall *call)
{
    for (HostCall **p = &in->host_calls; *p; p = &(*p)->next)
        if (*p == call) {
            *p = call->next;
            return;
        }
}

static Value host_function_call(Task *t, Value self, const Value *args, size_t nargs, Value kwnames)
{
    HostFuncObj *f = (HostFuncObj *)self;
    const char *fname = f->def->name;
    if (kwnames && TUPLE_LEN(kwnames)) return err_format(t, &exc_TypeError, "%s() takes no keyword arguments", fname);
    Interp *in = t->interp;
    atoll_runtime *rt = API_RT(in);
    /* the arguments' handles live on this stack: the call owns them */
    struct atoll_value small[6];
    atoll_value *small_ptrs[6];
    struct atoll_value *hv = nargs <= 6 ? small : GC_MALLOC(nargs * sizeof *hv);
    atoll_value **pv = nargs <= 6 ? small_ptrs : GC_MALLOC(nargs * sizeof *pv);
    if (!hv || !pv) return err_no_memory(t);
    for (size_t i = 0; i < nargs; i++) {
        hv[i] = (struct atoll_value){args[i], share_by_reference(args[i]) ? rt->host_in : in, NULL, true};
        pv[i] = &hv[i];
    }
    HostCall call = {pthread_self(), t, 0, in->host_calls};
    in->host_calls = &call;
    sched_release(in);

    atoll_value *res = NULL;
    int st = f->def->fn((atoll_interp *)in, nargs, pv, &res, f->module->ud);
    /* the result, prepared for this interpreter before taking it back (a
     * value of another interpreter is copied under that one's lock) */
    Value r = V_NONE;
    if (st == ATOLL_OK && res && !(r = api_value_prepare(in, res, &st))) r = 0;
    if (res) atoll_release(res);

    sched_acquire(in);
    unlink_call(in, &call);
    if (st == ATOLL_OK) return r;
    if (st == ATOLL_EXCEPTION && call.exc) return err_set(t, call.exc);
    return status_exception(t, fname, st);
}

static Value host_function_repr(Task *t, Value self)
{
    return str_format(t, "<built-in function %U>", ((HostFuncObj *)self)->name);
}

static Value host_function_name(Task *t, Value self) { return ((HostFuncObj *)self)->name; }

static const MemberDef host_function_members[] = {
    {"__name__", host_function_name, NULL}, {"__qualname__", host_function_name, NULL},
    {NULL},
};

Type host_function_type = {
    .hdr = {&type_type}, .name = "builtin_function_or_method", .size = sizeof(HostFuncObj),
    .flags = TF_ABSTRACT_NEW, .call = host_function_call, .repr = host_function_repr,
    .members = host_function_members,
};
REGISTER_TYPE(host_function_type);

Value api_find_module(Task *t, Host *host, Value name)
{
    atoll_runtime *rt = (atoll_runtime *)host;
    pthread_mutex_lock(&rt->lock);
    HostModule *hm = find(rt, STR_DATA(name));
    pthread_mutex_unlock(&rt->lock);
    if (!hm) return 0;
    Value m = module_new(t, name);
    if (!m) return 0;
    for (size_t i = 0; i < hm->nfns; i++) {
        HostFuncObj *f = GC_MALLOC(sizeof *f);
        if (!f) return err_no_memory(t);
        f->hdr.type = &host_function_type;
        f->module = hm;
        f->def = &hm->fns[i];
        f->name = str_intern_cstr(hm->fns[i].name);
        dict_set_str(module_dict(m), f->name, OBJ_VAL(f));
    }
    return m;
}

int atoll_raise(atoll_interp *h, const char *type_name, const char *message)
{
    Interp *in = API_IN(h);
    if (!in || !type_name) return ATOLL_EINVAL;
    Entry e;
    int st = api_enter(in, &e);
    if (st) return st;
    if (!e.call) {
        api_leave(&e);
        return ATOLL_EMISUSE;
    }
    Type *tp = api_exception_type(type_name);
    if (!tp) tp = &exc_RuntimeError;
    Value exc;
    if (!message) exc = exc_new(e.t, tp, NULL, 0);
    else if (utf8_valid(message, strlen(message))) exc = exc_new_msg(e.t, tp, str_from_cstr(message));
    else exc = exc_new_msg(e.t, tp, str_from_cstr("(message not valid UTF-8)"));
    if (exc) e.call->exc = exc;
    else err_clear(e.t);
    api_leave(&e);
    return ATOLL_EXCEPTION;
}
