/* type.c - type objects: preparing built-in types, attribute lookup through
 * the MRO, making classes (C3 linearisation, instance layout), and the
 * `type` and `object` types themselves. Slot wrappers and the slot
 * functions of classes are in slots.c. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "func.h"
#include "descr.h"
#include "slots.h"
#include "mappingproxy.h"
#include "union.h"

/* --- lookup ----------------------------------------------------------------------- */

Value type_lookup(Type *tp, Value name)
{
    Value mro = tp->mro;
    if (!mro) return 0;
    size_t n = TUPLE_LEN(mro);
    for (size_t i = 0; i < n; i++) {
        DictObj *d = AS_TYPE(TUPLE_ITEM(mro, i))->dict;
        if (d) {
            Value v = dict_get_str(d, name);
            if (v) return v;
        }
    }
    return 0;
}

/* The per-interpreter cache of MRO lookups (CPython's type attribute cache):
 * an entry holds for as long as the type keeps its version. Versions are
 * unique within an interpreter, and built-in types never change. */
typedef struct TypeCacheEntry {
    Type *type;
    uint32_t version;
    Value name;
    Value value;               /* 0: absent */
} TypeCacheEntry;

enum { TYPE_CACHE_SIZE = 1024 };

Value type_lookup_cached(Task *t, Type *tp, Value name)
{
    Interp *in = t->interp;
    if (!in->type_cache) {
        in->type_cache = GC_MALLOC(TYPE_CACHE_SIZE * sizeof(TypeCacheEntry));
        if (!in->type_cache) return type_lookup(tp, name);
    }
    size_t h = (((uintptr_t)tp >> 4) ^ ((uintptr_t)name >> 3) ^ ((size_t)tp->version * 0x9E3779B1u)) &
               (TYPE_CACHE_SIZE - 1);
    TypeCacheEntry *e = &in->type_cache[h];
    if (e->type == tp && e->name == name && e->version == tp->version) return e->value;
    Value v = type_lookup(tp, name);
    *e = (TypeCacheEntry){tp, tp->version, name, v};
    return v;
}

/* The class in tp's MRO whose dict defines name, or NULL. */
Type *type_definer(Type *tp, Value name)
{
    Value mro = tp->mro;
    for (size_t i = 0; mro && i < TUPLE_LEN(mro); i++) {
        Type *c = AS_TYPE(TUPLE_ITEM(mro, i));
        if (c->dict && dict_get_str(c->dict, name))
            return c;
    }
    return NULL;
}

/* A new version for tp and every subclass, so inline caches keyed on the old
 * one miss. Versions come from the owning interpreter's counter. */
static void type_modified(Type *tp)
{
    if (!tp->interp) return;
    tp->version = ++tp->interp->next_version;
    if (tp->subclasses) {
        ListObj *subs = AS_LIST(tp->subclasses);
        for (size_t i = 0; i < subs->len; i++)
            type_modified(AS_TYPE(subs->items[i]));
    }
}

/* --- built-in types ---------------------------------------------------------- */

#define INHERIT(slot) if (!tp->slot) tp->slot = b->slot

static void inherit_slots(Type *tp, Type *b)
{
    INHERIT(repr); INHERIT(str); INHERIT(richcmp); INHERIT(binop);
    INHERIT(inplace); INHERIT(unary); INHERIT(truth); INHERIT(len); INHERIT(getitem);
    INHERIT(setitem); INHERIT(contains); INHERIT(iter); INHERIT(next); INHERIT(call);
    INHERIT(getattr); INHERIT(setattr); INHERIT(descr_get); INHERIT(descr_set);
    INHERIT(new_); INHERIT(init); INHERIT(buffer);
    /* A type that defines comparison but not hash stays as it says: the types
     * that want to be unhashable set hash_unhashable explicitly. */
    INHERIT(hash);
    if (!tp->size) tp->size = b->size;
    if (!tp->dict_offset) tp->dict_offset = b->dict_offset;
    tp->flags |= b->flags & ~(TF_HEAP | TF_BASETYPE | TF_ABSTRACT_NEW);
}

