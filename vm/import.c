/* import.c - the import system.
 *
 * A module is looked for in this interpreter's sys.modules, then among the
 * modules written in C (built-in, then an embedding host's), then the Python
 * modules embedded in the binary, then as NAME.py or NAME/__init__.py in
 * each directory of sys.path (or of the parent package's __path__). Each
 * module runs once per interpreter. The compiled code of a file is cached
 * process-wide: code objects are immutable, so every interpreter that
 * imports the file shares them. */
#include <gc/gc.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "module.h"
#include "compile.h"
#include "vm.h"
#include "import.h"
#include "embedded.h"

/* --- the process-wide code cache ------------------------------------------------- */

static struct {
    pthread_mutex_t lock;
    DictObj *by_path;          /* path -> (mtime, size, -O level, code) */
} code_cache = {PTHREAD_MUTEX_INITIALIZER, NULL};

static Value cached_code(Task *t, const char *path, const struct stat *st)
{
    pthread_mutex_lock(&code_cache.lock);
    Value e = code_cache.by_path ? dict_get_cstr(code_cache.by_path, path) : 0;
    pthread_mutex_unlock(&code_cache.lock);
    if (!e || TUPLE_ITEM(e, 0) != MAKE_SMALL(st->st_mtime) || TUPLE_ITEM(e, 1) != MAKE_SMALL(st->st_size) ||
        TUPLE_ITEM(e, 2) != MAKE_SMALL(t->interp->optimize))
        return 0;
    return TUPLE_ITEM(e, 3);
}

static void cache_code(Task *t, const char *path, const struct stat *st, Value code)
{
    Value e = tuple_pack(4, MAKE_SMALL(st->st_mtime), MAKE_SMALL(st->st_size), MAKE_SMALL(t->interp->optimize), code);
    pthread_mutex_lock(&code_cache.lock);
    if (!code_cache.by_path) {
        code_cache.by_path = dict_new();
        GC_add_roots(&code_cache.by_path, &code_cache.by_path + 1);
    }
    dict_set_cstr(code_cache.by_path, path, e);
    pthread_mutex_unlock(&code_cache.lock);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = GC_MALLOC_ATOMIC(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) buf = GC_REALLOC(buf, cap *= 2);
    }
    fclose(fp);
    *len = n;
    return buf;
}

static Value compile_file(Task *t, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return err_format(t, &exc_FileNotFoundError, "[Errno 2] No such file or directory: '%s'", path);
    Value code = cached_code(t, path, &st);
    if (code) return code;
    size_t len;
    char *src = read_file(path, &len);
    if (!src) return err_format(t, &exc_OSError, "cannot read '%s'", path);
    code = compile_source(t, src, len, path, PARSE_FILE);
    if (code) cache_code(t, path, &st, code);
    return code;
}

/* --- running modules ------------------------------------------------------------ */

static Value new_module(Task *t, Value name)
{
    Value m = module_new(t, name);
    if (!m) return 0;
    dict_set_str(module_dict(m), NAME(__builtins__), t->interp->builtins_mod);
    return m;
}

/* Registers m, runs code in it; on failure removes it again. */
static Value exec_module(Task *t, Value name, Value m, Value code)
{
    DictObj *modules = t->interp->modules;
    dict_set(t, modules, name, m);
    AS_MODULE(m)->initializing = true;
    bool ok = vm_run_code(t, AS_CODE(code), module_dict(m), 0) != 0;
    AS_MODULE(m)->initializing = false;
    if (!ok) {
        Value exc = err_fetch(t);
        dict_del(t, modules, name);
        err_clear(t);
        t->exc = exc;
        return 0;
    }
    /* the module may have replaced itself in sys.modules */
    Value r = dict_get(t, modules, name);
    return r ? r : m;
}

static void set_package(Task *t, Value m, Value name, bool package)
{
    DictObj *d = module_dict(m);
    if (package) {
        dict_set_str(d, NAME(__package__), name);
        return;
    }
    const char *s = STR_DATA(name), *dot = strrchr(s, '.');
    dict_set_str(d, NAME(__package__), dot ? str_new(s, dot - s) : str_empty());
}

