/* exc.c - the built-in exception types: BaseException's behaviour (args,
 * repr, str, chaining attributes) and the few subclasses with attributes of
 * their own (StopIteration, SystemExit, OSError, KeyError, ImportError,
 * NameError, AttributeError, SyntaxError; UnicodeEncodeError and
 * UnicodeDecodeError come from codecs.c). */
#include <errno.h>
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "int.h"
#include "list.h"
#include "codecs.h"
#include "alloc.h"

#define exc_object object_type
#define DEFINE_EXC(n, b) \
    Type exc_##n = {.hdr = {&type_type}, .name = #n, .base = &exc_##b, .flags = TF_BASETYPE | TF_EXC};
EXCEPTION_TYPES(DEFINE_EXC)
#undef DEFINE_EXC
#undef exc_object

#define AS_EXC(v) ((ExcObj *)(v))

/* io.UnsupportedOperation (reading a file opened for writing...) is both an
 * OSError and a ValueError, as CPython's: exc_init_types gives it its
 * second base. */
Type exc_UnsupportedOperation = {.hdr = {&type_type}, .name = "io.UnsupportedOperation",
                                 .base = &exc_OSError, .flags = TF_BASETYPE | TF_EXC};

bool exc_is_instance(Value v) { return HAS_FLAG(v, TF_EXC) && !IS_CLASS(v); }

static Value exc_alloc(Task *t, Type *type, Value args)
{
    ExcObj *e = gc_alloc(type->size);
    if (!e) return 0;
    e->hdr.type = type;
    e->args = args;
    return OBJ_VAL(e);
}

static void set_attr(Value exc, Value name, Value v)
{
    ExcObj *e = AS_EXC(exc);
    if (!e->dict) e->dict = dict_new();
    dict_set_str(e->dict, name, v);
}

static Value get_attr(Value exc, Value name)
{
    ExcObj *e = AS_EXC(exc);
    Value v = e->dict ? dict_get_str(e->dict, name) : 0;
    return v ? v : V_NONE;
}

/* --- construction ------------------------------------------------------------ */

static Value base_new(Task *t, Type *type, const Value *args, size_t nargs, Value kw)
{
    Value a = tuple_from_array(args, nargs);
    Value e = a ? exc_alloc(t, type, a) : 0;
    return e ? e : err_no_memory(t);
}

static bool base_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    if (kw && TUPLE_LEN(kw)) {
        err_format(t, &exc_TypeError, "%s() takes no keyword arguments", obj_type_name(self));
        return false;
    }
    AS_EXC(self)->args = tuple_from_array(args, nargs);
    return true;
}

Value exc_new(Task *t, Type *type, const Value *args, size_t nargs)
{
    if (type->flags & TF_HEAP)
        return obj_call(t, OBJ_VAL(type), args, nargs, 0);
    Value e = type->new_(t, type, args, nargs, 0);
    if (e && type->init != base_init && !type->init(t, e, args, nargs, 0))
        return 0;
    return e;
}

Value exc_new_msg(Task *t, Type *type, Value msg) { return exc_new(t, type, &msg, 1); }

/* --- BaseException ---------------------------------------------------------------- */

static Value base_str(Task *t, Value self)
{
    Value args = AS_EXC(self)->args;
    size_t n = args ? TUPLE_LEN(args) : 0;
    if (n == 0) return str_empty();
    if (n == 1) return obj_str(t, TUPLE_ITEM(args, 0));
    return obj_str(t, args);
}

static Value base_repr(Task *t, Value self)
{
    Value args = AS_EXC(self)->args;
    /* the type's name without its module, as CPython's _PyType_Name:
     * TaskFailed(...), not subinterpreters.TaskFailed(...) */
    const char *name = obj_type_name(self), *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    if (args && TUPLE_LEN(args) == 1)
        return str_format(t, "%s(%R)", name, TUPLE_ITEM(args, 0));
    if (!args || TUPLE_LEN(args) == 0)
        return str_format(t, "%s()", name);
    return str_format(t, "%s%R", name, args);
}

static Value get_args(Task *t, Value self) { return AS_EXC(self)->args; }

