/* slots.c - the bridge between C slots and Python special methods.
 *
 * Built-in types get `__len__`-style wrapper objects in their dicts so that
 * Python code can call list.__len__(x) or super().__init__(). Classes get
 * slot functions that look the special method up on the type and call it;
 * a class that defines no special method for a slot keeps the built-in slot
 * it inherits, so `class L(list)` indexes as fast as a list. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "int.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "func.h"
#include "vm.h"
#include "descr.h"
#include "slots.h"

typedef enum SlotKind {
    SK_REPR, SK_STR, SK_HASH, SK_CMP, SK_BINOP, SK_RBINOP, SK_INPLACE, SK_UNARY,
    SK_BOOL, SK_LEN, SK_GETITEM, SK_SETITEM, SK_DELITEM, SK_CONTAINS, SK_ITER,
    SK_NEXT, SK_CALL, SK_GETATTRIBUTE, SK_SETATTR, SK_DELATTR, SK_GET, SK_SET,
    SK_DELETE, SK_INIT, SK_NEW
} SlotKind;

typedef struct SlotName {
    uint16_t name;             /* NameId */
    uint8_t kind;              /* SlotKind */
    uint8_t op;                /* operator for CMP/BINOP/INPLACE/UNARY */
} SlotName;

#define B(n, op) {NAME___##n##__, SK_BINOP, op}
#define R(n, op) {NAME___r##n##__, SK_RBINOP, op}
#define I(n, op) {NAME___i##n##__, SK_INPLACE, op}
#define BINOPS(X) X(add, BIN_ADD), X(sub, BIN_SUB), X(mul, BIN_MULT), X(matmul, BIN_MATMULT), \
    X(truediv, BIN_DIV), X(mod, BIN_MOD), X(pow, BIN_POW), X(lshift, BIN_LSHIFT), \
    X(rshift, BIN_RSHIFT), X(or, BIN_BITOR), X(xor, BIN_BITXOR), X(and, BIN_BITAND), \
    X(floordiv, BIN_FLOORDIV)

/* Grouped by the slot they belong to; SlotFamily ranges index into this. */
static const SlotName slot_names[] = {
    {NAME___repr__, SK_REPR, 0},                          /* 0 */
    {NAME___str__, SK_STR, 0},                            /* 1 */
    {NAME___hash__, SK_HASH, 0},                          /* 2 */
    {NAME___eq__, SK_CMP, CMP_EQ}, {NAME___ne__, SK_CMP, CMP_NOTEQ},       /* 3 */
    {NAME___lt__, SK_CMP, CMP_LT}, {NAME___le__, SK_CMP, CMP_LTE},
    {NAME___gt__, SK_CMP, CMP_GT}, {NAME___ge__, SK_CMP, CMP_GTE},
    BINOPS(B), BINOPS(R),                                 /* 9 */
    BINOPS(I),                                            /* 35 */
    {NAME___neg__, SK_UNARY, UN_USUB}, {NAME___pos__, SK_UNARY, UN_UADD},  /* 48 */
    {NAME___invert__, SK_UNARY, UN_INVERT},
    {NAME___bool__, SK_BOOL, 0},                          /* 51 */
    {NAME___len__, SK_LEN, 0},                            /* 52 */
    {NAME___getitem__, SK_GETITEM, 0},                    /* 53 */
    {NAME___setitem__, SK_SETITEM, 0}, {NAME___delitem__, SK_DELITEM, 0},  /* 54 */
    {NAME___contains__, SK_CONTAINS, 0},                  /* 56 */
    {NAME___iter__, SK_ITER, 0},                          /* 57 */
    {NAME___next__, SK_NEXT, 0},                          /* 58 */
    {NAME___call__, SK_CALL, 0},                          /* 59 */
    {NAME___getattribute__, SK_GETATTRIBUTE, 0},          /* 60 */
    {NAME___setattr__, SK_SETATTR, 0}, {NAME___delattr__, SK_DELATTR, 0},  /* 61 */
    {NAME___get__, SK_GET, 0},                            /* 63 */
    {NAME___set__, SK_SET, 0}, {NAME___delete__, SK_DELETE, 0},            /* 64 */
    {NAME___init__, SK_INIT, 0},                          /* 66 */
    {NAME___new__, SK_NEW, 0},                            /* 67 */
};

