/* descr.c - descriptors: classmethod, staticmethod, property, the computed
 * attributes of built-in types (member descriptors), and super. */
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "func.h"
#include "descr.h"
#include "alloc.h"

/* --- classmethod and staticmethod ------------------------------------------------- */

typedef struct WrapObj {
    Obj hdr;
    DictObj *dict;
    Value func;
} WrapObj;

static Value wrap_alloc(Type *tp, Value func)
{
    WrapObj *w = gc_alloc(sizeof *w);
    if (!w) return 0;
    w->hdr.type = tp;
    w->func = func;
    return OBJ_VAL(w);
}

Value classmethod_new(Value func) { return wrap_alloc(&classmethod_type, func); }
Value staticmethod_new(Value func) { return wrap_alloc(&staticmethod_type, func); }
Value staticmethod_func(Value sm) { return ((WrapObj *)sm)->func; }

/* classmethod(f) and staticmethod(f) look like f, as since CPython 3.10:
 * its __module__, __name__, __qualname__, __doc__ and __annotations__ are
 * copied into the wrapper's __dict__ (__wrapped__, like __func__, is f). */
static bool wrap_copy_attrs(Task *t, WrapObj *w)
{
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};
    if (!(w->dict = dict_new())) return false;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        Value name = str_intern_cstr(names[i]);
        Value v = obj_getattr_opt(t, w->func, name);
        if (v) dict_set_str(w->dict, name, v);
        else if (t->exc) return false;
    }
    return true;
}

static Value wrap_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, tp->name, nargs, kw, 1, 1)) return 0;
    Value v = wrap_alloc(tp, args[0]);
    if (!v) return err_no_memory(t);
    return wrap_copy_attrs(t, (WrapObj *)v) ? v : 0;
}

static bool wrap_init(Task *t, Value self, const Value *args, size_t nargs, Value kw) { return true; }

static Value classmethod_get(Task *t, Value self, Value obj, Type *type)
{
    if (!type) type = TYPE_OF(obj);
    return method_new(((WrapObj *)self)->func, OBJ_VAL(type));
}

static Value staticmethod_get(Task *t, Value self, Value obj, Type *type) { return ((WrapObj *)self)->func; }

static Value staticmethod_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    return obj_call(t, ((WrapObj *)self)->func, args, nargs, kw);
}

static Value wrap_get_func(Task *t, Value self) { return ((WrapObj *)self)->func; }

static Value wrap_get_dict(Task *t, Value self)
{
    WrapObj *w = (WrapObj *)self;
    if (!w->dict && !(w->dict = dict_new())) return err_no_memory(t);
    return OBJ_VAL(w->dict);
}

static const MemberDef wrap_members[] = {
    {"__func__", wrap_get_func, NULL},
    {"__wrapped__", wrap_get_func, NULL},
    {"__dict__", wrap_get_dict, NULL},
    {NULL},
};

Type classmethod_type = {
    .hdr = {&type_type}, .name = "classmethod", .size = sizeof(WrapObj),
    .dict_offset = offsetof(WrapObj, dict), .flags = TF_BASETYPE, .new_ = wrap_new,
    .init = wrap_init, .descr_get = classmethod_get, .members = wrap_members,
};
REGISTER_TYPE(classmethod_type);

Type staticmethod_type = {
    .hdr = {&type_type}, .name = "staticmethod", .size = sizeof(WrapObj),
    .dict_offset = offsetof(WrapObj, dict), .flags = TF_BASETYPE, .new_ = wrap_new,
    .init = wrap_init, .descr_get = staticmethod_get, .call = staticmethod_call,
    .members = wrap_members,
};
REGISTER_TYPE(staticmethod_type);

/* --- property -------------------------------------------------------------------- */

typedef struct PropertyObj {
    Obj hdr;
    Value fget, fset, fdel, doc;   /* None when absent */
    Value name;                    /* set by __set_name__, for messages; 0 if unknown */
} PropertyObj;

#define AS_PROP(v) ((PropertyObj *)(v))

static const ArgSpec property_spec = {"property", 0, 4, 0, 4, {"fget", "fset", "fdel", "doc"}};

static Value property_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    PropertyObj *p = gc_alloc(tp->size);
    if (!p) return err_no_memory(t);
    p->hdr.type = tp;
    p->fget = p->fset = p->fdel = p->doc = V_NONE;
    return OBJ_VAL(p);
}

