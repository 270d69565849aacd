/* sys.c - the sys module, one per interpreter: argv, path, modules, the
 * standard streams, limits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "int.h"
#include "file.h"
#include "module.h"

static Value s_exit(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "exit", nargs, kw, 0, 1)) return 0;
    Value e = exc_new(t, &exc_SystemExit, args, nargs);
    return e ? err_set(t, e) : 0;
}

static Value s_getrecursionlimit(Task *t, const Value *args, size_t nargs, Value kw)
{
    return MAKE_SMALL(t->interp->recursion_limit);
}

static Value s_setrecursionlimit(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "setrecursionlimit", nargs, kw, 1, 1)) return 0;
    int64_t n;
    if (!HAS_FLAG(args[0], TF_INT)) return err_format(t, &exc_TypeError, "'%s' object cannot be interpreted as an integer", obj_type_name(args[0]));
    if (!int_as_i64(t, args[0], &n)) return 0;
    if (n < 1) return err_format(t, &exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > 1000000) n = 1000000;
    if (n <= t->depth)
        return err_format(t, &exc_RecursionError, "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                          (long long)n, t->depth);
    t->interp->recursion_limit = (int)n;
    return V_NONE;
}

static Value s_get_int_max_str_digits(Task *t, const Value *args, size_t nargs, Value kw)
{
    return MAKE_SMALL(t->interp->int_max_str_digits);
}

static Value s_set_int_max_str_digits(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs != 1 && !(nargs == 0 && kw && TUPLE_LEN(kw) == 1))
        return err_format(t, &exc_TypeError, "set_int_max_str_digits() takes exactly one argument");
    int64_t n;
    if (!int_as_i64(t, args[0], &n)) return 0;
    if (n != 0 && n < 640) return err_format(t, &exc_ValueError, "maxdigits must be 0 or larger than 640");
    t->interp->int_max_str_digits = n;
    return V_NONE;
}

static Value s_exc_info(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value e = t->exc_info;
    if (!e) return tuple_pack(3, V_NONE, V_NONE, V_NONE);
    Value tb = ((ExcObj *)e)->traceback;
    return tuple_pack(3, OBJ_VAL(TYPE_OF(e)), e, tb ? tb : V_NONE);
}

static Value s_exception(Task *t, const Value *args, size_t nargs, Value kw)
{
    return t->exc_info ? t->exc_info : V_NONE;
}

static Value s_intern(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "intern", nargs, kw, 1, 1)) return 0;
    if (!IS_STR(args[0])) return err_format(t, &exc_TypeError, "intern() argument must be str, not %s", obj_type_name(args[0]));
    return str_intern(args[0]);
}

static Value s_getsizeof(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "getsizeof", nargs, kw, 1, 2)) return 0;
    if (IS_SMALL(args[0])) return MAKE_SMALL(28);
    /* a heap object's block; a static one (None, True, the built-in types)
     * is not the collector's to size: its type's instance size */
    void *p = (void *)args[0];
    size_t n = GC_base(p) == p ? GC_size(p) : TYPE_OF(args[0])->size;
    return MAKE_SMALL((intptr_t)(n ? n : sizeof(Obj)));
}

/* The default sys.displayhook: repr(v) and a newline on sys.stdout, v kept
 * in builtins._ (None while repr runs, so a failing repr leaves it None). */
static Value s_displayhook(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "displayhook", nargs, kw, 1, 1)) return 0;
    Value v = args[0];
    if (v == V_NONE) return V_NONE;
    Value underscore = str_intern_cstr("_");
    dict_set_str(t->interp->builtins, underscore, V_NONE);
    Value out = interp_sys_get(t, "stdout");
    if (!out) return err_format(t, &exc_RuntimeError, "lost sys.stdout");
    Value r = obj_repr(t, v);
    if (!r) return 0;
    Value line = str_concat(t, r, str_char('\n'));
    if (!line || !obj_call_method(t, out, NAME(write), &line, 1)) return 0;
    dict_set_str(t->interp->builtins, underscore, v);
    return V_NONE;
}

/* The default sys.excepthook (also sys.__excepthook__): the traceback on
 * sys.stderr. The command line calls a replacement in its stead. */