#undef B
#undef R
#undef I

/* --- calling special methods ---------------------------------------------------- */

/* Calls f, found on type(self), as a method of self. */
static Value call_bound(Task *t, Value f, Value self, const Value *args, size_t nargs)
{
    Type *ft = TYPE_OF(f);
    if (ft == &func_type || ft == &method_descr_type || ft == &slot_wrapper_type) {
        Value argv[8];
        Value *av = nargs < 8 ? argv : GC_MALLOC((nargs + 1) * sizeof(Value));
        av[0] = self;
        values_copy(av + 1, args, nargs);
        return obj_call(t, f, av, nargs + 1, 0);
    }
    if (ft->descr_get) {
        f = ft->descr_get(t, f, self, TYPE_OF(self));
        if (!f) return 0;
    }
    return obj_call(t, f, args, nargs, 0);
}

Value call_special(Task *t, Value self, Value name, const Value *args, size_t nargs, bool *found)
{
    Value f = type_lookup_cached(t, TYPE_OF(self), name);
    *found = f != 0;
    if (!f) return 0;
    return call_bound(t, f, self, args, nargs);
}

/* Calls a special method that the slot table says exists. */
static Value call_dunder(Task *t, Value self, int name, const Value *args, size_t nargs)
{
    bool found;
    Value r = call_special(t, self, atoll_names[name], args, nargs, &found);
    if (!found)
        return err_format(t, &exc_AttributeError, "'%s' object has no attribute '%U'",
                          obj_type_name(self), atoll_names[name]);
    return r;
}

/* --- slot functions of classes ---------------------------------------------------- */

static Value slot_repr(Task *t, Value self) { return call_dunder(t, self, NAME___repr__, NULL, 0); }
static Value slot_str(Task *t, Value self) { return call_dunder(t, self, NAME___str__, NULL, 0); }

static int64_t slot_hash(Task *t, Value self)
{
    Value r = call_dunder(t, self, NAME___hash__, NULL, 0);
    if (!r) return -1;
    if (!HAS_FLAG(r, TF_INT) && !IS_BOOL(r)) {
        err_format(t, &exc_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* as CPython: the int itself when it fits a machine word, else its hash */
    int64_t h;
    Value n = int_norm(r);
    if (!big_to_i64(n, &h)) return obj_hash(t, n);
    return h == -1 ? -2 : h;
}

static Value slot_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    bool found;
    Value r = call_special(t, self, atoll_names[NAME___eq__ + (op - CMP_EQ)], &other, 1, &found);
    return found ? r : V_NOTIMPL;
}

static Value slot_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    bool found;
    Value r = side == 0 ? call_special(t, a, binop_name(op), &b, 1, &found)
                        : call_special(t, b, binop_rname(op), &a, 1, &found);
    return found ? r : V_NOTIMPL;
}

static Value slot_inplace(Task *t, Value a, Value b, BinOpKind op)
{
    bool found;
    Value r = call_special(t, a, binop_iname(op), &b, 1, &found);
    return found ? r : V_NOTIMPL;
}

Value slots_unary(Task *t, Value a, UnaryOpKind op)
{
    int name = op == UN_USUB ? NAME___neg__ : op == UN_UADD ? NAME___pos__ : NAME___invert__;
    bool found;
    Value r = call_special(t, a, atoll_names[name], NULL, 0, &found);
    return found ? r : obj_unary_error(t, a, op);
}