static bool property_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    Value a[4];
    if (!args_bind(t, &property_spec, args, nargs, kw, a)) return false;
    PropertyObj *p = AS_PROP(self);
    p->fget = a[0] ? a[0] : V_NONE;
    p->fset = a[1] ? a[1] : V_NONE;
    p->fdel = a[2] ? a[2] : V_NONE;
    p->doc = a[3] ? a[3] : V_NONE;
    if (p->doc == V_NONE && p->fget != V_NONE) {
        Value d = obj_getattr_opt(t, p->fget, NAME(__doc__));
        if (d) p->doc = d;
        else if (t->exc) return false;
    }
    return true;
}

static Value property_get(Task *t, Value self, Value obj, Type *type)
{
    PropertyObj *p = AS_PROP(self);
    if (!obj) return self;
    if (p->fget == V_NONE) {
        if (p->name)
            return err_format(t, &exc_AttributeError, "property '%U' of '%s' object has no getter", p->name, obj_type_name(obj));
        return err_format(t, &exc_AttributeError, "unreadable attribute");
    }
    return obj_call(t, p->fget, &obj, 1, 0);
}

static bool property_set(Task *t, Value self, Value obj, Value v)
{
    PropertyObj *p = AS_PROP(self);
    Value f = v ? p->fset : p->fdel;
    if (f == V_NONE) {
        const char *what = v ? "setter" : "deleter";
        if (p->name)
            err_format(t, &exc_AttributeError, "property '%U' of '%s' object has no %s", p->name, obj_type_name(obj), what);
        else
            err_format(t, &exc_AttributeError, v ? "can't set attribute" : "can't delete attribute");
        return false;
    }
    Value args[2] = {obj, v};
    return obj_call(t, f, args, v ? 2 : 1, 0) != 0;
}

/* getter/setter/deleter return a copy with one accessor replaced. */
static Value property_copy(Task *t, Value self, int which, Value f)
{
    PropertyObj *p = AS_PROP(self);
    PropertyObj *q = gc_alloc(TYPE_OF(self)->size);
    if (!q) return err_no_memory(t);
    *q = *p;
    if (which == 0) q->fget = f;
    else if (which == 1) q->fset = f;
    else q->fdel = f;
    return OBJ_VAL(q);
}

static Value property_getter(Task *t, const Value *a, size_t n, Value kw)
{
    return args_check(t, "getter", n, kw, 2, 2) ? property_copy(t, a[0], 0, a[1]) : 0;
}

static Value property_setter(Task *t, const Value *a, size_t n, Value kw)
{
    return args_check(t, "setter", n, kw, 2, 2) ? property_copy(t, a[0], 1, a[1]) : 0;
}

static Value property_deleter(Task *t, const Value *a, size_t n, Value kw)
{
    return args_check(t, "deleter", n, kw, 2, 2) ? property_copy(t, a[0], 2, a[1]) : 0;
}

static Value property_set_name(Task *t, const Value *a, size_t n, Value kw)
{
    if (!args_check(t, "__set_name__", n, kw, 3, 3)) return 0;
    AS_PROP(a[0])->name = a[2];
    return V_NONE;
}

static Value property_fget(Task *t, Value self) { return AS_PROP(self)->fget; }
static Value property_fset(Task *t, Value self) { return AS_PROP(self)->fset; }
static Value property_fdel(Task *t, Value self) { return AS_PROP(self)->fdel; }
static Value property_doc(Task *t, Value self) { return AS_PROP(self)->doc; }