static void add_methods(Type *tp)
{
    for (const MethodDef *m = tp->methods; m && m->name; m++) {
        Value f = method_descr_new(m, tp);
        if (m->kind == METH_CLASS) f = classmethod_new(native_new(m, 0));
        else if (m->kind == METH_STATIC) f = staticmethod_new(native_new(m, 0));
        dict_set_str(tp->dict, str_intern_cstr(m->name), f);
    }
    for (const MemberDef *m = tp->members; m && m->name; m++)
        dict_set_str(tp->dict, str_intern_cstr(m->name), member_descr_new(m, tp));
}

void type_ready(Type *tp)
{
    if (tp->dict) return;
    if (!tp->hdr.type) tp->hdr.type = &type_type;
    if (!tp->base && tp != &object_type) tp->base = &object_type;
    Type *b = tp->base;
    if (b) {
        type_ready(b);
        inherit_slots(tp, b);
    }
    /* "collections.deque": module and name, as CPython's tp_name; messages
     * keep the dotted name, as CPython's do */
    const char *dot = strrchr(tp->name, '.');
    if (dot) {
        tp->name_str = str_intern_cstr(dot + 1);
        tp->module = str_intern(str_new(tp->name, (size_t)(dot - tp->name)));
    } else {
        tp->name_str = str_intern_cstr(tp->name);
        tp->module = str_intern_cstr("builtins");
    }
    tp->qualname = tp->name_str;
    tp->version = 1;   /* never changes: caches key on the type's address too */
    tp->bases = b ? tuple_pack(1, OBJ_VAL(b)) : tuple_empty();
    size_t nb = b ? TUPLE_LEN(b->mro) : 0;
    Value mro = tuple_new(nb + 1);
    TUPLE_ITEM(mro, 0) = OBJ_VAL(tp);
    for (size_t i = 0; i < nb; i++)
        TUPLE_ITEM(mro, i + 1) = TUPLE_ITEM(b->mro, i);
    tp->mro = mro;
    tp->dict = dict_new();
    add_methods(tp);
    slots_add_wrappers(tp);
    if (!dict_get_str(tp->dict, NAME(__doc__)))
        dict_set_str(tp->dict, NAME(__doc__), tp->doc ? tp->doc : V_NONE);
}

/* --- C3 linearisation -------------------------------------------------------------- */

/* Is c in the tail (any position but the first) of one of the lists? */
static bool in_tail(Value c, Value *lists, size_t *heads, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        Value l = lists[i];
        for (size_t j = heads[i] + 1; j < TUPLE_LEN(l); j++)
            if (TUPLE_ITEM(l, j) == c) return true;
    }
    return false;
}

/* CPython names the classes still at the head of a list to merge when the
 * merge gets stuck, each once, in the order of the lists. */
static Value mro_error(Task *t, Value *lists, size_t *heads, size_t n)
{
    StrBuf b;
    sb_init(&b, 64);
    sb_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
    bool first = true;
    for (size_t i = 0; i < n; i++) {
        if (heads[i] >= TUPLE_LEN(lists[i])) continue;
        Value c = TUPLE_ITEM(lists[i], heads[i]);
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = heads[j] < TUPLE_LEN(lists[j]) && TUPLE_ITEM(lists[j], heads[j]) == c;
        if (seen) continue;
        if (!first) sb_puts(&b, ", ");
        sb_puts(&b, AS_TYPE(c)->name);
        first = false;
    }
    return err_set(t, exc_new_msg(t, &exc_TypeError, sb_finish(&b)));
}

/* class C(A, A) is refused before merging, with CPython's message. */
static bool check_duplicates(Task *t, Value bases)
{
    for (size_t i = 0; i < TUPLE_LEN(bases); i++)
        for (size_t j = 0; j < i; j++)
            if (TUPLE_ITEM(bases, i) == TUPLE_ITEM(bases, j)) {
                err_format(t, &exc_TypeError, "duplicate base class %s", AS_TYPE(TUPLE_ITEM(bases, i))->name);
                return false;
            }
    return true;
}