static int64_t slot_len(Task *t, Value self)
{
    Value r = call_dunder(t, self, NAME___len__, NULL, 0);
    if (!r) return -1;
    r = obj_index(t, r);
    if (!r) return -1;
    if (!IS_SMALL(r) || SMALL_VAL(r) < 0) {
        err_format(t, IS_SMALL(r) ? &exc_ValueError : &exc_OverflowError,
                   IS_SMALL(r) ? "__len__() should return >= 0" : "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return SMALL_VAL(r);
}

static int slot_truth(Task *t, Value self)
{
    bool found;
    Value r = call_special(t, self, NAME(__bool__), NULL, 0, &found);
    if (found) {
        if (!r) return -1;
        if (!IS_BOOL(r)) {
            err_format(t, &exc_TypeError, "__bool__ should return bool, returned %s", obj_type_name(r));
            return -1;
        }
        return r == V_TRUE;
    }
    if (type_lookup_cached(t, TYPE_OF(self), NAME(__len__))) {
        int64_t n = slot_len(t, self);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

static Value slot_getitem(Task *t, Value self, Value key) { return call_dunder(t, self, NAME___getitem__, &key, 1); }

static bool slot_setitem(Task *t, Value self, Value key, Value v)
{
    Value args[2] = {key, v};
    return v ? call_dunder(t, self, NAME___setitem__, args, 2) != 0
             : call_dunder(t, self, NAME___delitem__, args, 1) != 0;
}

static int slot_contains(Task *t, Value self, Value x)
{
    /* __contains__ = None says "not a container", as __iter__ = None does */
    if (type_lookup_cached(t, TYPE_OF(self), NAME(__contains__)) == V_NONE) {
        err_format(t, &exc_TypeError, "'%s' object is not a container", obj_type_name(self));
        return -1;
    }
    Value r = call_dunder(t, self, NAME___contains__, &x, 1);
    return r ? obj_truthy(t, r) : -1;
}

static Value slot_iter(Task *t, Value self)
{
    Value f = type_lookup_cached(t, TYPE_OF(self), NAME(__iter__));
    if (f == V_NONE)
        return err_format(t, &exc_TypeError, "'%s' object is not iterable", obj_type_name(self));
    return call_dunder(t, self, NAME___iter__, NULL, 0);
}

static Value slot_next(Task *t, Value self)
{
    Value r = call_dunder(t, self, NAME___next__, NULL, 0);
    if (!r && err_matches(t, &exc_StopIteration))
        err_clear(t);
    return r;
}

static Value slot_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    Value f = type_lookup_cached(t, TYPE_OF(self), NAME(__call__));
    if (!f) return err_format(t, &exc_TypeError, "'%s' object is not callable", obj_type_name(self));
    Value argv[8];
    size_t total = nargs + (kw ? TUPLE_LEN(kw) : 0);
    Value *av = total < 8 ? argv : GC_MALLOC((total + 1) * sizeof(Value));
    av[0] = self;
    values_copy(av + 1, args, total);
    if (TYPE_OF(f) == &func_type || TYPE_OF(f) == &method_descr_type)
        return obj_call(t, f, av, nargs + 1, kw);
    Value bound = TYPE_OF(f)->descr_get ? TYPE_OF(f)->descr_get(t, f, self, TYPE_OF(self)) : f;
    return bound ? obj_call(t, bound, args, nargs, kw) : 0;
}

static Value slot_getattribute(Task *t, Value self, Value name)
{
    Value r = call_dunder(t, self, NAME___getattribute__, &name, 1);
    if (!r && err_matches(t, &exc_AttributeError) && type_lookup_cached(t, TYPE_OF(self), NAME(__getattr__))) {
        err_clear(t);
        r = call_dunder(t, self, NAME___getattr__, &name, 1);
    }
    return r;
}

static Value slot_getattr_hook(Task *t, Value self, Value name)
{
    Value r = generic_getattr(t, self, name);
    if (!r && err_matches(t, &exc_AttributeError)) {
        err_clear(t);
        r = call_dunder(t, self, NAME___getattr__, &name, 1);
    }
    return r;
}

static bool slot_setattr(Task *t, Value self, Value name, Value v)
{
    Value args[2] = {name, v};
    return v ? call_dunder(t, self, NAME___setattr__, args, 2) != 0
             : call_dunder(t, self, NAME___delattr__, args, 1) != 0;
}

static Value slot_descr_get(Task *t, Value self, Value obj, Type *type)
{
    Value args[2] = {obj ? obj : V_NONE, type ? OBJ_VAL(type) : V_NONE};
    return call_dunder(t, self, NAME___get__, args, 2);
}

static bool slot_descr_set(Task *t, Value self, Value obj, Value v)
{
    Value args[2] = {obj, v};
    return v ? call_dunder(t, self, NAME___set__, args, 2) != 0
             : call_dunder(t, self, NAME___delete__, args, 1) != 0;
}

static bool slot_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    Value f = type_lookup_cached(t, TYPE_OF(self), NAME(__init__));
    size_t total = nargs + (kw ? TUPLE_LEN(kw) : 0);
    Value argv[8];
    Value *av = total < 8 ? argv : GC_MALLOC((total + 1) * sizeof(Value));
    av[0] = self;
    values_copy(av + 1, args, total);
    Value r = obj_call(t, f, av, nargs + 1, kw);
    if (r && r != V_NONE) {
        err_format(t, &exc_TypeError, "__init__() should return None, not '%s'", obj_type_name(r));
        return false;
    }
    return r != 0;
}

static Value slot_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    Value f = type_lookup_cached(t, tp, NAME(__new__));
    if (IS_TYPE(f, &staticmethod_type))
        f = staticmethod_func(f);
    size_t total = nargs + (kw ? TUPLE_LEN(kw) : 0);
    Value argv[8];
    Value *av = total < 8 ? argv : GC_MALLOC((total + 1) * sizeof(Value));
    av[0] = OBJ_VAL(tp);
    values_copy(av + 1, args, total);
    return obj_call(t, f, av, nargs + 1, kw);
}

/* Instances of classes derived from immutable built-ins: the built-in makes
 * the value, the box carries it with the class and a __dict__. */
static Value box_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    Value v = tp->boxed->new_(t, tp->boxed, args, nargs, kw);
    if (!v) return 0;
    BoxObj *b = GC_MALLOC(sizeof(BoxObj));
    if (!b) return err_no_memory(t);
    b->hdr.type = tp;
    b->value = v;
    return OBJ_VAL(b);
}