static bool set_args(Task *t, Value self, Value v)
{
    Value a = v ? tuple_from_iter(t, v) : 0;
    if (!a) return false;
    AS_EXC(self)->args = a;
    return true;
}

static Value get_tb(Task *t, Value self)
{
    Value tb = AS_EXC(self)->traceback;
    return tb ? tb : V_NONE;
}

static bool set_tb(Task *t, Value self, Value v)
{
    if (v && v != V_NONE && !IS_TYPE(v, &traceback_type)) {
        err_format(t, &exc_TypeError, "__traceback__ must be a traceback or None");
        return false;
    }
    AS_EXC(self)->traceback = v == V_NONE ? 0 : v;
    return true;
}

static Value get_cause(Task *t, Value self) { return AS_EXC(self)->cause ? AS_EXC(self)->cause : V_NONE; }
static Value get_context(Task *t, Value self) { return AS_EXC(self)->context ? AS_EXC(self)->context : V_NONE; }

static bool check_chain_value(Task *t, Value v, const char *what)
{
    if (v && v != V_NONE && !exc_is_instance(v)) {
        err_format(t, &exc_TypeError, "exception %s must be None or derive from BaseException", what);
        return false;
    }
    return true;
}

static bool set_cause(Task *t, Value self, Value v)
{
    if (!check_chain_value(t, v, "cause")) return false;
    AS_EXC(self)->cause = v == V_NONE ? 0 : v;
    AS_EXC(self)->suppress_context = true;
    return true;
}

static bool set_context(Task *t, Value self, Value v)
{
    if (!check_chain_value(t, v, "context")) return false;
    AS_EXC(self)->context = v == V_NONE ? 0 : v;
    return true;
}

static Value get_suppress(Task *t, Value self) { return V_BOOL(AS_EXC(self)->suppress_context); }

static bool set_suppress(Task *t, Value self, Value v)
{
    int b = v ? obj_truthy(t, v) : 0;
    if (b < 0) return false;
    AS_EXC(self)->suppress_context = b;
    return true;
}

static Value exc_get_dict(Task *t, Value self)
{
    if (!AS_EXC(self)->dict) AS_EXC(self)->dict = dict_new();
    return OBJ_VAL(AS_EXC(self)->dict);
}

static Value with_traceback(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "with_traceback", nargs, kw, 2, 2)) return 0;
    return set_tb(t, args[0], args[1]) ? args[0] : 0;
}

static Value add_note(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "add_note", nargs, kw, 2, 2)) return 0;
    if (!IS_STR(args[1]))
        return err_format(t, &exc_TypeError, "note must be a str, not '%s'", obj_type_name(args[1]));
    Value name = str_intern_cstr("__notes__");
    Value notes = get_attr(args[0], name);
    if (notes == V_NONE) {
        notes = list_new(1);
        set_attr(args[0], name, notes);
    }
    return list_append(t, notes, args[1]) ? V_NONE : 0;
}

static const MemberDef base_members[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_tb, set_tb},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {"__dict__", exc_get_dict, NULL},
    {NULL},
};

static const MethodDef base_methods[] = {
    {"with_traceback", with_traceback, METH_PLAIN, NULL},
    {"add_note", add_note, METH_PLAIN, NULL},
    {NULL},
};

/* --- subclasses with attributes -------------------------------------------------- */

/* StopIteration.value is the first argument; SystemExit.code is None, the
 * one argument, or the args tuple. */
static bool value_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    if (!base_init(t, self, args, nargs, kw)) return false;
    if (type_is_subtype(TYPE_OF(self), &exc_SystemExit))
        set_attr(self, NAME(code), nargs == 0 ? V_NONE : nargs == 1 ? args[0] : AS_EXC(self)->args);
    else
        set_attr(self, NAME(value), nargs == 0 ? V_NONE : args[0]);
    return true;
}

static Value key_str(Task *t, Value self)
{
    Value a = AS_EXC(self)->args;
    if (a && TUPLE_LEN(a) == 1) return obj_repr(t, TUPLE_ITEM(a, 0));
    return base_str(t, self);
}