static Value c3_mro(Task *t, Type *tp, Value bases)
{
    if (!check_duplicates(t, bases)) return 0;
    size_t n = TUPLE_LEN(bases) + 1, total = 1;
    Value *lists = GC_MALLOC(n * sizeof(Value));
    size_t *heads = GC_MALLOC_ATOMIC(n * sizeof(size_t));
    for (size_t i = 0; i + 1 < n; i++) {
        lists[i] = AS_TYPE(TUPLE_ITEM(bases, i))->mro;
        total += TUPLE_LEN(lists[i]);
    }
    lists[n - 1] = bases;
    memset(heads, 0, n * sizeof(size_t));
    Value out = list_new(total);
    list_append(t, out, OBJ_VAL(tp));
    for (;;) {
        bool empty = true, found = false;
        for (size_t i = 0; i < n && !found; i++) {
            if (heads[i] >= TUPLE_LEN(lists[i])) continue;
            empty = false;
            Value c = TUPLE_ITEM(lists[i], heads[i]);
            if (in_tail(c, lists, heads, n)) continue;
            found = true;
            list_append(t, out, c);
            for (size_t j = 0; j < n; j++)
                if (heads[j] < TUPLE_LEN(lists[j]) && TUPLE_ITEM(lists[j], heads[j]) == c)
                    heads[j]++;
        }
        if (empty) break;
        if (!found) return mro_error(t, lists, heads, n);
    }
    return tuple_from_array(AS_LIST(out)->items, AS_LIST(out)->len);
}

/* --- classes -------------------------------------------------------------------- */

/* The built-in type whose instance layout a type's instances extend. */
static Type *solid_base(Type *tp)
{
    while (tp->interp || (tp->base && tp->size == tp->base->size && !tp->boxed && tp->base->size))
        tp = tp->base;
    return tp;
}