/* The getattr slot of the nearest built-in ancestor. */
static GetAttrFn solid_getattr(Type *tp)
{
    while (tp->flags & TF_HEAP) tp = tp->base;
    return tp->getattr ? tp->getattr : generic_getattr;
}

/* --- choosing a class's slots ------------------------------------------------------ */

typedef void (*AnyFn)(void);

typedef struct SlotFamily {
    size_t offset;             /* of the slot in Type */
    AnyFn dispatch;            /* the class slot that calls the dunder */
    uint8_t first, count;      /* its names in slot_names */
} SlotFamily;

#define FAM(field, fn, first, count) {offsetof(Type, field), (AnyFn)(fn), first, count}
static const SlotFamily families[] = {
    FAM(repr, slot_repr, 0, 1), FAM(str, slot_str, 1, 1), FAM(hash, slot_hash, 2, 1),
    FAM(richcmp, slot_richcmp, 3, 6), FAM(binop, slot_binop, 9, 26),
    FAM(inplace, slot_inplace, 35, 13), FAM(unary, slots_unary, 48, 3),
    FAM(truth, slot_truth, 51, 1), FAM(len, slot_len, 52, 1), FAM(getitem, slot_getitem, 53, 1),
    FAM(setitem, slot_setitem, 54, 2), FAM(contains, slot_contains, 56, 1),
    FAM(iter, slot_iter, 57, 1), FAM(next, slot_next, 58, 1), FAM(call, slot_call, 59, 1),
    FAM(setattr, slot_setattr, 61, 2), FAM(descr_get, slot_descr_get, 63, 1),
    FAM(descr_set, slot_descr_set, 64, 2), FAM(init, slot_init, 66, 1), FAM(new_, slot_new, 67, 1),
};