/* Where CPython would keep the compiled code of a source file
 * (importlib.util.cache_from_source): DIR/__pycache__/STEM.cpython-311.pyc.
 * atoll writes no such file, but programs print and compare __cached__,
 * and CPython sets it even when it writes none (-B). */
static Value cached_path(const char *path)
{
    const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path, *dot = strrchr(base, '.');
    int dirlen = (int)(base - path), stemlen = dot ? (int)(dot - base) : (int)strlen(base);
    size_t n = strlen(path) + 32;
    char *buf = GC_MALLOC_ATOMIC(n);
    snprintf(buf, n, "%.*s__pycache__/%.*s.cpython-311.pyc", dirlen, path, stemlen, base);
    return str_from_cstr(buf);
}

Value import_exec_file(Task *t, Value name, const char *path, bool package)
{
    Value code = compile_file(t, path);
    if (!code) return 0;
    Value m = new_module(t, name);
    if (!m) return 0;
    DictObj *d = module_dict(m);
    dict_set_str(d, NAME(__file__), str_from_cstr(path));
    dict_set_str(d, NAME(__cached__), cached_path(path));
    set_package(t, m, name, package);
    if (package) {
        const char *slash = strrchr(path, '/');
        Value dir = slash ? str_new(path, slash - path) : str_from_cstr(".");
        dict_set_str(d, NAME(__path__), list_from_array(&dir, 1));
    }
    return exec_module(t, name, m, code);
}

static Value exec_embedded(Task *t, Value name, const EmbeddedModule *em)
{
    /* compiled once per process, as files are: the source never changes */
    struct stat st = {.st_mtime = 0, .st_size = (off_t)em->size};
    Value code = cached_code(t, em->filename, &st);
    if (!code) {
        code = compile_source(t, em->source, em->size, em->filename, PARSE_FILE);
        if (!code) return 0;
        cache_code(t, em->filename, &st, code);
    }
    Value m = new_module(t, name);
    if (!m) return 0;
    set_package(t, m, name, em->package);
    if (em->package) dict_set_str(module_dict(m), NAME(__path__), list_new(0));
    return exec_module(t, name, m, code);
}

/* --- finding modules -------------------------------------------------------------- */

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A namespace package (PEP 420): no file of its own (__file__ None), a
 * __path__ listing the directories of that name without an __init__.py. */
static Value namespace_package(Task *t, Value fullname, Value portions)
{
    Value m = new_module(t, fullname);
    if (!m) return 0;
    set_package(t, m, fullname, true);
    dict_set_str(module_dict(m), NAME(__path__), portions);
    dict_set_str(module_dict(m), NAME(__file__), V_NONE);
    return dict_set(t, t->interp->modules, fullname, m) ? m : 0;
}

/* The directory a sys.path entry names, absolute as CPython 3.11's finder
 * makes it, so that __file__ and __path__ are: a relative entry is joined
 * to the working directory of the moment ('' and '.' are that directory
 * itself), trailing slashes dropped ("" stands for the root, which the
 * caller's "/" completes). NULL without a working directory: CPython then
 * skips the entry. */
static char *entry_dir(const char *entry)
{
    char cwd[4096] = "";
    bool relative = entry[0] != '/';
    if (relative && !getcwd(cwd, sizeof cwd)) return NULL;
    if (!strcmp(entry, ".")) entry = "";
    size_t h = relative ? strlen(cwd) : 0, n = strlen(entry);
    while (h && cwd[h - 1] == '/') h--;
    while (n && entry[n - 1] == '/') n--;
    char *dir = GC_MALLOC_ATOMIC(h + n + 2);
    snprintf(dir, h + n + 2, "%.*s%s%.*s", (int)h, cwd, relative && n ? "/" : "", (int)n, entry);
    return dir;
}

/* Where a module's source is, found without running it. */
typedef struct Found {
    enum { FOUND_NONE, FOUND_MODULE, FOUND_PACKAGE, FOUND_NAMESPACE, FOUND_EXTENSION } kind;
    char *file;                /* the .py file, the package's __init__.py, or the extension */
    Value portions;            /* a namespace package's directories */
} Found;