static Type *best_base(Task *t, Value bases)
{
    Type *best = NULL, *winner = NULL;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++) {
        Value bv = TUPLE_ITEM(bases, i);
        if (!IS_CLASS(bv)) {
            /* CPython derives the metaclass from the bases first, and fails there */
            err_format(t, &exc_TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                          "(non-strict) subclass of the metaclasses of all its bases");
            return NULL;
        }
        Type *b = AS_TYPE(bv);
        if (!(b->flags & TF_BASETYPE)) {
            err_format(t, &exc_TypeError, "type '%s' is not an acceptable base type", b->name);
            return NULL;
        }
        Type *s = b->boxed ? b->boxed : solid_base(b);
        if (!winner || type_is_subtype(s, winner)) {
            winner = s;
            best = b;
        } else if (!type_is_subtype(winner, s)) {
            err_format(t, &exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

static void set_layout(Type *tp, Type *base)
{
    Type *solid = base->boxed ? base->boxed : solid_base(base);
    static const Type *const boxable[] = {&int_type, &float_type, &str_type, &bytes_type, &tuple_type};
    for (size_t i = 0; i < sizeof boxable / sizeof *boxable; i++)
        if (solid == boxable[i]) {
            tp->boxed = solid;
            tp->size = sizeof(BoxObj);
            tp->dict_offset = offsetof(BoxObj, dict);
            return;
        }
    if (base->dict_offset) {
        tp->size = base->size;
        tp->dict_offset = base->dict_offset;
    } else {
        tp->size = solid->size + sizeof(DictObj *);
        tp->dict_offset = solid->size;
    }
}

/* Implicit conversions CPython applies to a class namespace. */
static void prepare_namespace(Task *t, DictObj *d)
{
    Value v = dict_get_str(d, NAME(__new__));
    if (v && IS_TYPE(v, &func_type))
        dict_set_str(d, NAME(__new__), staticmethod_new(v));
    Value names[2] = {NAME(__init_subclass__), NAME(__class_getitem__)};
    for (int i = 0; i < 2; i++) {
        v = dict_get_str(d, names[i]);
        if (v && IS_TYPE(v, &func_type))
            dict_set_str(d, names[i], classmethod_new(v));
    }
    if (dict_get_str(d, NAME(__eq__)) && !dict_get_str(d, NAME(__hash__)))
        dict_set_str(d, NAME(__hash__), V_NONE);
}

static void add_subclass(Task *t, Type *base, Type *sub)
{
    if (!base->interp) return;   /* built-in types are immutable: nothing to propagate */
    if (!base->subclasses) base->subclasses = list_new(2);
    list_append(t, base->subclasses, OBJ_VAL(sub));
}

/* CPython 3.11's RuntimeError for a failing __set_name__, raised from the
 * original exception; returns false. */
static bool set_name_failed(Task *t, Type *tp, Value name, Value v)
{
    Value cause = err_fetch(t);
    err_format(t, &exc_RuntimeError, "Error calling __set_name__ on '%s' instance %R in '%s'",
               obj_type_name(v), name, tp->name);
    if (t->exc && exc_is_instance(t->exc)) {
        ExcObj *e = (ExcObj *)t->exc;
        e->cause = e->context = cause;
        e->suppress_context = true;
    }
    return false;
}

/* Calls __set_name__ on namespace values that have it, then the parent's
 * __init_subclass__ with the class keywords. */
static bool class_hooks(Task *t, Type *tp, Value kw)
{
    size_t pos = 0;
    Value k, v;
    while (dict_next(tp->dict, &pos, &k, &v)) {
        bool found;
        Value args[2] = {OBJ_VAL(tp), k};
        /* built-in descriptors have it too: property learns its name for messages */
        if (!IS_SMALL(v)) {
            Value r = call_special(t, v, NAME(__set_name__), args, 2, &found);
            if (!r && found) return set_name_failed(t, tp, k, v);
        }
    }
    Value sup = super_new_for(t, tp, OBJ_VAL(tp));
    Value f = sup ? obj_getattr(t, sup, NAME(__init_subclass__)) : 0;
    if (!f) return false;
    Value r;
    if (kw && AS_DICT(kw)->used) {
        size_t n = AS_DICT(kw)->used, i = 0;
        Value *vals = GC_MALLOC(n * sizeof(Value));
        Value names = tuple_new(n);
        pos = 0;
        while (dict_next(AS_DICT(kw), &pos, &k, &v)) {
            TUPLE_ITEM(names, i) = k;
            vals[i++] = v;
        }
        r = obj_call(t, f, vals, 0, names);
    } else {
        r = obj_call(t, f, NULL, 0, 0);
    }
    return r != 0;
}

Value type_new_class(Task *t, Value name, Value bases, DictObj *ns, Value kw)
{
    if (TUPLE_LEN(bases) == 0)
        bases = tuple_pack(1, OBJ_VAL(&object_type));
    Type *base = best_base(t, bases);
    if (!base) return 0;
    Type *tp = GC_MALLOC(sizeof(Type));
    if (!tp) return err_no_memory(t);
    tp->hdr.type = &type_type;
    tp->interp = t->interp;
    tp->flags = TF_HEAP | TF_BASETYPE;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++)
        tp->flags |= AS_TYPE(TUPLE_ITEM(bases, i))->flags & ~(TF_HEAP | TF_BASETYPE | TF_ABSTRACT_NEW | TF_SHADOWED);
    tp->name = STR_DATA(name);
    tp->name_str = name;
    tp->base = base;
    tp->bases = bases;
    tp->mro = c3_mro(t, tp, bases);
    if (!tp->mro) return 0;
    set_layout(tp, base);
    tp->dict = dict_copy(ns);
    /* the class that introduces the instance dict exposes it, as CPython's do */
    if (tp->dict_offset && !base->dict_offset && !dict_get_str(tp->dict, NAME(__dict__)))
        dict_set_str(tp->dict, NAME(__dict__), member_descr_new(&instance_dict_member, tp));
    prepare_namespace(t, tp->dict);
    Value q = dict_get_str(tp->dict, NAME(__qualname__));
    tp->qualname = q && IS_STR(q) ? q : name;
    if (q) dict_del(t, tp->dict, NAME(__qualname__));
    tp->module = dict_get_str(tp->dict, NAME(__module__));
    if (!tp->module) tp->module = str_intern_cstr("builtins");
    if (!dict_get_str(tp->dict, NAME(__doc__)))
        dict_set_str(tp->dict, NAME(__doc__), V_NONE);
    Value cell = dict_get_str(tp->dict, NAME(__classcell__));
    if (cell && IS_TYPE(cell, &cell_type)) {
        AS_CELL(cell)->v = OBJ_VAL(tp);
        dict_del(t, tp->dict, NAME(__classcell__));
    }
    tp->version = ++t->interp->next_version;
    for (size_t i = 0; i < TUPLE_LEN(bases); i++)
        add_subclass(t, AS_TYPE(TUPLE_ITEM(bases, i)), tp);
    type_fixup_slots(tp);
    if (!class_hooks(t, tp, kw)) return 0;
    return OBJ_VAL(tp);
}

/* --- the type type -------------------------------------------------------------- */

static Value type_repr(Task *t, Value self)
{
    Type *tp = AS_TYPE(self);
    if (tp->module && !str_eq_cstr(tp->module, "builtins") && IS_STR(tp->module))
        return str_format(t, "<class '%U.%U'>", tp->module, tp->qualname);
    return str_format(t, "<class '%U'>", tp->qualname);
}

static Value type_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    Type *tp = AS_TYPE(self);
    if (tp == &type_type && nargs == 1 && !kw)
        return OBJ_VAL(TYPE_OF(args[0]));
    if (!tp->new_ || (tp->flags & TF_ABSTRACT_NEW))
        return err_format(t, &exc_TypeError, "cannot create '%s' instances", tp->name);
    Value obj = tp->new_(t, tp, args, nargs, kw);
    if (!obj || !type_is_subtype(TYPE_OF(obj), tp))
        return obj;
    InitFn init = TYPE_OF(obj)->init;
    if (init && !init(t, obj, args, nargs, kw))
        return 0;
    return obj;
}

static Value type_new(Task *t, Type *meta, const Value *args, size_t nargs, Value kw)
{
    if ((nargs != 1 && nargs != 3) || (nargs == 1 && kw && TUPLE_LEN(kw)))
        return err_format(t, &exc_TypeError, "type() takes 1 or 3 arguments");
    if (nargs == 1)
        return OBJ_VAL(TYPE_OF(args[0]));
    if (!IS_STR(args[0]))
        return err_format(t, &exc_TypeError, "type.__new__() argument 1 must be str, not %s", obj_type_name(args[0]));
    if (!IS_TUPLE(args[1]))
        return err_format(t, &exc_TypeError, "type.__new__() argument 2 must be tuple, not %s", obj_type_name(args[1]));
    if (!IS_DICT(args[2]))
        return err_format(t, &exc_TypeError, "type.__new__() argument 3 must be dict, not %s", obj_type_name(args[2]));
    DictObj *ns = AS_DICT(args[2]);
    if (!dict_get_str(ns, NAME(__module__))) {
        ns = dict_copy(ns);
        Value g = t->frame ? dict_get_str(frame_globals(t->frame), NAME(__name__)) : 0;
        if (g) dict_set_str(ns, NAME(__module__), g);
    }
    /* type(name, bases, ns, **kw): the keywords go to __init_subclass__ */
    Value kwd = 0;
    if (kw && TUPLE_LEN(kw)) {
        kwd = dict_new_value();
        for (size_t i = 0; i < TUPLE_LEN(kw); i++) dict_set(t, AS_DICT(kwd), TUPLE_ITEM(kw, i), args[nargs + i]);
    }
    return type_new_class(t, args[0], args[1], ns, kwd);
}

static Value type_getattr(Task *t, Value self, Value name)
{
    Type *tp = AS_TYPE(self);
    Type *meta = TYPE_OF(self);
    Value ma = type_lookup(meta, name);
    DescrGetFn mget = NULL;
    if (ma) {
        mget = TYPE_OF(ma)->descr_get;
        if (mget && TYPE_OF(ma)->descr_set)
            return mget(t, ma, self, meta);
    }
    Value a = type_lookup(tp, name);
    if (a) {
        DescrGetFn get = TYPE_OF(a)->descr_get;
        return get ? get(t, a, 0, tp) : a;
    }
    if (mget) return mget(t, ma, self, meta);
    if (ma) return ma;
    return err_format(t, &exc_AttributeError, "type object '%s' has no attribute '%U'", tp->name, name);
}

static bool type_setattr(Task *t, Value self, Value name, Value v)
{
    Type *tp = AS_TYPE(self);
    Value ma = type_lookup(TYPE_OF(self), name);
    if (ma && TYPE_OF(ma)->descr_set)
        return TYPE_OF(ma)->descr_set(t, ma, self, v);
    if (!(tp->flags & TF_HEAP)) {
        err_format(t, &exc_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, tp->name);
        return false;
    }
    if (v) {
        if (!dict_set(t, tp->dict, name, v)) return false;
    } else {
        int r = dict_del(t, tp->dict, name);
        if (r <= 0) {
            if (r == 0)
                err_format(t, &exc_AttributeError, "type object '%s' has no attribute '%U'", tp->name, name);
            return false;
        }
    }
    type_modified(tp);
    const char *s = STR_DATA(name);
    if (s[0] == '_' && s[1] == '_')
        type_fixup_slots(tp);
    return true;
}

static Value type_get_name(Task *t, Value self) { return AS_TYPE(self)->name_str; }
static Value type_get_qualname(Task *t, Value self) { return AS_TYPE(self)->qualname; }
static Value type_get_bases(Task *t, Value self) { return AS_TYPE(self)->bases; }
static Value type_get_mro(Task *t, Value self) { return AS_TYPE(self)->mro; }
/* read-only, as CPython's: a class changes through setattr, which keeps
 * the method caches right */
static Value type_get_dict(Task *t, Value self) { return mappingproxy_new(t, OBJ_VAL(AS_TYPE(self)->dict)); }

static Value type_get_base(Task *t, Value self)
{
    Type *b = AS_TYPE(self)->base;
    return b ? OBJ_VAL(b) : V_NONE;
}

static Value type_get_module(Task *t, Value self)
{
    Type *tp = AS_TYPE(self);
    Value m = tp->interp ? dict_get_str(tp->dict, NAME(__module__)) : 0;
    return m ? m : tp->module;
}

static bool type_set_module(Task *t, Value self, Value v)
{
    Type *tp = AS_TYPE(self);
    if (!(tp->flags & TF_HEAP)) {
        err_format(t, &exc_TypeError, "cannot set '__module__' attribute of immutable type '%s'", tp->name);
        return false;
    }
    if (!v) {
        err_format(t, &exc_TypeError, "cannot delete '__module__' attribute of immutable type '%s'", tp->name);
        return false;
    }
    if (!dict_set_str(tp->dict, NAME(__module__), v)) return false;
    tp->module = v;
    type_modified(tp);
    return true;
}

static Value type_get_doc(Task *t, Value self)
{
    Value d = dict_get_str(AS_TYPE(self)->dict, NAME(__doc__));
    if (d && TYPE_OF(d)->descr_get)
        return TYPE_OF(d)->descr_get(t, d, 0, AS_TYPE(self));
    return d ? d : V_NONE;
}

static bool type_set_doc(Task *t, Value self, Value v)
{
    Type *tp = AS_TYPE(self);
    if (!(tp->flags & TF_HEAP)) {
        err_format(t, &exc_TypeError, "cannot set '__doc__' attribute of immutable type '%s'", tp->name);
        return false;
    }
    if (!v) {
        err_format(t, &exc_TypeError, "cannot delete '__doc__' attribute of immutable type '%s'", tp->name);
        return false;
    }
    if (!dict_set_str(tp->dict, NAME(__doc__), v)) return false;
    type_modified(tp);
    return true;
}

static bool type_set_name(Task *t, Value self, Value v)
{
    Type *tp = AS_TYPE(self);
    if (!(tp->flags & TF_HEAP) || !v || !IS_STR(v)) {
        err_format(t, &exc_TypeError, "can only assign string to %s.__name__", tp->name);
        return false;
    }
    tp->name_str = v;
    tp->name = STR_DATA(v);
    return true;
}

static bool type_set_qualname(Task *t, Value self, Value v)
{
    Type *tp = AS_TYPE(self);
    if (!(tp->flags & TF_HEAP) || !v || !IS_STR(v)) {
        err_format(t, &exc_TypeError, "can only assign string to %s.__qualname__", tp->name);
        return false;
    }
    tp->qualname = v;
    return true;
}

static Value type_mro_method(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value mro = AS_TYPE(args[0])->mro;
    return list_from_array(AS_TUPLE(mro)->items, TUPLE_LEN(mro));
}

static Value type_subclasses(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value subs = AS_TYPE(args[0])->subclasses;
    return subs ? list_from_array(AS_LIST(subs)->items, AS_LIST(subs)->len) : list_new(0);
}

static const MemberDef type_members[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__mro__", type_get_mro, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__module__", type_get_module, type_set_module},
    {"__doc__", type_get_doc, type_set_doc},
    {NULL},
};