static const MethodDef property_methods[] = {
    {"getter", property_getter, METH_PLAIN, NULL},
    {"setter", property_setter, METH_PLAIN, NULL},
    {"deleter", property_deleter, METH_PLAIN, NULL},
    {"__set_name__", property_set_name, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef property_members[] = {
    {"fget", property_fget, NULL}, {"fset", property_fset, NULL},
    {"fdel", property_fdel, NULL}, {"__doc__", property_doc, NULL},
    {NULL},
};

Type property_type = {
    .hdr = {&type_type}, .name = "property", .size = sizeof(PropertyObj), .flags = TF_BASETYPE,
    .new_ = property_new, .init = property_init, .descr_get = property_get,
    .descr_set = property_set, .methods = property_methods, .members = property_members,
};
REGISTER_TYPE(property_type);

/* --- member descriptors (computed attributes of built-in types) ------------------ */

typedef struct MemberDescrObj {
    Obj hdr;
    const MemberDef *m;
    Type *owner;
} MemberDescrObj;

Value member_descr_new(const MemberDef *m, Type *owner)
{
    MemberDescrObj *d = gc_alloc(sizeof *d);
    d->hdr.type = &member_descr_type;
    d->m = m;
    d->owner = owner;
    return OBJ_VAL(d);
}

static Value member_get(Task *t, Value self, Value obj, Type *type)
{
    MemberDescrObj *d = (MemberDescrObj *)self;
    if (!obj) return self;
    return d->m->get(t, obj_unbox_for(obj, d->owner));
}

static bool member_set(Task *t, Value self, Value obj, Value v)
{
    MemberDescrObj *d = (MemberDescrObj *)self;
    if (!d->m->set) {
        err_format(t, &exc_AttributeError, "attribute '%s' of '%s' objects is not writable", d->m->name, d->owner->name);
        return false;
    }
    return d->m->set(t, obj_unbox_for(obj, d->owner), v);
}

static Value member_repr(Task *t, Value self)
{
    MemberDescrObj *d = (MemberDescrObj *)self;
    return str_format(t, "<attribute '%s' of '%s' objects>", d->m->name, d->owner->name);
}

Type member_descr_type = {
    .hdr = {&type_type}, .name = "getset_descriptor", .size = sizeof(MemberDescrObj),
    .flags = TF_ABSTRACT_NEW, .descr_get = member_get, .descr_set = member_set, .repr = member_repr,
};
REGISTER_TYPE(member_descr_type);

/* --- super -------------------------------------------------------------------- */

typedef struct SuperObj {
    Obj hdr;
    Type *type;            /* look after this class in the MRO */
    Value obj;             /* the instance or class, or 0 (unbound) */
    Type *obj_type;        /* the class whose MRO is searched */
} SuperObj;

static Type *super_check(Task *t, Type *type, Value obj)
{
    if (IS_CLASS(obj) && type_is_subtype(AS_TYPE(obj), type))
        return AS_TYPE(obj);
    if (type_is_subtype(TYPE_OF(obj), type))
        return TYPE_OF(obj);
    err_format(t, &exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

Value super_new_for(Task *t, Type *type, Value obj)
{
    Type *ot = super_check(t, type, obj);
    if (!ot) return 0;
    SuperObj *s = gc_alloc(sizeof *s);
    if (!s) return err_no_memory(t);
    s->hdr.type = &super_type;
    s->type = type;
    s->obj = obj;
    s->obj_type = ot;
    return OBJ_VAL(s);
}

static Value super_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "super", nargs, kw, 0, 2)) return 0;
    if (nargs == 0) {
        Value cls, self;
        if (!frame_super_args(t, &cls, &self)) return 0;
        return super_new_for(t, AS_TYPE(cls), self);
    }
    if (!IS_CLASS(args[0]))
        return err_format(t, &exc_TypeError, "super() argument 1 must be a type, not %s", obj_type_name(args[0]));
    if (nargs == 1) {
        SuperObj *s = gc_alloc(sizeof *s);
        s->hdr.type = &super_type;
        s->type = AS_TYPE(args[0]);
        return OBJ_VAL(s);
    }
    return super_new_for(t, AS_TYPE(args[0]), args[1]);
}

static Value super_getattr(Task *t, Value self, Value name)
{
    SuperObj *s = (SuperObj *)self;
    if (s->obj_type && !str_eq_cstr(name, "__class__")) {
        Value mro = s->obj_type->mro;
        size_t n = TUPLE_LEN(mro), i = 0;
        while (i < n && TUPLE_ITEM(mro, i) != OBJ_VAL(s->type)) i++;
        for (i++; i < n; i++) {
            Value v = dict_get_str(AS_TYPE(TUPLE_ITEM(mro, i))->dict, name);
            if (!v) continue;
            DescrGetFn get = TYPE_OF(v)->descr_get;
            if (!get) return v;
            return get(t, v, s->obj == OBJ_VAL(s->obj_type) ? 0 : s->obj, s->obj_type);
        }
    }
    return generic_getattr(t, self, name);
}

static Value super_repr(Task *t, Value self)
{
    SuperObj *s = (SuperObj *)self;
    if (s->obj_type)
        return str_format(t, "<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
    return str_format(t, "<super: <class '%s'>, NULL>", s->type->name);
}

static Value super_thisclass(Task *t, Value self) { return OBJ_VAL(((SuperObj *)self)->type); }
static Value super_self(Task *t, Value self)
{
    SuperObj *s = (SuperObj *)self;
    return s->obj ? s->obj : V_NONE;
}

static const MemberDef super_members[] = {
    {"__thisclass__", super_thisclass, NULL},
    {"__self__", super_self, NULL},
    {NULL},
};

Type super_type = {
    .hdr = {&type_type}, .name = "super", .size = sizeof(SuperObj), .flags = TF_BASETYPE,
    .new_ = super_new, .getattr = super_getattr, .repr = super_repr, .members = super_members,
};
REGISTER_TYPE(super_type);