static AnyFn *slot_ptr(Type *tp, size_t offset) { return (AnyFn *)((char *)tp + offset); }

/* A family's slot for class tp: the dispatcher when a class (not a built-in)
 * defines one of its dunders, the built-in definer's own slot otherwise. */
static AnyFn choose_slot(Type *tp, const SlotFamily *f)
{
    Type *builtin = NULL;
    for (int i = 0; i < f->count; i++) {
        Type *d = type_definer(tp, atoll_names[slot_names[f->first + i].name]);
        if (!d) continue;
        if (d->flags & TF_HEAP) return f->dispatch;
        if (!builtin) builtin = d;
    }
    if (!builtin) return NULL;
    if (tp->boxed && builtin != &object_type) return f->dispatch;   /* the wrapper unboxes */
    return *slot_ptr(builtin, f->offset);
}

void type_fixup_slots(Type *tp)
{
    if (!(tp->flags & TF_HEAP)) return;
    for (size_t i = 0; i < sizeof families / sizeof *families; i++)
        *slot_ptr(tp, families[i].offset) = choose_slot(tp, &families[i]);
    Type *hd = type_definer(tp, NAME(__hash__));
    if (hd && dict_get_str(hd->dict, NAME(__hash__)) == V_NONE)
        tp->hash = hash_unhashable;
    Type *ga = type_definer(tp, NAME(__getattribute__));
    if (ga && (ga->flags & TF_HEAP))
        tp->getattr = slot_getattribute;
    else if (type_definer(tp, NAME(__getattr__)))
        tp->getattr = slot_getattr_hook;
    else
        tp->getattr = solid_getattr(tp);
    tp->buffer = tp->base ? tp->base->buffer : NULL;   /* no dunder: the layout's */
    if (tp->boxed && (!type_definer(tp, NAME(__new__)) ||
                      !(type_definer(tp, NAME(__new__))->flags & TF_HEAP)))
        tp->new_ = box_new;
    if (tp->subclasses) {
        Value subs = tp->subclasses;
        for (size_t i = 0; i < AS_LIST(subs)->len; i++)
            type_fixup_slots(AS_TYPE(AS_LIST(subs)->items[i]));
    }
}

/* --- wrapper objects for built-in slots --------------------------------------------- */

typedef struct SlotWrapperObj {
    Obj hdr;
    Type *owner;
    const SlotName *sn;
} SlotWrapperObj;