static const MethodDef type_methods[] = {
    {"mro", type_mro_method, METH_PLAIN, NULL},
    {"__subclasses__", type_subclasses, METH_PLAIN, NULL},
    {NULL},
};

Type type_type = {
    .hdr = {&type_type}, .name = "type", .size = sizeof(Type),
    .flags = TF_BASETYPE | TF_TYPE, .repr = type_repr, .call = type_call, .binop = union_binop,
    .getattr = type_getattr, .setattr = type_setattr, .new_ = type_new,
    .members = type_members, .methods = type_methods,
};
REGISTER_TYPE(type_type);

/* --- the object type ------------------------------------------------------------- */

static bool excess_args(size_t nargs, Value kw)
{
    return nargs > 0 || (kw && TUPLE_LEN(kw) > 0);
}

Value object_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (excess_args(nargs, kw)) {
        if (tp->new_ != object_new)
            return err_format(t, &exc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (tp->init == object_init)
            return err_format(t, &exc_TypeError, "%s() takes no arguments", tp->name);
    }
    if (tp->flags & TF_ABSTRACT_NEW)
        return err_format(t, &exc_TypeError, "cannot create '%s' instances", tp->name);
    Obj *o = GC_MALLOC(tp->size);
    if (!o) return err_no_memory(t);
    o->type = tp;
    return OBJ_VAL(o);
}