/* The file names of CPython's C extension modules (its EXTENSION_SUFFIXES). */
static const char *const extension_suffixes[] = {
#if defined(__x86_64__)
    ".cpython-311-x86_64-linux-gnu.so",
#elif defined(__aarch64__)
    ".cpython-311-aarch64-linux-gnu.so",
#endif
    ".abi3.so", ".so", NULL,
};

/* A C extension module called last in directory d, or NULL. */
static char *extension_in(const char *d, const char *last)
{
    for (int i = 0; extension_suffixes[i]; i++) {
        size_t n = strlen(d) + strlen(last) + strlen(extension_suffixes[i]) + 2;
        char *buf = GC_MALLOC_ATOMIC(n);
        snprintf(buf, n, "%s/%s%s", d, last, extension_suffixes[i]);
        if (is_file(buf)) return buf;
    }
    return NULL;
}

/* Looks for last (the final name component) in the directories of `path`,
 * in CPython's order: in the first directory that has one, a regular
 * package, a C extension (which atoll cannot load: an ImportError rather
 * than a namespace package of its stub files), a module; failing all, the
 * directories named last make a namespace package. */
static Found locate_in_path(Task *t, const char *last, Value path)
{
    Found f = {FOUND_NONE, NULL, 0};
    if (!path || !IS_LIST(path)) return f;
    for (size_t i = 0; i < AS_LIST(path)->len; i++) {
        Value dir = AS_LIST(path)->items[i];
        const char *d = IS_STR(dir) ? entry_dir(STR_DATA(dir)) : NULL;
        if (!d) continue;
        size_t n = strlen(d) + strlen(last) + 16;
        char *buf = GC_MALLOC_ATOMIC(n);
        snprintf(buf, n, "%s/%s/__init__.py", d, last);
        if (is_file(buf)) return (Found){FOUND_PACKAGE, buf, 0};
        char *ext = extension_in(d, last);
        if (ext) return (Found){FOUND_EXTENSION, ext, 0};
        snprintf(buf, n, "%s/%s.py", d, last);
        if (is_file(buf)) return (Found){FOUND_MODULE, buf, 0};
        snprintf(buf, n, "%s/%s", d, last);
        if (is_dir(buf)) {
            if (!f.portions) f = (Found){FOUND_NAMESPACE, NULL, list_new(1)};
            list_append(t, f.portions, str_from_cstr(buf));
        }
    }
    return f;
}

static Value find_in_path(Task *t, Value fullname, const char *last, Value path)
{
    Found f = locate_in_path(t, last, path);
    switch (f.kind) {
    case FOUND_MODULE: return import_exec_file(t, fullname, f.file, false);
    case FOUND_PACKAGE: return import_exec_file(t, fullname, f.file, true);
    case FOUND_NAMESPACE: return namespace_package(t, fullname, f.portions);
    case FOUND_EXTENSION:
        return err_format(t, &exc_ImportError, "cannot import %U: atoll cannot load C extension modules ('%s')",
                          fullname, f.file);
    default: return 0;
    }
}

/* notpkg: the parent's name when the parent is a module, not a package
 * (CPython then says so). */
/* A package's __path__, or 0: sys.modules may hold any object, not only modules. */
static Value package_path(Task *t, Value m)
{
    if (IS_MODULE(m)) return dict_get_str(module_dict(m), NAME(__path__));
    return obj_getattr_opt(t, m, NAME(__path__));
}

/* ModuleNotFoundError(msg, name=fullname) */
static Value raise_not_found(Task *t, Value msg, Value fullname)
{
    Value args[2] = {msg, fullname};
    Value e = msg ? obj_call(t, OBJ_VAL(&exc_ModuleNotFoundError), args, 1, tuple_pack(1, NAME(name))) : 0;
    return e ? err_set(t, e) : 0;
}