static Value wrapper_args_error(Task *t, SlotWrapperObj *w, size_t want, size_t got)
{
    return err_format(t, &exc_TypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s", got);
}

/* Runs the built-in slot behind a wrapper; args exclude self. self is
 * unboxed for the owner; given is self as the caller gave it (an instance of
 * a subclass of a built-in, which messages name). */
static Value wrapper_dispatch(Task *t, SlotWrapperObj *w, Value self, Value given, const Value *a, size_t n,
                              Value kw)
{
    Type *o = w->owner;
    int op = w->sn->op;
    static const int8_t nargs_of[] = {
        [SK_REPR] = 0, [SK_STR] = 0, [SK_HASH] = 0, [SK_CMP] = 1, [SK_BINOP] = 1, [SK_RBINOP] = 1,
        [SK_INPLACE] = 1, [SK_UNARY] = 0, [SK_BOOL] = 0, [SK_LEN] = 0, [SK_GETITEM] = 1,
        [SK_SETITEM] = 2, [SK_DELITEM] = 1, [SK_CONTAINS] = 1, [SK_ITER] = 0, [SK_NEXT] = 0,
        [SK_CALL] = -1, [SK_GETATTRIBUTE] = 1, [SK_SETATTR] = 2, [SK_DELATTR] = 1, [SK_GET] = -2,
        [SK_SET] = 2, [SK_DELETE] = 1, [SK_INIT] = -1, [SK_NEW] = -1,
    };
    int want = nargs_of[w->sn->kind];
    if (want >= 0 && (n != (size_t)want || (kw && TUPLE_LEN(kw))))
        return wrapper_args_error(t, w, want, n);
    switch ((SlotKind)w->sn->kind) {
    case SK_REPR: return o->repr(t, self);
    case SK_STR: return o->str(t, self);
    case SK_HASH: {
        int64_t h = o->hash(t, self);
        return h == -1 ? 0 : int_from_i64(t, h);
    }
    case SK_CMP: return o->richcmp(t, self, a[0], op);
    case SK_BINOP: return o->binop(t, self, a[0], op, 0);
    case SK_RBINOP: return o->binop(t, a[0], self, op, 1);
    case SK_INPLACE: return o->inplace(t, self, a[0], op);
    case SK_UNARY: {
        /* a built-in slot's NotImplemented means it lacks the operation */
        Value r = o->unary(t, self, op);
        return r == V_NOTIMPL && o->unary != slots_unary ? obj_unary_error(t, given, op) : r;
    }
    case SK_BOOL: {
        int r = o->truth(t, self);
        return r < 0 ? 0 : V_BOOL(r);
    }
    case SK_LEN: {
        int64_t r = o->len(t, self);
        return r < 0 ? 0 : MAKE_SMALL(r);
    }
    case SK_GETITEM: return o->getitem(t, self, a[0]);
    case SK_SETITEM: return o->setitem(t, self, a[0], a[1]) ? V_NONE : 0;
    case SK_DELITEM: return o->setitem(t, self, a[0], 0) ? V_NONE : 0;
    case SK_CONTAINS: {
        int r = o->contains(t, self, a[0]);
        return r < 0 ? 0 : V_BOOL(r);
    }
    case SK_ITER: return o->iter(t, self);
    case SK_NEXT: {
        Value r = o->next(t, self);
        if (!r && !t->exc) err_set(t, OBJ_VAL(&exc_StopIteration));
        return r;
    }
    case SK_CALL: return o->call(t, self, a, n, kw);
    case SK_GETATTRIBUTE:
        if (!IS_STR(a[0]))
            return err_format(t, &exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(a[0]));
        return o->getattr(t, self, a[0]);
    case SK_SETATTR:
    case SK_DELATTR:
        if (!IS_STR(a[0]))
            return err_format(t, &exc_TypeError, "attribute name must be string, not '%s'", obj_type_name(a[0]));
        return o->setattr(t, self, a[0], w->sn->kind == SK_SETATTR ? a[1] : 0) ? V_NONE : 0;
    case SK_GET:
        if (n < 1 || n > 2) return wrapper_args_error(t, w, 2, n);
        return o->descr_get(t, self, a[0] == V_NONE ? 0 : a[0],
                            n > 1 && IS_CLASS(a[1]) ? AS_TYPE(a[1]) : NULL);
    case SK_SET: return o->descr_set(t, self, a[0], a[1]) ? V_NONE : 0;
    case SK_DELETE: return o->descr_set(t, self, a[0], 0) ? V_NONE : 0;
    case SK_INIT: return o->init(t, self, a, n, kw) ? V_NONE : 0;
    case SK_NEW: break;
    }
    return 0;
}

static Value wrapper_call(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    SlotWrapperObj *w = (SlotWrapperObj *)self;
    const char *name = STR_DATA(atoll_names[w->sn->name]);
    if (nargs < 1)
        return err_format(t, &exc_TypeError, "descriptor '%s' of '%s' object needs an argument", name, w->owner->name);
    Value obj = args[0];
    if (w->sn->kind == SK_NEW) {
        if (!IS_CLASS(obj))
            return err_format(t, &exc_TypeError, "%s.__new__(X): X is not a type object (%s)", w->owner->name, obj_type_name(obj));
        Type *cls = AS_TYPE(obj);
        if (!type_is_subtype(cls, w->owner))
            return err_format(t, &exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                              w->owner->name, cls->name, cls->name, w->owner->name);
        /* CPython's tp_new_wrapper: the built-in under cls must be the one whose
         * __new__ this is (object.__new__(int) would make a broken int) */
        Type *builtin = cls;
        while (builtin && (builtin->flags & TF_HEAP)) builtin = builtin->base;
        if (builtin && builtin->new_ != w->owner->new_)
            return err_format(t, &exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                              w->owner->name, cls->name, builtin->name);
        if (cls->boxed && cls != w->owner)
            return box_new(t, cls, args + 1, nargs - 1, kw);
        return w->owner->new_(t, cls, args + 1, nargs - 1, kw);
    }
    if (!type_is_subtype(TYPE_OF(obj), w->owner))
        return err_format(t, &exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                          name, w->owner->name, obj_type_name(obj));
    return wrapper_dispatch(t, w, obj_unbox_for(obj, w->owner), obj, args + 1, nargs - 1, kw);
}

static Value wrapper_get(Task *t, Value self, Value obj, Type *type)
{
    SlotWrapperObj *w = (SlotWrapperObj *)self;
    if (!obj || w->sn->kind == SK_NEW) return self;
    return method_new(self, obj);
}

static Value wrapper_repr(Task *t, Value self)
{
    SlotWrapperObj *w = (SlotWrapperObj *)self;
    return str_format(t, "<slot wrapper '%U' of '%s' objects>", atoll_names[w->sn->name], w->owner->name);
}

Type slot_wrapper_type = {
    .hdr = {&type_type}, .name = "wrapper_descriptor", .size = sizeof(SlotWrapperObj),
    .flags = TF_ABSTRACT_NEW, .call = wrapper_call, .descr_get = wrapper_get, .repr = wrapper_repr,
};
REGISTER_TYPE(slot_wrapper_type);

static bool slot_defined(Type *tp, const SlotFamily *f)
{
    AnyFn mine = *slot_ptr(tp, f->offset);
    return mine && (!tp->base || *slot_ptr(tp->base, f->offset) != mine);
}

void slots_add_wrappers(Type *tp)
{
    for (size_t i = 0; i < sizeof families / sizeof *families; i++) {
        const SlotFamily *f = &families[i];
        if (!slot_defined(tp, f)) continue;
        for (int j = 0; j < f->count; j++) {
            const SlotName *sn = &slot_names[f->first + j];
            Value name = atoll_names[sn->name];
            if (dict_get_str(tp->dict, name)) continue;
            SlotWrapperObj *w = GC_MALLOC(sizeof *w);
            w->hdr.type = &slot_wrapper_type;
            w->owner = tp;
            w->sn = sn;
            dict_set_str(tp->dict, name, OBJ_VAL(w));
        }
    }
    if (tp->hash == hash_unhashable)
        dict_set_str(tp->dict, NAME(__hash__), V_NONE);
    if (tp->getattr && (!tp->base || tp->base->getattr != tp->getattr)) {
        static const SlotName ga = {NAME___getattribute__, SK_GETATTRIBUTE, 0};
        SlotWrapperObj *w = GC_MALLOC(sizeof *w);
        w->hdr.type = &slot_wrapper_type;
        w->owner = tp;
        w->sn = &ga;
        dict_set_str(tp->dict, NAME(__getattribute__), OBJ_VAL(w));
    }
}