static Value s_excepthook(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "excepthook", nargs, kw, 3, 3)) return 0;
    /* a value that is no exception gets a line of complaint, not an error */
    Value text = exc_is_instance(args[1]) ? exc_format(t, args[1])
               : str_format(t, "TypeError: print_exception(): Exception expected for value, %s found\n",
                            obj_type_name(args[1]));
    Value err = interp_sys_get(t, "stderr");
    if (!text || !err || err == V_NONE) return text ? err_format(t, &exc_RuntimeError, "lost sys.stderr") : 0;
    return obj_call_method(t, err, NAME(write), &text, 1) ? V_NONE : 0;
}

static Value s_is_finalizing(Task *t, const Value *args, size_t nargs, Value kw)
{
    return args_check(t, "is_finalizing", nargs, kw, 0, 0) ? V_FALSE : 0;
}

/* No tracing or profiling hooks: None is all there is to get or set. */
static Value no_hook(Task *t, const Value *args, size_t nargs, const char *name)
{
    if (nargs != 1) return err_format(t, &exc_TypeError, "%s() takes exactly one argument (%d given)", name, (int)nargs);
    if (args[0] != V_NONE) return err_format(t, &exc_NotImplementedError, "atoll does not support sys.%s()", name);
    return V_NONE;
}

static Value s_settrace(Task *t, const Value *args, size_t nargs, Value kw) { return no_hook(t, args, nargs, "settrace"); }
static Value s_setprofile(Task *t, const Value *args, size_t nargs, Value kw) { return no_hook(t, args, nargs, "setprofile"); }
static Value s_gettrace(Task *t, const Value *args, size_t nargs, Value kw) { return V_NONE; }

static const MethodDef sys_functions[] = {
    {"excepthook", s_excepthook, METH_PLAIN, NULL},
    {"is_finalizing", s_is_finalizing, METH_PLAIN, NULL},
    {"settrace", s_settrace, METH_PLAIN, NULL},
    {"setprofile", s_setprofile, METH_PLAIN, NULL},
    {"gettrace", s_gettrace, METH_PLAIN, NULL},
    {"getprofile", s_gettrace, METH_PLAIN, NULL},
    {"displayhook", s_displayhook, METH_PLAIN, NULL},
    {"exit", s_exit, METH_PLAIN, NULL},
    {"getrecursionlimit", s_getrecursionlimit, METH_PLAIN, NULL},
    {"setrecursionlimit", s_setrecursionlimit, METH_PLAIN, NULL},
    {"get_int_max_str_digits", s_get_int_max_str_digits, METH_PLAIN, NULL},
    {"set_int_max_str_digits", s_set_int_max_str_digits, METH_PLAIN, NULL},
    {"exc_info", s_exc_info, METH_PLAIN, NULL},
    {"exception", s_exception, METH_PLAIN, NULL},
    {"intern", s_intern, METH_PLAIN, NULL},
    {"getsizeof", s_getsizeof, METH_PLAIN, NULL},
    {NULL},
};

bool sys_add_info(Task *t, DictObj *d);

static int by_name(const void *a, const void *b)
{
    return strcmp((*(const NativeModule *const *)a)->name, (*(const NativeModule *const *)b)->name);
}

/* sys.builtin_module_names: the modules written in C, sorted, as CPython
 * lists its own (the .py modules embedded in the binary are left out, as
 * CPython's files are; so are the host's, registered at run time). */
static Value builtin_module_names(void)
{
    size_t n = 0;
    while (native_modules[n]) n++;
    const NativeModule *sorted[n ? n : 1];
    memcpy(sorted, native_modules, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, by_name);
    Value names = tuple_new(n);
    for (size_t i = 0; i < n; i++) TUPLE_ITEM(names, i) = str_intern_cstr(sorted[i]->name);
    return names;
}

/* The running binary, absolute, for sys.executable (which programs use to
 * start themselves again); '' when it cannot be told, as in CPython. In an
 * embedding host it is the host's binary, as CPython embedded gives too. */
static Value executable_path(void)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf);
    return n > 0 && (size_t)n < sizeof buf ? str_new(buf, (size_t)n) : str_empty();
}

