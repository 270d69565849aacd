/* func.c - callables: Python functions and their argument binding,
 * built-in functions and methods, bound methods, closure cells. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "func.h"
#include "vm.h"
#include "module.h"
#include "alloc.h"

/* --- functions -------------------------------------------------------------------- */

Value func_new(Task *t, CodeObj *code, DictObj *globals, Value qualname)
{
    FuncObj *f = gc_alloc(sizeof *f);
    if (!f) return err_no_memory(t);
    f->hdr.type = &func_type;
    f->code = code;
    f->globals = globals;
    Value b = dict_get_str(globals, NAME(__builtins__));
    if (b && IS_TYPE(b, &module_type)) f->builtins = module_dict(b);
    else if (b && IS_DICT(b)) f->builtins = AS_DICT(b);
    else f->builtins = t->interp->builtins;
    f->name = code->name;
    f->qualname = qualname ? qualname : code->qualname;
    f->doc = code->doc;
    Value m = dict_get_str(globals, NAME(__name__));
    f->module = m ? m : V_NONE;
    return OBJ_VAL(f);
}

static Value func_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    return vm_call_function(t, AS_FUNC(self), args, nargs, kw);
}

static Value func_get(Task *t, Value self, Value obj, Type *type)
{
    return obj ? method_new(self, obj) : self;
}

static Value func_repr(Task *t, Value self)
{
    return str_format(t, "<function %U at %p>", AS_FUNC(self)->qualname, (void *)self);
}

static Value f_name(Task *t, Value s) { return AS_FUNC(s)->name; }
static Value f_qualname(Task *t, Value s) { return AS_FUNC(s)->qualname; }
static Value f_doc(Task *t, Value s) { return AS_FUNC(s)->doc; }
static Value f_module(Task *t, Value s) { return AS_FUNC(s)->module; }
static Value f_code(Task *t, Value s) { return OBJ_VAL(AS_FUNC(s)->code); }
static Value f_globals(Task *t, Value s) { return OBJ_VAL(AS_FUNC(s)->globals); }
static Value f_defaults(Task *t, Value s) { return AS_FUNC(s)->defaults ? AS_FUNC(s)->defaults : V_NONE; }
static Value f_kwdefaults(Task *t, Value s) { return AS_FUNC(s)->kwdefaults ? AS_FUNC(s)->kwdefaults : V_NONE; }
static Value f_closure(Task *t, Value s) { return AS_FUNC(s)->closure ? AS_FUNC(s)->closure : V_NONE; }

static Value f_annotations(Task *t, Value s)
{
    FuncObj *f = AS_FUNC(s);
    if (!f->annotations) f->annotations = dict_new_value();
    return f->annotations;
}

static Value f_dict(Task *t, Value s)
{
    FuncObj *f = AS_FUNC(s);
    if (!f->dict) f->dict = dict_new();
    return OBJ_VAL(f->dict);
}

static bool set_str_attr(Task *t, Value *slot, Value v, const char *what)
{
    if (!v || !IS_STR(v)) {
        err_format(t, &exc_TypeError, "__%s__ must be set to a string object", what);
        return false;
    }
    *slot = v;
    return true;
}

static bool f_set_name(Task *t, Value s, Value v) { return set_str_attr(t, &AS_FUNC(s)->name, v, "name"); }
static bool f_set_qualname(Task *t, Value s, Value v) { return set_str_attr(t, &AS_FUNC(s)->qualname, v, "qualname"); }
static bool f_set_doc(Task *t, Value s, Value v) { AS_FUNC(s)->doc = v ? v : V_NONE; return true; }
static bool f_set_module(Task *t, Value s, Value v) { AS_FUNC(s)->module = v ? v : V_NONE; return true; }

static bool f_set_annotations(Task *t, Value s, Value v)
{
    if (v && v != V_NONE && !IS_DICT(v)) {
        err_format(t, &exc_TypeError, "__annotations__ must be set to a dict object");
        return false;
    }
    AS_FUNC(s)->annotations = v == V_NONE ? 0 : v;
    return true;
}