static Value not_found(Task *t, Value fullname, Value notpkg)
{
    return raise_not_found(t, notpkg ? str_format(t, "No module named %R; %R is not a package", fullname, notpkg)
                                     : str_format(t, "No module named %R", fullname), fullname);
}

/* The C module called name, or NULL. */
static const NativeModule *native_find(const char *name)
{
    for (const NativeModule *const *nm = native_modules; *nm; nm++)
        if (!strcmp((*nm)->name, name)) return *nm;
    return NULL;
}

/* The module the finders a program put on sys.meta_path load for
 * fullname (importlib.util._load_from_finders), or 0: none did, or one
 * failed (the exception pending). An empty meta_path costs one lookup. */
static Value from_meta_path(Task *t, Value fullname, Value parent)
{
    Value finders = interp_sys_get(t, "meta_path");
    if (!finders || !IS_LIST(finders) || !AS_LIST(finders)->len) return 0;
    Value util = import_module(t, "importlib.util");
    Value load = util ? obj_getattr(t, util, str_intern_cstr("_load_from_finders")) : 0;
    Value path = parent ? package_path(t, parent) : V_NONE;
    if (!load || (!path && t->exc)) return 0;
    Value args[2] = {fullname, path ? path : V_NONE};
    Value m = obj_call(t, load, args, 2, 0);
    return m == V_NONE ? 0 : m;
}

/* Imports fullname whose parent (0 for top level) is already imported. */
static Value load_module(Task *t, Value fullname, Value parent)
{
    Value m = dict_get(t, t->interp->modules, fullname);
    if (m == V_NONE) return raise_not_found(t, str_format(t, "import of %U halted; None in sys.modules", fullname), fullname);
    if (m) return m;
    if (t->exc) return 0;
    const char *full = STR_DATA(fullname);
    const char *last = strrchr(full, '.');
    last = last ? last + 1 : full;
    if ((m = from_meta_path(t, fullname, parent)) || t->exc) {
        if (m && parent && !obj_setattr(t, parent, str_intern_cstr(last), m)) return 0;
        return m;
    }
    if (!parent) {
        const NativeModule *nm = native_find(full);
        if (nm) {
            m = module_from_native(t, nm);
            if (m) dict_set(t, t->interp->modules, fullname, m);
            return m;
        }
        /* then the modules of C functions an embedding host registered */
        Host *h = t->interp->host;
        if (h && h->find_module) {
            m = h->find_module(t, h, fullname);
            if (m) dict_set(t, t->interp->modules, fullname, m);
            if (m || t->exc) return m;
        }
    }
    const EmbeddedModule *em = embedded_find(full);
    if (em) {
        m = exec_embedded(t, fullname, em);
    } else {
        Value path = parent ? package_path(t, parent) : interp_sys_get(t, "path");
        if (t->exc) return 0;
        if (parent && !path) return not_found(t, fullname, str_new(full, last - 1 - full));
        m = find_in_path(t, fullname, last, path);
    }
    if (!m) return t->exc ? 0 : not_found(t, fullname, 0);
    if (parent && !obj_setattr(t, parent, str_intern_cstr(last), m)) return 0;
    return m;
}

/* Imports every prefix of the dotted name; returns the leaf. */
static Value import_dotted(Task *t, Value fullname, Value *top)
{
    const char *s = STR_DATA(fullname);
    Value parent = 0;
    for (const char *p = s;;) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - s) : STR_SIZE(fullname);
        Value prefix = dot ? str_new(s, n) : fullname;
        Value m = load_module(t, prefix, parent);
        if (!m) return 0;
        if (!parent && top) *top = m;
        parent = m;
        if (!dot) return m;
        p = dot + 1;
    }
}


/* After `from package import name` failed to import package.name: true,
 * the exception cleared, when package.name itself does not exist (name may
 * be a plain attribute, which IMPORT_FROM looks up next); an error raised
 * while running the submodule, even a ModuleNotFoundError for another
 * module, is the caller's. */
