/* api.c - the embedding API: the runtime and the host's threads,
 * interpreters, running source, globals and calls, and errors.
 *
 * Lua's lapi.c is the model: every entry takes its state explicitly, takes
 * the lock of the interpreter it acts in (api_enter: sched_acquire, as a
 * worker takes an interpreter) and gives it back (api_leave), and reports
 * failure by its return value; a Python exception becomes the interpreter's
 * last error. The host's thread runs the code itself, on a task of the
 * interpreter kept for host calls (a pool of them, since a host call may
 * block and let another thread in). */
#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "api.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "module.h"
#include "compile.h"
#include "vm.h"
#include "import.h"
#include "codecs.h"
#include "scheduler.h"
#include "share.h"
#include "channel.h"
#include "island.h"
#include "alloc.h"
#include "cstack.h"
#include "sigs.h"

const char *atoll_version(void) { return ATOLL_VERSION; }

const char *atoll_status_string(int status)
{
    switch (status) {
    case ATOLL_OK: return "ok";
    case ATOLL_EXCEPTION: return "Python exception";
    case ATOLL_ETYPE: return "wrong type";
    case ATOLL_ERANGE: return "out of range";
    case ATOLL_ENOTFOUND: return "not found";
    case ATOLL_ENOTSHAREABLE: return "value cannot be shared between interpreters";
    case ATOLL_ECLOSED: return "channel closed";
    case ATOLL_EPOISONED: return "channel poisoned";
    case ATOLL_ETIMEOUT: return "timed out";
    case ATOLL_EBUSY: return "busy";
    case ATOLL_EINVAL: return "invalid argument";
    case ATOLL_ENOMEM: return "out of memory";
    case ATOLL_EMISUSE: return "API misuse";
    default: return "unknown status";
    }
}

/* --- entering interpreters ---------------------------------------------------------- */

int api_enter(Interp *in, Entry *e)
{
#ifndef NDEBUG
    if (!GC_thread_is_registered()) return ATOLL_EMISUSE;   /* atoll_thread_attach first */
#endif
    cstack_init();                  /* a host thread's C stack is guarded as a worker's */
    if (!sched_acquire(in)) return ATOLL_EMISUSE;
    API_ASSERT_LOCKED(in);
    e->in = in;
    e->call = NULL;
    /* a C function this thread runs for the interpreter: go on with its caller's task */
    pthread_t self = pthread_self();
    for (HostCall *c = in->host_calls; c; c = c->next)
        if (pthread_equal(c->thread, self)) {
            e->call = c;
            e->t = c->task;
            return ATOLL_OK;
        }
    Task *t = in->host_tasks;
    if (t) {
        in->host_tasks = t->next;
    } else if (!(t = task_new(in))) {
        sched_release(in);
        return ATOLL_ENOMEM;
    }
    t->next = NULL;
    e->t = t;
    return ATOLL_OK;
}

void api_leave(Entry *e)
{
    Interp *in = e->in;
    API_ASSERT_LOCKED(in);
    if (!e->call) {
        Task *t = e->t;
        t->exc = 0;
        t->exc_info = 0;
        t->next = in->host_tasks;
        in->host_tasks = t;
    }
    sched_release(in);
}

int api_fail(Entry *e)
{
    Task *t = e->t;
    Value exc = err_fetch(t);
    if (!exc) exc = exc_new_msg(t, &exc_SystemError, str_from_cstr("error return without exception set"));
    Value tb = exc ? exc_format(t, exc) : 0;
    err_clear(t);
    Value msg = exc ? obj_str(t, exc) : 0;
    if (!msg) {
        err_clear(t);
        msg = str_from_cstr("<exception str() failed>");
    }
    if (exc) {
        Value rec = tuple_pack(4, TYPE_OF(exc)->name_str, obj_unbox(msg), tb ? tb : str_empty(), exc);
        __atomic_store_n(&e->in->api_error, rec, __ATOMIC_RELEASE);
        if (e->call) e->call->exc = exc;
    }
    return ATOLL_EXCEPTION;
}

Task *api_host_task(atoll_runtime *rt) { return task_new(rt->host_in); }