static bool f_set_defaults(Task *t, Value s, Value v)
{
    if (v && v != V_NONE && !IS_TUPLE(v)) {
        err_format(t, &exc_TypeError, "__defaults__ must be set to a tuple object");
        return false;
    }
    AS_FUNC(s)->defaults = v == V_NONE || !v || TUPLE_LEN(v) == 0 ? 0 : v;
    return true;
}

static bool f_set_kwdefaults(Task *t, Value s, Value v)
{
    if (v && v != V_NONE && !IS_DICT(v)) {
        err_format(t, &exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return false;
    }
    AS_FUNC(s)->kwdefaults = v == V_NONE ? 0 : v;
    return true;
}

static const MemberDef func_members[] = {
    {"__name__", f_name, f_set_name}, {"__qualname__", f_qualname, f_set_qualname},
    {"__doc__", f_doc, f_set_doc}, {"__module__", f_module, f_set_module},
    {"__code__", f_code, NULL}, {"__globals__", f_globals, NULL},
    {"__defaults__", f_defaults, f_set_defaults}, {"__kwdefaults__", f_kwdefaults, f_set_kwdefaults},
    {"__closure__", f_closure, NULL}, {"__annotations__", f_annotations, f_set_annotations},
    {"__dict__", f_dict, NULL},
    {NULL},
};

Type func_type = {
    .hdr = {&type_type}, .name = "function", .size = sizeof(FuncObj),
    .dict_offset = offsetof(FuncObj, dict), .flags = TF_ABSTRACT_NEW,
    .call = func_call, .descr_get = func_get, .repr = func_repr, .members = func_members,
};
REGISTER_TYPE(func_type);

/* --- argument binding ----------------------------------------------------------------- */

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static Value name_list(Task *t, Value *names, size_t n)
{
    StrBuf b;
    sb_init(&b, 32);
    for (size_t i = 0; i < n; i++) {
        if (i > 0) sb_puts(&b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        sb_putc(&b, '\'');
        sb_putv(&b, names[i]);
        sb_putc(&b, '\'');
    }
    return sb_finish(&b);
}

static bool missing_error(Task *t, FuncObj *f, Value *locals, int from, int to, bool kwonly)
{
    CodeObj *co = f->code;
    Value *names = gc_alloc((to - from + 1) * sizeof(Value));
    size_t n = 0;
    for (int i = from; i < to; i++)
        if (!locals[i]) names[n++] = TUPLE_ITEM(co->varnames, i);
    err_format(t, &exc_TypeError, "%U() missing %zu required %s argument%s: %U", f->qualname, n,
               kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", name_list(t, names, n));
    return false;
}

static bool too_many_error(Task *t, FuncObj *f, size_t nargs, Value *locals)
{
    CodeObj *co = f->code;
    size_t ndef = f->defaults ? TUPLE_LEN(f->defaults) : 0;
    size_t max = co->argcount, min = max - ndef;
    size_t kwgiven = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) kwgiven += locals[i] != 0;
    Value takes = min == max ? str_format(t, "%zu positional argument%s", max, max == 1 ? "" : "s")
                             : str_format(t, "from %zu to %zu positional arguments", min, max);
    if (kwgiven)
        err_format(t, &exc_TypeError,
                   "%U() takes %U but %zu positional argument%s (and %zu keyword-only argument%s) were given",
                   f->qualname, takes, nargs, nargs == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s");
    else
        err_format(t, &exc_TypeError, "%U() takes %U but %zu %s given", f->qualname, takes, nargs,
                   nargs == 1 ? "was" : "were");
    return false;
}

/* Where keyword `name` goes: its parameter index, or -1. */
static int kw_index(CodeObj *co, Value name, int from, int to)
{
    for (int i = from; i < to; i++)
        if (TUPLE_ITEM(co->varnames, i) == name) return i;
    for (int i = from; i < to; i++)
        if (str_eq(TUPLE_ITEM(co->varnames, i), name)) return i;
    return -1;
}

static bool bind_keywords(Task *t, FuncObj *f, Value *locals, const Value *kwvals, Value kwnames, Value kwdict)
{
    CodeObj *co = f->code;
    int total = co->argcount + co->kwonlyargcount;
    Value posonly_names = 0;
    for (size_t k = 0; k < TUPLE_LEN(kwnames); k++) {
        Value name = TUPLE_ITEM(kwnames, k);
        int i = kw_index(co, name, co->posonlyargcount, total);
        if (i >= 0) {
            if (locals[i]) {
                err_format(t, &exc_TypeError, "%U() got multiple values for argument '%U'", f->qualname, name);
                return false;
            }
            locals[i] = kwvals[k];
        } else if (kwdict) {
            if (!dict_set(t, AS_DICT(kwdict), name, kwvals[k])) return false;
        } else if (kw_index(co, name, 0, co->posonlyargcount) >= 0) {
            posonly_names = posonly_names ? str_format(t, "%U, %U", posonly_names, name) : name;
        } else {
            err_format(t, &exc_TypeError, "%U() got an unexpected keyword argument '%U'", f->qualname, name);
            return false;
        }
    }
    if (posonly_names) {
        err_format(t, &exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                   f->qualname, posonly_names);
        return false;
    }
    return true;
}

bool func_bind_args(Task *t, FuncObj *f, Value *locals, const Value *args, size_t nargs, Value kwnames)
{
    CodeObj *co = f->code;
    size_t argc = co->argcount;
    int slot = co->argcount + co->kwonlyargcount;
    Value kwdict = 0;
    if (co->flags & CO_VARARGS) {
        size_t extra = nargs > argc ? nargs - argc : 0;
        locals[slot++] = extra ? tuple_from_array(args + argc, extra) : tuple_empty();
    }
    if (co->flags & CO_VARKW) {
        kwdict = dict_new_value();
        locals[slot] = kwdict;
    }
    size_t npos = nargs < argc ? nargs : argc;
    for (size_t i = 0; i < npos; i++) locals[i] = args[i];
    if (kwnames && TUPLE_LEN(kwnames) && !bind_keywords(t, f, locals, args + nargs, kwnames, kwdict))
        return false;
    if (nargs > argc && !(co->flags & CO_VARARGS)) return too_many_error(t, f, nargs, locals);
    size_t ndef = f->defaults ? TUPLE_LEN(f->defaults) : 0;
    size_t first_default = argc - ndef;
    bool missing = false;
    for (size_t i = nargs; i < argc; i++) {
        if (locals[i]) continue;
        if (i >= first_default) locals[i] = TUPLE_ITEM(f->defaults, i - first_default);
        else missing = true;
    }
    if (missing) return missing_error(t, f, locals, 0, (int)first_default, false);
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++) {
        if (locals[i]) continue;
        Value d = f->kwdefaults ? dict_get_str(AS_DICT(f->kwdefaults), TUPLE_ITEM(co->varnames, i)) : 0;
        if (d) locals[i] = d;
        else missing = true;
    }
    if (missing) return missing_error(t, f, locals, co->argcount, co->argcount + co->kwonlyargcount, true);
    return true;
}

/* --- built-in functions and methods ---------------------------------------------------- */

Value native_new(const MethodDef *def, Value self)
{
    NativeFuncObj *n = gc_alloc(sizeof *n);
    if (!n) return 0;
    n->hdr.type = &native_type;
    n->def = def;
    n->self = self;
    return OBJ_VAL(n);
}

/* Calls a native with self prepended (built-in methods bound to an object). */
static Value call_with_self(Task *t, const MethodDef *def, Value self, const Value *args, size_t nargs, Value kw)
{
    size_t total = nargs + (kw ? TUPLE_LEN(kw) : 0);
    Value buf[8];
    Value *av = total < 8 ? buf : gc_alloc((total + 1) * sizeof(Value));
    if (!av) return err_no_memory(t);
    av[0] = self;
    values_copy(av + 1, args, total);
    return def->fn(t, av, nargs + 1, kw);
}

static Value native_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    NativeFuncObj *n = (NativeFuncObj *)self;
    if (n->self) return call_with_self(t, n->def, n->self, args, nargs, kw);
    return n->def->fn(t, args, nargs, kw);
}

static Value native_repr(Task *t, Value self)
{
    NativeFuncObj *n = (NativeFuncObj *)self;
    if (!n->self) return str_format(t, "<built-in function %s>", n->def->name);
    if (IS_CLASS(n->self))
        return str_format(t, "<built-in method %s of type object at %p>", n->def->name, (void *)n->self);
    return str_format(t, "<built-in method %s of %s object at %p>", n->def->name, obj_type_name(n->self),
                      (void *)n->self);
}

static Value native_name(Task *t, Value self) { return str_from_cstr(((NativeFuncObj *)self)->def->name); }

static Value native_doc(Task *t, Value self)
{
    const char *d = ((NativeFuncObj *)self)->def->doc;
    return d ? str_from_cstr(d) : V_NONE;
}

static Value native_self(Task *t, Value self)
{
    Value s = ((NativeFuncObj *)self)->self;
    return s ? s : V_NONE;
}

static const MemberDef native_members[] = {
    {"__name__", native_name, NULL}, {"__qualname__", native_name, NULL},
    {"__doc__", native_doc, NULL}, {"__self__", native_self, NULL},
    {NULL},
};

Type native_type = {
    .hdr = {&type_type}, .name = "builtin_function_or_method", .size = sizeof(NativeFuncObj),
    .flags = TF_ABSTRACT_NEW, .call = native_call, .repr = native_repr, .members = native_members,
};
REGISTER_TYPE(native_type);

Value method_descr_new(const MethodDef *def, Type *owner)
{
    MethodDescrObj *d = gc_alloc(sizeof *d);
    if (!d) return 0;
    d->hdr.type = &method_descr_type;
    d->def = def;
    d->owner = owner;
    return OBJ_VAL(d);
}

static Value descr_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    MethodDescrObj *d = (MethodDescrObj *)self;
    if (nargs < 1)
        return err_format(t, &exc_TypeError, "unbound method %s.%s() needs an argument", d->owner->name, d->def->name);
    Value obj = args[0];
    if (!type_is_subtype(TYPE_OF(obj), d->owner))
        return err_format(t, &exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                          d->def->name, d->owner->name, obj_type_name(obj));
    Value u = obj_unbox_for(obj, d->owner);
    if (u == obj) return d->def->fn(t, args, nargs, kw);
    return call_with_self(t, d->def, u, args + 1, nargs - 1, kw);
}