static bool submodule_missing(Task *t, Value sub)
{
    if (!err_matches(t, &exc_ModuleNotFoundError)) return false;
    Value exc = err_fetch(t);
    Value missing = obj_getattr_opt(t, exc, NAME(name));
    if (missing && IS_STR(missing) && str_eq(missing, sub)) return true;
    err_clear(t);
    err_set(t, exc);
    return false;
}
/* The package a relative import in `globals` is relative to. */
static Value resolve_relative(Task *t, Value name, DictObj *globals, int64_t level)
{
    Value pkg = dict_get_str(globals, NAME(__package__));
    if (!pkg || !IS_STR(pkg)) {
        Value modname = dict_get_str(globals, NAME(__name__));
        if (!modname || !IS_STR(modname))
            return err_format(t, &exc_ImportError, "attempted relative import with no known parent package");
        if (dict_get_str(globals, NAME(__path__))) {
            pkg = modname;
        } else {
            const char *dot = strrchr(STR_DATA(modname), '.');
            pkg = dot ? str_new(STR_DATA(modname), dot - STR_DATA(modname)) : str_empty();
        }
    }
    if (STR_SIZE(pkg) == 0)
        return err_format(t, &exc_ImportError, "attempted relative import with no known parent package");
    const char *s = STR_DATA(pkg);
    size_t n = STR_SIZE(pkg);
    for (int64_t i = 1; i < level; i++) {
        const char *dot = NULL;
        for (size_t k = n; k-- > 0;)
            if (s[k] == '.') { dot = s + k; break; }
        if (!dot) return err_format(t, &exc_ImportError, "attempted relative import beyond top-level package");
        n = dot - s;
    }
    Value base = str_new(s, n);
    if (STR_SIZE(name) == 0) return base;
    return str_format(t, "%U.%U", base, name);
}

Value import_name(Task *t, Value name, DictObj *globals, Value fromlist, Value level)
{
    int64_t lv = IS_SMALL(level) ? SMALL_VAL(level) : 0;
    if (lv < 0) return err_format(t, &exc_ValueError, "level must be >= 0");
    Value full = name;
    if (lv > 0) {
        full = resolve_relative(t, name, globals, lv);
        if (!full) return 0;
    } else if (STR_SIZE(name) == 0) {
        return err_format(t, &exc_ValueError, "Empty module name");
    }
    Value top = 0;
    Value leaf = import_dotted(t, full, &top);
    if (!leaf) return 0;
    bool has_from = fromlist && fromlist != V_NONE && IS_TUPLE(fromlist) && TUPLE_LEN(fromlist) > 0;
    if (!has_from) {
        if (lv == 0) return top;
        /* `import .a.b` is not syntax; a relative import without names returns the base */
        return leaf;
    }
    /* from package import submodule: import the submodules named */
    Value path = IS_MODULE(leaf) ? dict_get_str(module_dict(leaf), NAME(__path__)) : 0;
    for (size_t i = 0; path && i < TUPLE_LEN(fromlist); i++) {
        Value item = TUPLE_ITEM(fromlist, i);
        if (str_eq_cstr(item, "*") || dict_get_str(module_dict(leaf), item)) continue;
        Value sub = str_format(t, "%U.%U", full, item);
        if (!load_module(t, sub, leaf) && !submodule_missing(t, sub)) return 0;
    }
    return leaf;
}

Value import_from(Task *t, Value module, Value name)
{
    Value v = obj_getattr_opt(t, module, name);
    if (v || t->exc) return v;
    Value modname = obj_getattr_opt(t, module, NAME(__name__));
    err_clear(t);
    if (modname && IS_STR(modname)) {
        Value full = str_format(t, "%U.%U", modname, name);
        v = dict_get(t, t->interp->modules, full);
        if (v) return v;
        Value file = obj_getattr_opt(t, module, NAME(__file__));
        err_clear(t);
        const char *partly = IS_MODULE(module) && AS_MODULE(module)->initializing ? "partially initialized module " : "";
        const char *cycle = *partly ? " (most likely due to a circular import)" : "";
        Value e;
        if (file && IS_STR(file))
            e = str_format(t, "cannot import name %R from %s%R%s (%U)", name, partly, modname, cycle, file);
        else
            e = str_format(t, "cannot import name %R from %s%R%s (unknown location)", name, partly, modname, cycle);
        Value args[3] = {e, modname, file ? file : V_NONE};
        Value kwn = tuple_pack(2, NAME(name), NAME(path));
        Value exc = obj_call(t, OBJ_VAL(&exc_ImportError), args, 1, kwn);
        return exc ? err_set(t, exc) : 0;
    }
    return err_format(t, &exc_ImportError, "cannot import name %R", name);
}