Type *api_exception_type(const char *name)
{
#define ENTRY(n, base) {#n, &exc_##n},
    static const struct {
        const char *name;
        Type *type;
    } table[] = {
        EXCEPTION_TYPES(ENTRY)
        ENTRY(InterpreterError, 0) ENTRY(InterpreterNotFoundError, 0) ENTRY(NotShareableError, 0)
        ENTRY(TaskFailed, 0) ENTRY(ChannelError, 0) ENTRY(ChannelClosed, 0) ENTRY(ChannelPoisoned, 0)
        ENTRY(ChannelEmpty, 0) ENTRY(ChannelFull, 0)
    };
#undef ENTRY
    for (size_t i = 0; name && i < sizeof table / sizeof *table; i++)
        if (!strcmp(table[i].name, name)) return table[i].type;
    return NULL;
}

int api_status_of(Task *t)
{
    Value exc = err_fetch(t);
    if (!exc) return ATOLL_OK;
    Type *tp = TYPE_OF(exc);
    if (type_is_subtype(tp, &exc_TimeoutError) || type_is_subtype(tp, &exc_ChannelEmpty) ||
        type_is_subtype(tp, &exc_ChannelFull))
        return ATOLL_ETIMEOUT;
    if (type_is_subtype(tp, &exc_ChannelClosed)) return ATOLL_ECLOSED;
    if (type_is_subtype(tp, &exc_ChannelPoisoned)) return ATOLL_EPOISONED;
    if (type_is_subtype(tp, &exc_NotShareableError)) return ATOLL_ENOTSHAREABLE;
    if (type_is_subtype(tp, &exc_MemoryError)) return ATOLL_ENOMEM;
    if (type_is_subtype(tp, &exc_TypeError)) return ATOLL_ETYPE;
    if (type_is_subtype(tp, &exc_LookupError)) return ATOLL_ENOTFOUND;
    if (type_is_subtype(tp, &exc_OverflowError) || type_is_subtype(tp, &exc_RecursionError)) return ATOLL_ERANGE;
    return ATOLL_EINVAL;
}

/* --- the runtime ---------------------------------------------------------------------- */

static ssize_t sink_write(void *cookie, const char *buf, size_t size)
{
    Sink *s = cookie;
    s->fn(s->ud, buf, size);
    return (ssize_t)size;
}

/* A stdio stream whose output goes to the host's callback, a line at a time. */
static FILE *sink_open(Sink *s)
{
    FILE *fp = fopencookie(s, "w", (cookie_io_functions_t){.write = sink_write});
    if (fp) setvbuf(fp, NULL, _IOLBF, 0);
    return fp;
}

static void deadlock_report(void *ud, const char *report)
{
    atoll_runtime *rt = ud;
    rt->on_deadlock(rt->deadlock_ud, report);
}

/* The host's own context: holds no modules and never runs Python code; its
 * tasks carry errors of host-side work and wait on channels and tasks. */
static Interp *host_interp(atoll_runtime *rt)
{
    Interp *in = GC_MALLOC(sizeof *in);
    if (!in) return NULL;
    in->hdr.type = &interp_type;
    in->id = -1;
    in->name = str_from_cstr("host");
    in->modules = dict_new();
    in->builtins = dict_new();
    in->argv = list_new(0);
    in->recursion_limit = rt->host.recursion_limit > 0 ? rt->host.recursion_limit : 1000;
    in->optimize = rt->host.optimize;
    in->int_max_str_digits = 0;      /* the host converts ints of any size */
    in->host = &rt->host;
    in->destroyed = true;
    return in;
}

static Value path_tuple(const char *const *path)
{
    size_t n = 0;
    while (path[n]) n++;
    Value tup = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        if (!utf8_valid(path[i], strlen(path[i]))) return 0;
        TUPLE_ITEM(tup, i) = str_from_cstr(path[i]);
    }
    return tup;
}