/* sys.prefix and its kin: where atoll is installed. CPython looks upward
 * from its binary for its library; atoll has none to look for, so a binary
 * in a bin directory gives that directory's parent (an install tree may be
 * moved, or given --prefix at install time), any other (the build tree,
 * or no binary known) the prefix it was configured with (CMake's
 * CMAKE_INSTALL_PREFIX). */
static Value install_prefix(Value exe)
{
    const char *s = STR_DATA(exe), *slash = strrchr(s, '/');
    if (!slash || slash - s < 4 || strncmp(slash - 4, "/bin", 4)) return str_from_cstr(ATOLL_PREFIX);
    size_t n = (size_t)(slash - s) - 4;
    return n ? str_new(s, n) : str_from_cstr("/");
}

static bool sys_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    Interp *in = t->interp;
    dict_set_cstr(d, "argv", in->argv);
    /* an embedding host may give the path and take the output */
    Host *h = in->host;
    Value path = h && h->path ? list_from_array(AS_TUPLE(h->path)->items, TUPLE_LEN(h->path)) : list_new(4);
    dict_set_cstr(d, "path", path);
    dict_set_cstr(d, "modules", OBJ_VAL(in->modules));
    Value out = file_from_stream(t, h && h->out ? h->out : stdout, "<stdout>", "w", false);
    Value err = file_from_stream(t, h && h->err ? h->err : stderr, "<stderr>", "w", false);
    Value inp = file_from_stream(t, stdin, "<stdin>", "r", false);
    dict_set_cstr(d, "stdout", out);
    dict_set_cstr(d, "stderr", err);
    dict_set_cstr(d, "stdin", inp);
    dict_set_cstr(d, "__stdout__", out);
    dict_set_cstr(d, "__stderr__", err);
    dict_set_cstr(d, "__stdin__", inp);
    dict_set_cstr(d, "__displayhook__", dict_get_cstr(d, "displayhook"));
    dict_set_cstr(d, "__excepthook__", dict_get_cstr(d, "excepthook"));
    dict_set_cstr(d, "maxsize", big_from_i64(INT64_MAX));
    dict_set_cstr(d, "maxunicode", MAKE_SMALL(0x10ffff));
    dict_set_cstr(d, "float_repr_style", str_from_cstr("short"));
    dict_set_cstr(d, "abiflags", str_empty());
    dict_set_cstr(d, "api_version", MAKE_SMALL(1013));
    dict_set_cstr(d, "warnoptions", list_new(0));
    dict_set_cstr(d, "pycache_prefix", V_NONE);
    /* finders a program adds are asked before atoll's own search
     * (vm/import.c); path hooks and their cache are CPython's alone */
    dict_set_cstr(d, "meta_path", list_new(0));
    dict_set_cstr(d, "path_hooks", list_new(0));
    dict_set_cstr(d, "path_importer_cache", OBJ_VAL(dict_new()));
    dict_set_cstr(d, "version", str_from_cstr("3.11.0 (atoll " ATOLL_VERSION ")"));
    dict_set_cstr(d, "hexversion", MAKE_SMALL(0x030b00f0));
    dict_set_cstr(d, "platform", str_from_cstr("linux"));
    dict_set_cstr(d, "byteorder", str_from_cstr("little"));
    Value exe = executable_path();
    dict_set_cstr(d, "executable", exe);
    dict_set_cstr(d, "_base_executable", exe);   /* differs only in a venv */
    Value prefix = install_prefix(exe);           /* the base_ ones differ only in a venv */
    dict_set_cstr(d, "prefix", prefix);
    dict_set_cstr(d, "base_prefix", prefix);
    dict_set_cstr(d, "exec_prefix", prefix);
    dict_set_cstr(d, "base_exec_prefix", prefix);
    dict_set_cstr(d, "platlibdir", str_from_cstr("lib"));   /* CPython's default, Debian's too */
    dict_set_cstr(d, "orig_argv", list_new(0));   /* the command line fills it (cli.c) */
    dict_set_cstr(d, "builtin_module_names", builtin_module_names());
    dict_set_cstr(d, "dont_write_bytecode", V_TRUE);
    return sys_add_info(t, d);   /* version_info, implementation, float_info... (sysinfo.c) */
}

const NativeModule sys_module = {"sys", sys_functions, sys_init};