bool object_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    Type *tp = TYPE_OF(self);
    if (excess_args(nargs, kw)) {
        if (tp->init != object_init) {
            err_format(t, &exc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            return false;
        }
        if (tp->new_ == object_new) {
            err_format(t, &exc_TypeError, "%s() takes no arguments", tp->name);
            return false;
        }
    }
    return true;
}

static Value object_repr(Task *t, Value self)
{
    Type *tp = TYPE_OF(self);
    if (tp->module && IS_STR(tp->module) && !str_eq_cstr(tp->module, "builtins"))
        return str_format(t, "<%U.%U object at %p>", tp->module, tp->qualname, (void *)self);
    return str_format(t, "<%s object at %p>", tp->name, (void *)self);
}

static Value object_str(Task *t, Value self)
{
    ReprFn r = TYPE_OF(self)->repr;
    return r ? r(t, self) : object_repr(t, self);
}

static Value object_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (op == CMP_EQ)
        return self == other ? V_TRUE : V_NOTIMPL;
    if (op == CMP_NOTEQ) {
        /* By default __ne__ inverts __eq__. */
        RichCmpFn eq = TYPE_OF(self)->richcmp;
        Value r = eq && eq != object_richcmp ? eq(t, self, other, CMP_EQ)
                                              : (self == other ? V_TRUE : V_NOTIMPL);
        if (!r || r == V_NOTIMPL) return r;
        int b = obj_truthy(t, r);
        return b < 0 ? 0 : V_BOOL(!b);
    }
    return V_NOTIMPL;
}