int atoll_open(const atoll_config *cfg, atoll_runtime **out)
{
    static const atoll_config defaults;
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    if (!cfg) cfg = &defaults;
    if (cfg->workers < 0 || cfg->recursion_limit < 0 || cfg->optimize < 0) return ATOLL_EINVAL;
    runtime_init();
    bool registered = false;
    if (!GC_thread_is_registered()) {
        struct GC_stack_base sb;
        if (GC_get_stack_base(&sb) != GC_SUCCESS || GC_register_my_thread(&sb) != GC_SUCCESS) return ATOLL_EMISUSE;
        registered = true;
    }
    atoll_runtime *rt = GC_MALLOC_UNCOLLECTABLE(sizeof *rt);
    if (!rt) return ATOLL_ENOMEM;
    rt->registered_opener = registered;
    rt->opener = pthread_self();
    pthread_mutex_init(&rt->lock, NULL);
    rt->host.recursion_limit = cfg->recursion_limit;
    rt->host.optimize = cfg->optimize;
    rt->host.find_module = api_find_module;
    if (cfg->path && !(rt->host.path = path_tuple(cfg->path))) {
        GC_FREE(rt);
        return ATOLL_EINVAL;
    }
    rt->out = (Sink){cfg->write_stdout, cfg->write_ud};
    rt->err = (Sink){cfg->write_stderr, cfg->write_ud};
    if ((rt->out.fn && !(rt->host.out = sink_open(&rt->out))) ||
        (rt->err.fn && !(rt->host.err = sink_open(&rt->err))) || !(rt->host_in = host_interp(rt))) {
        if (rt->host.out) fclose(rt->host.out);
        GC_FREE(rt);
        return ATOLL_ENOMEM;
    }
    rt->on_deadlock = cfg->on_deadlock;
    rt->deadlock_ud = cfg->deadlock_ud;
    if (cfg->workers > 0) sched_set_workers(cfg->workers);
    if (!sched_start()) {              /* another runtime (or the command line) runs */
        if (rt->host.out) fclose(rt->host.out);
        if (rt->host.err) fclose(rt->host.err);
        GC_FREE(rt);
        return ATOLL_EBUSY;
    }
    sched_set_deadlock_handler(rt->on_deadlock ? deadlock_report : NULL, rt);
    *out = rt;
    return ATOLL_OK;
}

/* Every interpreter's finalization (its atexit callbacks...), oldest first,
 * so the main interpreter's come first as in CPython. */
static void finalize_all(atoll_runtime *rt)
{
    Task *t = api_host_task(rt);
    Value all = t ? sched_interp_list(t) : 0;
    for (size_t i = 0; all && i < AS_LIST(all)->len; i++) {
        Entry e;
        if (api_enter((Interp *)AS_LIST(all)->items[i], &e)) continue;
        interp_finalize(e.t);
        api_leave(&e);
    }
}

int atoll_close(atoll_runtime *rt)
{
    if (!rt) return ATOLL_EINVAL;
    if (!sched_wait_idle(0)) return ATOLL_EBUSY;
    finalize_all(rt);
    if (!sched_shutdown()) return ATOLL_EBUSY;    /* a callback started a task */
    sched_set_deadlock_handler(NULL, NULL);
    if (rt->host.out) fclose(rt->host.out);
    if (rt->host.err) fclose(rt->host.err);
    api_modules_free(rt);
    pthread_mutex_destroy(&rt->lock);
    bool unregister = rt->registered_opener;
    GC_FREE(rt);
    alloc_thread_release();
    if (unregister) GC_unregister_my_thread();
    return ATOLL_OK;
}

int atoll_wait_idle(atoll_runtime *rt, double timeout)
{
    if (!rt) return ATOLL_EINVAL;
    int64_t deadline = timeout < 0 ? -1 : sched_now() + (int64_t)(timeout * 1e9);
    return sched_wait_idle(deadline) ? ATOLL_OK : ATOLL_ETIMEOUT;
}

int atoll_thread_attach(atoll_runtime *rt)
{
    if (!rt) return ATOLL_EINVAL;
    if (GC_thread_is_registered()) return ATOLL_OK;
    struct GC_stack_base sb;
    if (GC_get_stack_base(&sb) != GC_SUCCESS) return ATOLL_EMISUSE;
    int r = GC_register_my_thread(&sb);
    return r == GC_SUCCESS || r == GC_DUPLICATE ? ATOLL_OK : ATOLL_EMISUSE;
}