bool import_star(Task *t, Value module, Value locals)
{
    Value all = obj_getattr_opt(t, module, NAME(__all__));
    if (t->exc) return false;
    DictObj *md = IS_MODULE(module) ? module_dict(module) : NULL;
    if (all) {
        Value it = obj_iter(t, all);
        if (!it) return false;
        for (Value k; (k = obj_next(t, it));) {
            Value v = obj_getattr(t, module, k);
            if (!v || !obj_setitem(t, locals, k, v)) return false;
        }
        return !t->exc;
    }
    if (!md) return err_format(t, &exc_ImportError, "from-import-* object has no __dict__ and no __all__"), false;
    size_t pos = 0;
    Value k, v;
    while (dict_next(md, &pos, &k, &v)) {
        if (IS_STR(k) && STR_DATA(k)[0] == '_') continue;
        if (!obj_setitem(t, locals, k, v)) return false;
    }
    return true;
}

Value import_module(Task *t, const char *name)
{
    return import_dotted(t, str_from_cstr(name), NULL);
}

/* --- finding the code to run as __main__ (-m, runpy.run_module) -------------------- */

/* The parent of a dotted name, or the empty string. */
static Value parent_name(Value name)
{
    const char *s = STR_DATA(name), *dot = strrchr(s, '.');
    return dot ? str_new(s, dot - s) : str_empty();
}

/* A parent package that cannot be found is the caller's error, not an
 * exception (CPython's "Error while finding module specification"); one
 * that fails while running is its own, and propagates. 0 when it
 * propagates. */
static Value parent_missing(Task *t, Value name, Value parent)
{
    if (!err_matches(t, &exc_ModuleNotFoundError)) return 0;
    Value exc = err_fetch(t);
    Value missing = obj_getattr_opt(t, exc, NAME(name));
    err_clear(t);
    const char *p = STR_DATA(parent);
    size_t n = missing && IS_STR(missing) ? STR_SIZE(missing) : 0;
    if (!n || strncmp(p, STR_DATA(missing), n) != 0 || (p[n] && p[n] != '.')) {
        t->exc = exc;
        return 0;
    }
    Value msg = obj_str(t, exc);
    return msg ? str_format(t, "Error while finding module specification for %R (ModuleNotFoundError: %U)", name, msg)
               : 0;
}

/* A package runs as its __main__ submodule. */
static Value package_main(Task *t, Value name)
{
    const char *s = STR_DATA(name), *dot = strrchr(s, '.');
    if (!strcmp(dot ? dot + 1 : s, "__main__")) return str_from_cstr("Cannot use package as __main__ module");
    Value r = import_find_source(t, str_format(t, "%U.__main__", name));
    if (!r || !IS_STR(r)) return r;
    return str_format(t, "%U; %R is a package and cannot be directly executed", r, name);
}