/* ImportError(msg, name=, path=), NameError(msg, name=), AttributeError(msg, name=, obj=) */
static bool kw_attrs_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    size_t nkw = kw ? TUPLE_LEN(kw) : 0;
    AS_EXC(self)->args = tuple_from_array(args, nargs);
    set_attr(self, NAME(name), V_NONE);
    if (type_is_subtype(TYPE_OF(self), &exc_ImportError)) {
        set_attr(self, NAME(path), V_NONE);
        set_attr(self, NAME(msg), nargs ? args[0] : V_NONE);
    }
    if (type_is_subtype(TYPE_OF(self), &exc_AttributeError))
        set_attr(self, NAME(obj), V_NONE);
    for (size_t i = 0; i < nkw; i++) {
        Value k = TUPLE_ITEM(kw, i);
        if (!str_eq_cstr(k, "name") && !str_eq_cstr(k, "path") && !str_eq_cstr(k, "obj")) {
            err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for %s()", k, obj_type_name(self));
            return false;
        }
        set_attr(self, str_intern(k), args[nargs + i]);
    }
    return true;
}

static Value import_str(Task *t, Value self)
{
    Value msg = get_attr(self, NAME(msg));
    if (msg != V_NONE && TUPLE_LEN(AS_EXC(self)->args) <= 1) return obj_str(t, msg);
    return base_str(t, self);
}

/* OSError(errno, strerror[, filename]): maps errno to a subclass when called as OSError. */
static Type *oserror_subclass(Value errnum)
{
    if (!IS_SMALL(errnum)) return NULL;
    switch (SMALL_VAL(errnum)) {
    case ENOENT: return &exc_FileNotFoundError;
    case EEXIST: return &exc_FileExistsError;
    case EISDIR: return &exc_IsADirectoryError;
    case ENOTDIR: return &exc_NotADirectoryError;
    case EACCES: case EPERM: return &exc_PermissionError;
    case ECHILD: return &exc_ChildProcessError;
    case EPIPE: return &exc_BrokenPipeError;
    case ESRCH: return &exc_ProcessLookupError;
    case ETIMEDOUT: return &exc_TimeoutError;
    case EINTR: return &exc_InterruptedError;
    case ECONNREFUSED: return &exc_ConnectionRefusedError;
    case ECONNRESET: return &exc_ConnectionResetError;
    case ECONNABORTED: return &exc_ConnectionAbortedError;
    case EAGAIN: return &exc_BlockingIOError;
    default: return NULL;
    }
}

static Value oserror_new(Task *t, Type *type, const Value *args, size_t nargs, Value kw)
{
    if (type == &exc_OSError && nargs >= 2) {
        Type *sub = oserror_subclass(args[0]);
        if (sub) type = sub;
    }
    return base_new(t, type, args, nargs, kw);
}

static bool oserror_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    if (!base_init(t, self, args, nargs, kw)) return false;
    set_attr(self, NAME(errno), nargs >= 2 ? args[0] : V_NONE);
    set_attr(self, NAME(strerror), nargs >= 2 ? args[1] : V_NONE);
    set_attr(self, NAME(filename), nargs >= 3 ? args[2] : V_NONE);
    /* OSError(errno, strerror, filename, winerror, filename2) */
    set_attr(self, str_intern_cstr("filename2"), nargs >= 5 ? args[4] : V_NONE);
    if (nargs >= 2 && nargs <= 5)
        AS_EXC(self)->args = tuple_pack(2, args[0], args[1]);
    return true;
}