int atoll_thread_detach(atoll_runtime *rt)
{
    if (!rt) return ATOLL_EINVAL;
    /* the opener stays registered until atoll_close */
    if (pthread_equal(pthread_self(), rt->opener) || !GC_thread_is_registered()) return ATOLL_OK;
    alloc_thread_release();
    GC_unregister_my_thread();
    return ATOLL_OK;
}

/* --- interpreters ------------------------------------------------------------------------ */

atoll_interp *atoll_interp_new(atoll_runtime *rt, const char *name)
{
    if (!rt || (name && !utf8_valid(name, strlen(name)))) return NULL;
    Interp *in = interp_new_hosted(&rt->host);
    if (!in) return NULL;
    if (name) in->name = str_from_cstr(name);
    return (atoll_interp *)in;
}

int atoll_interp_destroy(atoll_interp *h)
{
    Interp *in = API_IN(h);
    if (!in || in->destroyed) return ATOLL_EINVAL;
    Entry e;
    int st = api_enter(in, &e);
    if (st) return st;
    if (e.call || sched_live_tasks(in) > 0) {
        st = ATOLL_EBUSY;           /* a task runs, or is in a C function */
    } else {
        interp_finalize(e.t);
        if (!sched_remove_interp(in)) st = ATOLL_EBUSY;   /* a callback started a task */
    }
    api_leave(&e);
    return st;
}

int64_t atoll_interp_id(atoll_interp *h) { return h ? API_IN(h)->id : -1; }

/* Text from C as str: UTF-8, or undecodable bytes as lone surrogates (as
 * CPython decodes its command line). */
static Value host_text(Task *t, const char *s)
{
    size_t n = strlen(s);
    if (utf8_valid(s, n)) return str_new(s, n);
    return codec_decode(t, s, n, 0, "utf-8", "surrogateescape");
}

int atoll_set_argv(atoll_interp *h, int argc, const char *const *argv)
{
    Interp *in = API_IN(h);
    if (!in || argc < 0 || (argc && !argv)) return ATOLL_EINVAL;
    Entry e;
    int st = api_enter(in, &e);
    if (st) return st;
    AS_LIST(in->argv)->len = 0;
    for (int i = 0; i < argc && st == ATOLL_OK; i++) {
        Value s = argv[i] ? host_text(e.t, argv[i]) : 0;
        if (!s || !list_append(e.t, in->argv, s)) st = argv[i] ? api_fail(&e) : ATOLL_EINVAL;
    }
    api_leave(&e);
    return st;
}

/* --- running code ----------------------------------------------------------------------- */

/* The interpreter's __main__ module, made on first use with the names
 * CPython's starts with. */
static Value main_module(Task *t)
{
    Value m = dict_get_str(t->interp->modules, NAME(__main__));
    if (m) return IS_MODULE(m) ? m : err_format(t, &exc_RuntimeError, "sys.modules['__main__'] is not a module");
    m = module_new(t, NAME(__main__));
    if (!m) return 0;
    DictObj *d = module_dict(m);
    dict_set_str(d, NAME(__builtins__), t->interp->builtins_mod);
    dict_set_str(d, str_intern_cstr("__annotations__"), OBJ_VAL(dict_new()));
    return dict_set(t, t->interp->modules, NAME(__main__), m) ? m : 0;
}

/* Compiles src for __main__ (with __file__ set to file, if given). */
static Value main_code(Entry *e, const char *src, size_t len, const char *filename, ParseMode mode,
                       const char *file, Value *module)
{
    Value m = main_module(e->t);
    if (!m) return 0;
    if (file) {
        dict_set_str(module_dict(m), NAME(__file__), str_from_cstr(file));
        dict_set_str(module_dict(m), str_intern_cstr("__cached__"), V_NONE);
    }
    *module = m;
    return compile_source(e->t, src, len, filename ? filename : "<string>", mode);
}