Value import_find_source(Task *t, Value name)
{
    if (STR_SIZE(name) == 0) return str_from_cstr("No module named ");
    if (STR_DATA(name)[0] == '.') return str_from_cstr("Relative module names not supported");
    Value parent = parent_name(name), path;
    const char *full = STR_DATA(name), *last = full + (STR_SIZE(parent) ? STR_SIZE(parent) + 1 : 0);
    if (STR_SIZE(parent)) {
        Value m = import_dotted(t, parent, NULL);
        if (!m) return parent_missing(t, name, parent);
        if (!(path = package_path(t, m)))
            return t->exc ? 0 : str_format(t, "Error while finding module specification for %R (ModuleNotFoundError: "
                                              "__path__ attribute not found on %R while trying to find %R)",
                                           name, parent, name);
    } else {
        if (native_find(full)) return str_format(t, "No code object available for %U", name);
        if (!(path = interp_sys_get(t, "path")) && t->exc) return 0;
    }
    const EmbeddedModule *em = embedded_find(full);
    if (em && em->package) return package_main(t, name);
    if (em) return tuple_pack(4, str_from_cstr(em->filename), str_new(em->source, em->size), parent, V_NONE);
    Found f = locate_in_path(t, last, path);
    if (f.kind == FOUND_NONE) return str_format(t, "No module named %U", name);
    if (f.kind == FOUND_EXTENSION) return str_format(t, "%U is a C extension module, which atoll cannot load", name);
    if (f.kind != FOUND_MODULE) return package_main(t, name);
    return tuple_pack(4, str_from_cstr(f.file), V_NONE, parent, cached_path(f.file));
}

/* --- importlib's view ------------------------------------------------------------- */

Value import_locate(Task *t, Value name)
{
    Value parent = parent_name(name), path;
    const char *full = STR_DATA(name), *last = full + (STR_SIZE(parent) ? STR_SIZE(parent) + 1 : 0);
    if (STR_SIZE(parent)) {
        Value m = import_dotted(t, parent, NULL);
        if (!m) return 0;
        if (!(path = package_path(t, m))) {
            if (t->exc) return 0;
            return err_format(t, &exc_ModuleNotFoundError, "__path__ attribute not found on %R while trying to find %R",
                              parent, name);
        }
    } else {
        Host *h = t->interp->host;
        if (native_find(full) || (h && h->find_module && dict_get(t, t->interp->modules, name)))
            return tuple_pack(3, str_from_cstr("builtin"), str_from_cstr("built-in"), V_NONE);
        if (!(path = interp_sys_get(t, "path")) && t->exc) return 0;
    }
    const EmbeddedModule *em = embedded_find(full);
    if (em) return tuple_pack(3, str_from_cstr("embedded"), str_from_cstr(em->filename), em->package ? list_new(0) : V_NONE);
    Found f = locate_in_path(t, last, path);
    switch (f.kind) {
    case FOUND_MODULE: return tuple_pack(3, str_from_cstr("source"), str_from_cstr(f.file), V_NONE);
    case FOUND_EXTENSION: return tuple_pack(3, str_from_cstr("extension"), str_from_cstr(f.file), V_NONE);
    case FOUND_NAMESPACE: return tuple_pack(3, str_from_cstr("namespace"), V_NONE, f.portions);
    case FOUND_PACKAGE: {
        const char *slash = strrchr(f.file, '/');
        Value dir = str_new(f.file, slash - f.file);
        return tuple_pack(3, str_from_cstr("package"), str_from_cstr(f.file), list_from_array(&dir, 1));
    }
    default: return V_NONE;
    }
}

Value import_reload(Task *t, Value m)
{
    if (!IS_MODULE(m)) return err_format(t, &exc_TypeError, "reload() argument must be a module");
    DictObj *d = module_dict(m);
    Value name = dict_get_str(d, NAME(__name__));
    if (!name || !IS_STR(name)) return err_format(t, &exc_TypeError, "reload() argument must be a module");
    if (dict_get(t, t->interp->modules, name) != m)
        return t->exc ? 0 : err_format(t, &exc_ImportError, "module %U not in sys.modules", name);
    const EmbeddedModule *em = embedded_find(STR_DATA(name));
    Value file = dict_get_str(d, NAME(__file__));
    Value code;
    if (em) code = compile_source(t, em->source, em->size, em->filename, PARSE_FILE);
    else if (file && IS_STR(file)) code = compile_file(t, STR_DATA(file));
    else return m;                   /* a module of C functions: nothing to run again */
    if (!code) return 0;
    AS_MODULE(m)->initializing = true;
    bool ok = vm_run_code(t, AS_CODE(code), d, 0) != 0;
    AS_MODULE(m)->initializing = false;
    if (!ok) return 0;
    Value r = dict_get(t, t->interp->modules, name);
    return r ? r : m;
}