static Value oserror_str(Task *t, Value self)
{
    Value en = get_attr(self, NAME(errno)), se = get_attr(self, NAME(strerror));
    Value fn = get_attr(self, NAME(filename)), fn2 = get_attr(self, str_intern_cstr("filename2"));
    if (fn != V_NONE && fn2 && fn2 != V_NONE)
        return str_format(t, "[Errno %S] %S: %R -> %R", en, se, fn, fn2);
    if (fn != V_NONE) return str_format(t, "[Errno %S] %S: %R", en, se, fn);
    if (en != V_NONE && se != V_NONE) return str_format(t, "[Errno %S] %S", en, se);
    return base_str(t, self);
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
static bool syntax_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    if (!base_init(t, self, args, nargs, kw)) return false;
    static const int names[] = {NAME_filename, NAME_lineno, NAME_offset, NAME_text, NAME_end_lineno, NAME_end_offset};
    set_attr(self, NAME(msg), nargs >= 1 ? args[0] : V_NONE);
    for (int i = 0; i < 6; i++) set_attr(self, atoll_names[names[i]], V_NONE);
    set_attr(self, NAME(print_file_and_line), V_NONE);
    if (nargs == 2) {
        Value info = tuple_from_iter(t, args[1]);
        if (!info) return false;
        size_t n = TUPLE_LEN(info);
        if (n < 4 || n > 6) {
            err_format(t, &exc_IndexError, "tuple index out of range");
            return false;
        }
        for (size_t i = 0; i < n; i++) set_attr(self, atoll_names[names[i]], TUPLE_ITEM(info, i));
    }
    return true;
}

static Value syntax_str(Task *t, Value self)
{
    Value msg = get_attr(self, NAME(msg)), fn = get_attr(self, NAME(filename));
    Value ln = get_attr(self, NAME(lineno));
    Value m = obj_str(t, msg);
    if (!m) return 0;
    if (IS_STR(fn)) {
        const char *base = strrchr(STR_DATA(fn), '/');
        base = base ? base + 1 : STR_DATA(fn);
        if (IS_SMALL(ln)) return str_format(t, "%U (%s, line %S)", m, base, ln);
        return str_format(t, "%U (%s)", m, base);
    }
    if (IS_SMALL(ln)) return str_format(t, "%U (line %S)", m, ln);
    return m;
}

typedef struct ExcSpecial {
    Type *type;
    NewFn new_;
    InitFn init;
    ReprFn str;
} ExcSpecial;

void exc_init_types(void)
{
    exc_BaseException.size = sizeof(ExcObj);
    exc_BaseException.dict_offset = offsetof(ExcObj, dict);
    exc_BaseException.new_ = base_new;
    exc_BaseException.init = base_init;
    exc_BaseException.repr = base_repr;
    exc_BaseException.str = base_str;
    exc_BaseException.members = base_members;
    exc_BaseException.methods = base_methods;
    exc_BaseException.getattr = generic_getattr;
    const ExcSpecial specials[] = {
        {&exc_StopIteration, NULL, value_init, NULL},
        {&exc_SystemExit, NULL, value_init, NULL},
        {&exc_KeyError, NULL, NULL, key_str},
        {&exc_ImportError, NULL, kw_attrs_init, import_str},
        {&exc_NameError, NULL, kw_attrs_init, NULL},
        {&exc_AttributeError, NULL, kw_attrs_init, NULL},
        {&exc_OSError, oserror_new, oserror_init, oserror_str},
        {&exc_SyntaxError, NULL, syntax_init, syntax_str},
        {&exc_UnicodeEncodeError, NULL, unicode_error_init, unicode_error_str},
        {&exc_UnicodeDecodeError, NULL, unicode_error_init, unicode_error_str},
    };
    for (size_t i = 0; i < sizeof specials / sizeof *specials; i++) {
        const ExcSpecial *s = &specials[i];
        if (s->new_) s->type->new_ = s->new_;
        if (s->init) s->type->init = s->init;
        if (s->str) s->type->str = s->str;
    }
#define READY(n, b) type_ready(&exc_##n);
    EXCEPTION_TYPES(READY)
#undef READY
    Type *uo = &exc_UnsupportedOperation;
    type_ready(uo);
    uo->bases = tuple_pack(2, OBJ_VAL(&exc_OSError), OBJ_VAL(&exc_ValueError));
    uo->mro = tuple_pack(6, OBJ_VAL(uo), OBJ_VAL(&exc_OSError), OBJ_VAL(&exc_ValueError), OBJ_VAL(&exc_Exception),
                         OBJ_VAL(&exc_BaseException), OBJ_VAL(&object_type));
}