static int run_main(Interp *in, const char *src, size_t len, const char *filename, ParseMode mode,
                    const char *file, atoll_value **result)
{
    if (result) *result = NULL;
    if (!in || !src || in->destroyed || (filename && !utf8_valid(filename, strlen(filename)))) return ATOLL_EINVAL;
    if (len == ATOLL_NTS) len = strlen(src);
    Entry e;
    int st = api_enter(in, &e);
    if (st) return st;
    Value m, code = main_code(&e, src, len, filename, mode, file, &m);
    in->main_task = e.t;            /* signal handlers run there (runtime/sigs.h) */
    Value r = code ? vm_run_code(e.t, AS_CODE(code), module_dict(m), 0) : 0;
    if (!r) st = api_fail(&e);
    else if (result && !(*result = api_value_new(in, r))) st = ATOLL_ENOMEM;
    api_leave(&e);
    return st;
}

int atoll_exec(atoll_interp *in, const char *src, size_t len, const char *filename)
{
    return run_main(API_IN(in), src, len, filename, PARSE_FILE, NULL, NULL);
}

int atoll_exec_interactive(atoll_interp *in, const char *src, size_t len)
{
    return run_main(API_IN(in), src, len, "<stdin>", PARSE_SINGLE, NULL, NULL);
}

int atoll_interrupt(atoll_interp *in)
{
    /* atomics and a semaphore post: nothing here may take a lock or
     * allocate. The post wakes a host thread blocked in a wait (when the
     * signal module's watcher runs), to raise there. */
    if (!in) return 0;
    int was = __atomic_fetch_or(&API_IN(in)->interrupted, INTR_KEYBOARD, __ATOMIC_RELAXED) & INTR_KEYBOARD;
    sig_wake();
    return was != 0;
}

int atoll_eval(atoll_interp *in, const char *expr, atoll_value **result)
{
    if (!result) return ATOLL_EINVAL;
    return run_main(API_IN(in), expr, ATOLL_NTS, "<string>", PARSE_EVAL, NULL, result);
}

/* The whole file, GC-allocated; NULL when it cannot be read. */
static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 8192, n = 0, got;
    char *buf = GC_MALLOC_ATOMIC(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) buf = GC_REALLOC(buf, cap *= 2);
    }
    bool failed = ferror(fp);
    fclose(fp);
    *len = n;
    return failed ? NULL : buf;
}

int atoll_exec_file(atoll_interp *in, const char *path)
{
    if (!in || !path || !utf8_valid(path, strlen(path))) return ATOLL_EINVAL;
    size_t len;
    char *src = read_file(path, &len);
    if (!src) return ATOLL_ENOTFOUND;
    return run_main(API_IN(in), src, len, path, PARSE_FILE, path, NULL);
}

/* A task running code in __main__ (start_args: (code, module)). */
static bool start_main_code(Task *t)
{
    Value code = TUPLE_ITEM(t->start_args, 0), m = TUPLE_ITEM(t->start_args, 1);
    t->entry = frame_for_code(t, AS_CODE(code), module_dict(m), 0);
    return t->entry != NULL;
}

static atoll_task *task_handle(Interp *in, Task *task)
{
    atoll_task *h = GC_MALLOC_UNCOLLECTABLE(sizeof *h);
    if (h) *h = (atoll_task){task, API_RT(in)};
    return h;
}

/* Names the task (the default is "task-ID", as subinterpreters gives). */
static void name_task(Task *t, Task *nt, const char *name)
{
    nt->name = name ? str_from_cstr(name) : str_format(t, "task-%lld", (long long)nt->id);
}