static Value descr_get(Task *t, Value self, Value obj, Type *type)
{
    MethodDescrObj *d = (MethodDescrObj *)self;
    if (!obj) return self;
    return native_new(d->def, obj_unbox_for(obj, d->owner));
}

static Value descr_repr(Task *t, Value self)
{
    MethodDescrObj *d = (MethodDescrObj *)self;
    return str_format(t, "<method '%s' of '%s' objects>", d->def->name, d->owner->name);
}

static Value descr_name(Task *t, Value self) { return str_from_cstr(((MethodDescrObj *)self)->def->name); }

/* "str.upper": the owner's qualified name, then the method's */
static Value descr_qualname(Task *t, Value self)
{
    MethodDescrObj *d = (MethodDescrObj *)self;
    return str_format(t, "%U.%s", d->owner->qualname, d->def->name);
}

static const MemberDef descr_members[] = {
    {"__name__", descr_name, NULL}, {"__qualname__", descr_qualname, NULL},
    {NULL},
};

Type method_descr_type = {
    .hdr = {&type_type}, .name = "method_descriptor", .size = sizeof(MethodDescrObj),
    .flags = TF_ABSTRACT_NEW, .call = descr_call, .descr_get = descr_get, .repr = descr_repr,
    .members = descr_members,
};
REGISTER_TYPE(method_descr_type);