static Value object_format(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "__format__", nargs, kw, 2, 2)) return 0;
    if (!IS_STR(args[1]))
        return err_format(t, &exc_TypeError, "__format__() argument must be str, not %T", args[1]);
    if (STR_SIZE(args[1]) > 0)
        return err_format(t, &exc_TypeError, "unsupported format string passed to %s.__format__",
                          obj_type_name(args[0]));
    return obj_str(t, args[0]);
}

static Value object_init_subclass(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs > 1 || (kw && TUPLE_LEN(kw)))
        return err_format(t, &exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                          AS_TYPE(args[0])->name);
    return V_NONE;
}

static Value object_dir(Task *t, const Value *args, size_t nargs, Value kw)
{
    Value names = list_new(16);
    DictObj **dp = obj_dict_ptr(args[0]);
    DictObj *seen = dict_new();
    if (dp && *dp) dict_update(t, seen, OBJ_VAL(*dp));
    Value mro = TYPE_OF(args[0])->mro;
    for (size_t i = 0; i < TUPLE_LEN(mro); i++)
        dict_update(t, seen, OBJ_VAL(AS_TYPE(TUPLE_ITEM(mro, i))->dict));
    size_t pos = 0;
    Value k, v;
    while (dict_next(seen, &pos, &k, &v))
        list_append(t, names, k);
    return names;
}