int atoll_spawn(atoll_interp *h, const char *src, size_t len, const char *filename, const char *name,
                atoll_task **out)
{
    Interp *in = API_IN(h);
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    if (!in || !src || in->destroyed || (filename && !utf8_valid(filename, strlen(filename))) ||
        (name && !utf8_valid(name, strlen(name))))
        return ATOLL_EINVAL;
    if (len == ATOLL_NTS) len = strlen(src);
    Entry e;
    int st = api_enter(in, &e);
    if (st) return st;
    Value m, code = main_code(&e, src, len, filename, PARSE_FILE, NULL, &m);
    Task *nt = code ? task_new(in) : NULL;
    if (!code) {
        st = api_fail(&e);
    } else if (!nt || !(*out = task_handle(in, nt))) {
        st = ATOLL_ENOMEM;
    } else {
        nt->start = start_main_code;
        nt->start_args = tuple_pack(2, code, m);
        in->main_task = nt;         /* signal handlers run there (runtime/sigs.h) */
        if (sched_spawn(nt)) {
            name_task(e.t, nt, name);
        } else {                   /* destroyed by a script meanwhile */
            atoll_task_release(*out);
            *out = NULL;
            st = ATOLL_EINVAL;
        }
    }
    api_leave(&e);
    return st;
}

int atoll_spawn_call(atoll_interp *h, atoll_value *fn, size_t argc, atoll_value *const *argv, atoll_task **out)
{
    Interp *in = API_IN(h);
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    if (!in || !fn || in->destroyed || (argc && !argv)) return ATOLL_EINVAL;
    if (fn->owner != in) return API_IS_HOST(fn->owner) ? ATOLL_ETYPE : ATOLL_EINVAL;
    Value args = tuple_new(argc);
    int st = api_values_prepare(in, argc, argv, AS_TUPLE(args)->items);
    if (st) return st;
    Entry e;
    if ((st = api_enter(in, &e))) return st;
    Task *nt = island_run(e.t, in, fn->v, args, 0);
    if (!nt) st = api_fail(&e);
    else if (!(*out = task_handle(in, nt))) st = ATOLL_ENOMEM;
    api_leave(&e);
    return st;
}

/* --- globals, attributes, calls ---------------------------------------------------------- */

static bool valid_name(const char *name) { return name && utf8_valid(name, strlen(name)); }

int atoll_get_global(atoll_interp *h, const char *name, atoll_value **out)
{
    Interp *in = API_IN(h);
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    if (!in || !valid_name(name)) return ATOLL_EINVAL;
    Entry e;
    int st = api_enter(in, &e);
    if (st) return st;
    Value m = main_module(e.t);
    Value v = m ? dict_get_str(module_dict(m), str_from_cstr(name)) : 0;
    if (!m) st = api_fail(&e);
    else if (!v) st = ATOLL_ENOTFOUND;
    else if (!(*out = api_value_new(in, v))) st = ATOLL_ENOMEM;
    api_leave(&e);
    return st;
}

int atoll_set_global(atoll_interp *h, const char *name, atoll_value *v)
{
    Interp *in = API_IN(h);
    if (!in || !v || !valid_name(name)) return ATOLL_EINVAL;
    int st;
    Value x = api_value_prepare(in, v, &st);
    if (!x) return st;
    Entry e;
    if ((st = api_enter(in, &e))) return st;
    Value m = main_module(e.t);
    if (!m) st = api_fail(&e);
    else dict_set_str(module_dict(m), str_intern_cstr(name), x);
    api_leave(&e);
    return st;
}

int atoll_import(atoll_interp *h, const char *module, atoll_value **out)
{
    Interp *in = API_IN(h);
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    if (!in || in->destroyed || !valid_name(module)) return ATOLL_EINVAL;
    Entry e;
    int st = api_enter(in, &e);
    if (st) return st;
    Value m = import_module(e.t, module);
    if (!m) st = api_fail(&e);
    else if (!(*out = api_value_new(in, m))) st = ATOLL_ENOMEM;
    api_leave(&e);
    return st;
}

/* The value of a handle to use in `in` as the object acted on: the
 * interpreter's own, or a host value (immutable, or a container copied). */
static Value subject(Interp *in, atoll_value *h, int *st)
{
    if (!in || !h) {
        *st = ATOLL_EINVAL;
        return 0;
    }
    if (h->owner != in && !API_IS_HOST(h->owner)) {
        *st = ATOLL_EINVAL;       /* another interpreter's object: not to be touched here */
        return 0;
    }
    return api_value_prepare(in, h, st);
}