/* --- bound methods ---------------------------------------------------------------------- */

Value method_new(Value func, Value self)
{
    MethodObj *m = gc_alloc(sizeof *m);
    if (!m) return 0;
    m->hdr.type = &method_type;
    m->func = func;
    m->self = self;
    return OBJ_VAL(m);
}

static Value method_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    MethodObj *m = (MethodObj *)self;
    size_t total = nargs + (kw ? TUPLE_LEN(kw) : 0);
    Value buf[8];
    Value *av = total < 8 ? buf : gc_alloc((total + 1) * sizeof(Value));
    if (!av) return err_no_memory(t);
    av[0] = m->self;
    values_copy(av + 1, args, total);
    return obj_call(t, m->func, av, nargs + 1, kw);
}

static Value method_repr(Task *t, Value self)
{
    MethodObj *m = (MethodObj *)self;
    Value name = obj_getattr_opt(t, m->func, NAME(__qualname__));
    if (!name && t->exc) return 0;
    return str_format(t, "<bound method %S of %R>", name ? name : str_from_cstr("?"), m->self);
}

static Value method_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_TYPE(other, &method_type) || (op != CMP_EQ && op != CMP_NOTEQ)) return V_NOTIMPL;
    MethodObj *a = (MethodObj *)self, *b = (MethodObj *)other;
    bool eq = a->self == b->self && a->func == b->func;
    return V_BOOL(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Task *t, Value self)
{
    MethodObj *m = (MethodObj *)self;
    int64_t a = obj_hash(t, m->self), b = obj_hash(t, m->func);
    if (a == -1 || b == -1) return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static Value method_getattr(Task *t, Value self, Value name)
{
    Value v = generic_getattr(t, self, name);
    if (v || !err_matches(t, &exc_AttributeError)) return v;
    err_clear(t);
    return obj_getattr(t, ((MethodObj *)self)->func, name);
}

static Value m_func(Task *t, Value self) { return ((MethodObj *)self)->func; }
static Value m_self(Task *t, Value self) { return ((MethodObj *)self)->self; }
/* the function's docstring: the method type's own __doc__ (None) would hide it */
static Value m_doc(Task *t, Value self) { return obj_getattr(t, ((MethodObj *)self)->func, NAME(__doc__)); }

static const MemberDef method_members[] = {
    {"__func__", m_func, NULL}, {"__self__", m_self, NULL}, {"__doc__", m_doc, NULL},
    {NULL},
};

Type method_type = {
    .hdr = {&type_type}, .name = "method", .size = sizeof(MethodObj), .flags = TF_ABSTRACT_NEW,
    .call = method_call, .repr = method_repr, .richcmp = method_richcmp, .hash = method_hash,
    .getattr = method_getattr, .members = method_members,
};
REGISTER_TYPE(method_type);

/* --- cells ---------------------------------------------------------------------- */

Value cell_new(Value v)
{
    CellObj *c = gc_alloc(sizeof *c);
    if (!c) return 0;
    c->hdr.type = &cell_type;
    c->v = v;
    return OBJ_VAL(c);
}

static Value cell_contents(Task *t, Value self)
{
    Value v = AS_CELL(self)->v;
    return v ? v : err_format(t, &exc_ValueError, "Cell is empty");
}

static const MemberDef cell_members[] = {
    {"cell_contents", cell_contents, NULL},
    {NULL},
};

Type cell_type = {
    .hdr = {&type_type}, .name = "cell", .size = sizeof(CellObj), .flags = TF_ABSTRACT_NEW,
    .members = cell_members,
};
REGISTER_TYPE(cell_type);