static Value object_get_class(Task *t, Value self) { return OBJ_VAL(TYPE_OF(self)); }

/* obj.__class__ = C, as CPython allows it: between classes made by class
 * statements whose instances have the same layout. */
static bool object_set_class(Task *t, Value self, Value v)
{
    if (!v) {
        err_format(t, &exc_TypeError, "can't delete __class__ attribute");
        return false;
    }
    if (!IS_CLASS(v)) {
        err_format(t, &exc_TypeError, "__class__ must be set to a class, not '%s' object", obj_type_name(v));
        return false;
    }
    Type *old = TYPE_OF(self), *new = AS_TYPE(v);
    if (IS_SMALL(self) || !(old->flags & TF_HEAP) || !(new->flags & TF_HEAP)) {
        err_format(t, &exc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return false;
    }
    if (old->size != new->size || old->dict_offset != new->dict_offset || old->boxed != new->boxed
        || solid_base(old) != solid_base(new)) {
        err_format(t, &exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", new->name, old->name);
        return false;
    }
    AS_OBJ(self)->type = new;
    return true;
}

static Value object_get_dict(Task *t, Value self)
{
    DictObj **dp = obj_dict_ptr(self);
    Type *tp = TYPE_OF(self);
    /* the dict may now get any key: method lookups must check it */
    if ((tp->flags & TF_HEAP) && !(tp->flags & TF_SHADOWED)) {
        tp->flags |= TF_SHADOWED;
        tp->version = ++tp->interp->next_version;
    }
    if (!dp)
        return err_format(t, &exc_AttributeError, "'%s' object has no attribute '__dict__'", obj_type_name(self));
    if (!*dp) *dp = dict_new();
    return OBJ_VAL(*dp);
}

static bool object_set_dict(Task *t, Value self, Value v)
{
    DictObj **dp = obj_dict_ptr(self);
    if (!dp || !v || !IS_DICT(v)) {
        err_format(t, &exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", v ? obj_type_name(v) : "NULL");
        return false;
    }
    *dp = AS_DICT(v);
    return true;
}

static const MethodDef object_methods[] = {
    {"__format__", object_format, METH_PLAIN, NULL},
    {"__init_subclass__", object_init_subclass, METH_CLASS, NULL},
    {"__dir__", object_dir, METH_PLAIN, NULL},
    {NULL},
};

static const MemberDef object_members[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL},
};

/* __dict__ is reachable on instances of classes that have one. It is a member
 * of every class with a dict (added by slots.c when a class gets one). */
const MemberDef instance_dict_member = {"__dict__", object_get_dict, object_set_dict};

Type object_type = {
    .hdr = {&type_type}, .name = "object", .size = sizeof(Obj), .flags = TF_BASETYPE,
    .repr = object_repr, .str = object_str, .richcmp = object_richcmp, .hash = hash_identity,
    .getattr = generic_getattr, .setattr = generic_setattr,
    .new_ = object_new, .init = object_init,
    .methods = object_methods, .members = object_members,
};
REGISTER_TYPE(object_type);