int atoll_getattr(atoll_interp *h, atoll_value *obj, const char *name, atoll_value **out)
{
    Interp *in = API_IN(h);
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    int st;
    Value o = subject(in, obj, &st);
    if (!o) return st;
    if (!valid_name(name)) return ATOLL_EINVAL;
    Entry e;
    if ((st = api_enter(in, &e))) return st;
    Value v = obj_getattr(e.t, o, str_intern_cstr(name));
    if (!v) {
        bool missing = err_matches(e.t, &exc_AttributeError);
        st = api_fail(&e);
        if (missing) st = ATOLL_ENOTFOUND;
    } else if (!(*out = api_value_new(in, v))) {
        st = ATOLL_ENOMEM;
    }
    api_leave(&e);
    return st;
}

int atoll_call(atoll_interp *h, atoll_value *fn, size_t argc, atoll_value *const *argv, atoll_value **result)
{
    Interp *in = API_IN(h);
    if (result) *result = NULL;
    if (!in || !fn || (argc && !argv) || in->destroyed) return ATOLL_EINVAL;
    if (fn->owner != in) return API_IS_HOST(fn->owner) ? ATOLL_ETYPE : ATOLL_EINVAL;
    Value small[8];
    Value *args = argc <= 8 ? small : GC_MALLOC(argc * sizeof(Value));
    if (!args) return ATOLL_ENOMEM;
    int st = api_values_prepare(in, argc, argv, args);
    if (st) return st;
    Entry e;
    if ((st = api_enter(in, &e))) return st;
    Value r = obj_call(e.t, fn->v, args, argc, 0);
    if (!r) st = api_fail(&e);
    else if (result && !(*result = api_value_new(in, r))) st = ATOLL_ENOMEM;
    api_leave(&e);
    return st;
}

static int text_of(atoll_interp *h, atoll_value *v, atoll_value **out, Value (*conv)(Task *, Value))
{
    Interp *in = API_IN(h);
    if (!out) return ATOLL_EINVAL;
    *out = NULL;
    int st;
    Value x = subject(in, v, &st);
    if (!x) return st;
    Entry e;
    if ((st = api_enter(in, &e))) return st;
    Value s = conv(e.t, x);
    if (!s) st = api_fail(&e);
    else if (!(*out = api_value_new(in, obj_unbox(s)))) st = ATOLL_ENOMEM;
    api_leave(&e);
    return st;
}

int atoll_str_of(atoll_interp *in, atoll_value *v, atoll_value **out) { return text_of(in, v, out, obj_str); }
int atoll_repr(atoll_interp *in, atoll_value *v, atoll_value **out) { return text_of(in, v, out, obj_repr); }

/* --- errors --------------------------------------------------------------------------- */

static Value error_item(atoll_interp *h, int i)
{
    if (!h) return 0;
    Value rec = __atomic_load_n(&API_IN(h)->api_error, __ATOMIC_ACQUIRE);
    return rec ? TUPLE_ITEM(rec, i) : 0;
}

const char *atoll_error_type(atoll_interp *in)
{
    Value s = error_item(in, 0);
    return s ? STR_DATA(s) : NULL;
}

const char *atoll_error_message(atoll_interp *in)
{
    Value s = error_item(in, 1);
    return s ? STR_DATA(s) : NULL;
}

const char *atoll_error_traceback(atoll_interp *in)
{
    Value s = error_item(in, 2);
    return s ? STR_DATA(s) : NULL;
}

int atoll_error_value(atoll_interp *in, atoll_value **out)
{
    if (!out) return ATOLL_EINVAL;
    Value exc = error_item(in, 3);
    if (!exc) {
        *out = NULL;
        return ATOLL_ENOTFOUND;
    }
    return (*out = api_value_new(API_IN(in), exc)) ? ATOLL_OK : ATOLL_ENOMEM;
}

int atoll_error_matches(atoll_interp *in, const char *type_name)
{
    Value exc = error_item(in, 3);
    Type *tp = api_exception_type(type_name);
    return exc && tp && type_is_subtype(TYPE_OF(exc), tp);
}

void atoll_error_clear(atoll_interp *in)
{
    if (in) __atomic_store_n(&API_IN(in)->api_error, 0, __ATOMIC_RELEASE);
}
