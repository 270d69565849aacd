/* object.c - the generic object protocol: repr, hash, truth, attributes,
 * items, iteration and calls, dispatched through type slots; plus the
 * singletons None, NotImplemented and Ellipsis. Operators (binary,
 * comparison) are in ops.c. */
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
#include "bignum.h"
#include "int.h"
#include "alloc.h"
#include "cstack.h"

const Obj none_obj = {&none_type};
const Obj notimpl_obj = {&notimpl_type};
const Obj ellipsis_obj = {&ellipsis_type};

static Value none_repr(Task *t, Value v) { return str_from_cstr("None"); }
static Value notimpl_repr(Task *t, Value v) { return str_from_cstr("NotImplemented"); }
static Value ellipsis_repr(Task *t, Value v) { return str_from_cstr("Ellipsis"); }
static int none_truth(Task *t, Value v) { return 0; }

/* Calling the type of a singleton gives the singleton back, as in CPython. */
static Value singleton_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (nargs || (kw && TUPLE_LEN(kw)))
        return err_format(t, &exc_TypeError, "%s takes no arguments", tp->name);
    return tp == &none_type ? V_NONE : tp == &notimpl_type ? OBJ_VAL(&notimpl_obj) : OBJ_VAL(&ellipsis_obj);
}

Type none_type = {.hdr = {&type_type}, .name = "NoneType", .size = sizeof(Obj),
                  .repr = none_repr, .truth = none_truth, .new_ = singleton_new};
Type notimpl_type = {.hdr = {&type_type}, .name = "NotImplementedType", .size = sizeof(Obj),
                     .repr = notimpl_repr, .new_ = singleton_new};
Type ellipsis_type = {.hdr = {&type_type}, .name = "ellipsis", .size = sizeof(Obj),
                      .repr = ellipsis_repr, .new_ = singleton_new};
REGISTER_TYPE(none_type);
REGISTER_TYPE(notimpl_type);
REGISTER_TYPE(ellipsis_type);

/* complex is out of atoll's subset (SPEC §2): the name exists, so code that
 * only mentions the type (isinstance checks, tables of types) runs, and
 * making one fails clearly. */
static Value complex_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    return err_format(t, &exc_NotImplementedError, "atoll does not support complex numbers");
}

Type complex_type = {.hdr = {&type_type}, .name = "complex", .size = sizeof(Obj), .flags = TF_BASETYPE,
                     .new_ = complex_new};
REGISTER_TYPE(complex_type);

const char *obj_type_name(Value v) { return TYPE_OF(v)->name; }

Value obj_unbox(Value v)
{
    if (!IS_SMALL(v) && AS_OBJ(v)->type->boxed)
        return ((BoxObj *)v)->value;
    return v;
}

Value obj_unbox_for(Value v, Type *owner)
{
    if (IS_SMALL(v) || owner == &object_type) return v;
    Type *b = AS_OBJ(v)->type->boxed;
    return b && type_is_subtype(b, owner) ? ((BoxObj *)v)->value : v;
}

/* --- repr and str ----------------------------------------------------------- */

static Value default_repr(Task *t, Value v)
{
    Type *tp = TYPE_OF(v);
    if (tp->module && !str_eq_cstr(tp->module, "builtins"))
        return str_format(t, "<%U.%U object at %p>", tp->module, tp->qualname, (void *)v);
    return str_format(t, "<%s object at %p>", tp->name, (void *)v);
}

static Value check_str_result(Task *t, Value r, const char *what)
{
    if (r && !HAS_FLAG(r, TF_STR))
        return err_format(t, &exc_TypeError, "%s returned non-string (type %T)", what, r);
    return r;
}

/* TF_CLASS_OPS: when v is such a class, *found is set and the result of its
 * classmethod name(*args) is returned (0 on error). */
static Value class_op(Task *t, Value v, const char *name, const Value *args, size_t nargs, bool *found)
{
    *found = IS_CLASS(v) && (AS_TYPE(v)->flags & TF_CLASS_OPS);
    if (!*found) return 0;
    Value fn = obj_getattr(t, v, str_intern_cstr(name));
    return fn ? obj_call(t, fn, args, nargs, 0) : 0;
}

Value obj_class_reversed(Task *t, Value v, bool *found)
{
    return class_op(t, v, "__class_reversed__", NULL, 0, found);
}

Value obj_repr(Task *t, Value v)
{
    Type *tp = TYPE_OF(v);
    if (GC_EXPECT(tp->flags & TF_TYPE, 0)) {
        bool found;
        Value r = class_op(t, v, "__class_repr__", NULL, 0, &found);
        if (found) return r ? check_str_result(t, r, "__repr__") : 0;
    }
    if (!tp->repr)
        return default_repr(t, v);
    if (!rec_enter(t, " while getting the repr of an object")) return 0;
    Value r = tp->repr(t, v);
    rec_leave(t);
    return check_str_result(t, r, "__repr__");
}

Value obj_str(Task *t, Value v)
{
    if (IS_STR(v))
        return v;
    Type *tp = TYPE_OF(v);
    if (!tp->str)
        return obj_repr(t, v);
    if (GC_EXPECT(tp->flags & TF_TYPE, 0)) {
        /* type's str is its repr: a TF_CLASS_OPS class's own */
        bool found;
        Value r = class_op(t, v, "__class_repr__", NULL, 0, &found);
        if (found) return r ? check_str_result(t, r, "__str__") : 0;
    }
    if (!rec_enter(t, " while getting the str of an object")) return 0;
    Value r = tp->str(t, v);
    rec_leave(t);
    return check_str_result(t, r, "__str__");
}

int repr_enter(Task *t, Value v)
{
    if (!t->repr_active) {
        t->repr_active = list_new(4);
        if (!t->repr_active) {
            err_no_memory(t);
            return -1;
        }
    }
    ListObj *l = AS_LIST(t->repr_active);
    for (size_t i = 0; i < l->len; i++)
        if (l->items[i] == v)
            return 1;
    return list_append(t, t->repr_active, v) ? 0 : -1;
}

void repr_leave(Task *t, Value v)
{
    ListObj *l = AS_LIST(t->repr_active);
    for (size_t i = l->len; i-- > 0;)
        if (l->items[i] == v) {
            memmove(l->items + i, l->items + i + 1, (l->len - i - 1) * sizeof(Value));
            l->len--;
            return;
        }
}

/* --- hash and truth ----------------------------------------------------------- */

int64_t obj_hash(Task *t, Value v)
{
    if (IS_SMALL(v)) return small_int_hash(SMALL_VAL(v));
    Type *tp = AS_OBJ(v)->type;
    if (tp->hash)
        return tp->hash(t, v);
    return hash_identity(t, v);
}

/* object.__hash__, as CPython's: the address rotated by 4 bits. */
int64_t hash_identity(Task *t, Value v)
{
    uintptr_t p = (uintptr_t)v;
    int64_t h = (int64_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

int obj_truthy(Task *t, Value v)
{
    if (v == V_TRUE) return 1;
    if (v == V_FALSE || v == V_NONE) return 0;
    if (IS_SMALL(v)) return v != MAKE_SMALL(0);
    Type *tp = AS_OBJ(v)->type;
    if (tp->truth)
        return tp->truth(t, v);
    if (tp->len) {
        int64_t n = tp->len(t, v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* --- attributes --------------------------------------------------------------- */

DictObj **obj_dict_ptr(Value o)
{
    if (IS_SMALL(o)) return NULL;
    uint32_t off = AS_OBJ(o)->type->dict_offset;
    return off ? (DictObj **)((char *)o + off) : NULL;
}

static Value attr_error(Task *t, Value o, Value name)
{
    err_format(t, &exc_AttributeError, "'%s' object has no attribute '%U'", obj_type_name(o), name);
    if (t->exc) {
        DictObj **dp = obj_dict_ptr(t->exc);
        if (dp) {
            if (!*dp) *dp = dict_new();
            dict_set_str(*dp, NAME(name), name);
            dict_set_str(*dp, NAME(obj), o);
        }
    }
    return 0;
}

Value generic_getattr(Task *t, Value o, Value name)
{
    Type *tp = TYPE_OF(o);
    Value descr = type_lookup_cached(t, tp, name);
    DescrGetFn get = NULL;
    if (descr) {
        Type *dt = TYPE_OF(descr);
        get = dt->descr_get;
        if (get && dt->descr_set)
            return get(t, descr, o, tp);
    }
    DictObj **dp = obj_dict_ptr(o);
    if (dp && *dp) {
        Value v = dict_get_str(*dp, name);
        if (v) return v;
    }
    if (get) return get(t, descr, o, tp);
    if (descr) return descr;
    return attr_error(t, o, name);
}

bool generic_setattr(Task *t, Value o, Value name, Value v)
{
    Type *tp = TYPE_OF(o);
    Value descr = type_lookup_cached(t, tp, name);
    if (descr) {
        DescrSetFn set = TYPE_OF(descr)->descr_set;
        if (set)
            return set(t, descr, o, v);
    }
    DictObj **dp = obj_dict_ptr(o);
    if (!dp) {
        if (descr)
            err_format(t, &exc_AttributeError, "'%s' object attribute '%U' is read-only", tp->name, name);
        else
            err_format(t, &exc_AttributeError, "'%s' object has no attribute '%U'", tp->name, name);
        return false;
    }
    if (!*dp) *dp = dict_new();
    if (v) {
        if (descr && (tp->flags & TF_HEAP) && !(tp->flags & TF_SHADOWED)) {
            tp->flags |= TF_SHADOWED;
            tp->version = ++tp->interp->next_version;
        }
        return dict_set(t, *dp, name, v);
    }
    int r = dict_del(t, *dp, name);
    if (r == 0) attr_error(t, o, name);
    return r > 0;
}

/* An AttributeError from any getattr learns the object and the name, unless
 * it was told them, as CPython's set_attribute_error_context does: an
 * uncaught one can then suggest a close name. */
static void attr_error_context(Task *t, Value o, Value name)
{
    if (!err_matches(t, &exc_AttributeError)) return;
    DictObj **dp = obj_dict_ptr(t->exc);
    if (!dp) return;
    if (!*dp) *dp = dict_new();
    Value n = dict_get_str(*dp, NAME(name)), obj = dict_get_str(*dp, NAME(obj));
    if ((n && n != V_NONE) || (obj && obj != V_NONE)) return;
    dict_set_str(*dp, NAME(name), name);
    dict_set_str(*dp, NAME(obj), o);
}

Value obj_getattr(Task *t, Value o, Value name)
{
    GetAttrFn get = TYPE_OF(o)->getattr;
    Value v = get ? get(t, o, name) : generic_getattr(t, o, name);
    if (!v) attr_error_context(t, o, name);
    return v;
}

Value obj_getattr_opt(Task *t, Value o, Value name)
{
    Value v = obj_getattr(t, o, name);
    if (!v && err_matches(t, &exc_AttributeError))
        err_clear(t);
    return v;
}

bool obj_setattr(Task *t, Value o, Value name, Value v)
{
    SetAttrFn set = TYPE_OF(o)->setattr;
    if (set) return set(t, o, name, v);
    if (TYPE_OF(o)->dict_offset || TYPE_OF(o)->getattr == NULL)
        return generic_setattr(t, o, name, v);
    err_format(t, &exc_AttributeError, "'%s' object has no attribute '%U'", obj_type_name(o), name);
    return false;
}

bool obj_delattr(Task *t, Value o, Value name) { return obj_setattr(t, o, name, 0); }

/* --- items -------------------------------------------------------------------- */

Value obj_getitem(Task *t, Value o, Value key)
{
    Type *tp = TYPE_OF(o);
    if (tp->getitem)
        return tp->getitem(t, o, key);
    if (IS_CLASS(o)) {
        Value f = type_lookup(AS_TYPE(o), NAME(__class_getitem__));
        if (f) {
            Value args[2] = {o, key};
            if (TYPE_OF(f) == &classmethod_type || IS_TYPE(f, &staticmethod_type))
                f = TYPE_OF(f)->descr_get(t, f, 0, AS_TYPE(o));
            return f ? obj_call(t, f, args + (TYPE_OF(f) != &classmethod_type), 1, 0) : 0;
        }
        return err_format(t, &exc_TypeError, "type '%s' is not subscriptable", AS_TYPE(o)->name);
    }
    return err_format(t, &exc_TypeError, "'%s' object is not subscriptable", tp->name);
}

bool obj_setitem(Task *t, Value o, Value key, Value v)
{
    Type *tp = TYPE_OF(o);
    if (tp->setitem)
        return tp->setitem(t, o, key, v);
    err_format(t, &exc_TypeError, "'%s' object does not support item assignment", tp->name);
    return false;
}

bool obj_delitem(Task *t, Value o, Value key)
{
    Type *tp = TYPE_OF(o);
    if (tp->setitem)
        return tp->setitem(t, o, key, 0);
    err_format(t, &exc_TypeError, "'%s' object doesn't support item deletion", tp->name);
    return false;
}

int obj_contains(Task *t, Value c, Value x)
{
    Type *tp = TYPE_OF(c);
    if (GC_EXPECT(tp->flags & TF_TYPE, 0)) {
        bool found;
        Value r = class_op(t, c, "__class_contains__", &x, 1, &found);
        if (found) return r ? obj_truthy(t, r) : -1;
    }
    if (tp->contains)
        return tp->contains(t, c, x);
    if (!tp->iter && !tp->getitem) {
        err_format(t, &exc_TypeError, "argument of type '%s' is not iterable", tp->name);
        return -1;
    }
    Value it = obj_iter(t, c);
    if (!it) return -1;
    for (;;) {
        Value v = obj_next(t, it);
        if (!v) return t->exc ? -1 : 0;
        int r = obj_eq(t, v, x);
        if (r != 0) return r;
    }
}

int64_t obj_len(Task *t, Value v)
{
    Type *tp = TYPE_OF(v);
    if (GC_EXPECT(tp->flags & TF_TYPE, 0)) {
        bool found;
        Value r = class_op(t, v, "__class_len__", NULL, 0, &found);
        int64_t n;
        if (found) return r && int_as_i64(t, r, &n) ? n : -1;
    }
    if (tp->len)
        return tp->len(t, v);
    err_format(t, &exc_TypeError, "object of type '%s' has no len()", tp->name);
    return -1;
}

/* --- iteration ---------------------------------------------------------------- */

/* Iteration over objects that only have __getitem__: items 0, 1, 2... until
 * IndexError or StopIteration. */
typedef struct SeqIterObj {
    Obj hdr;
    Value seq;             /* 0 once exhausted */
    int64_t index;
} SeqIterObj;

static Value seqiter_iter(Task *t, Value self) { return self; }

static Value seqiter_next(Task *t, Value self)
{
    SeqIterObj *it = (SeqIterObj *)self;
    if (!it->seq) return 0;
    Value v = obj_getitem(t, it->seq, MAKE_SMALL(it->index));
    if (v) {
        it->index++;
        return v;
    }
    if (err_matches(t, &exc_IndexError) || err_matches(t, &exc_StopIteration)) {
        err_clear(t);
        it->seq = 0;
    }
    return 0;
}

Type seqiter_type = {.hdr = {&type_type}, .name = "iterator", .size = sizeof(SeqIterObj),
                     .iter = seqiter_iter, .next = seqiter_next, .flags = TF_ABSTRACT_NEW};
REGISTER_TYPE(seqiter_type);

Value obj_iter(Task *t, Value v)
{
    Type *tp = TYPE_OF(v);
    if (GC_EXPECT(tp->flags & TF_TYPE, 0)) {
        bool found;
        Value r = class_op(t, v, "__class_iter__", NULL, 0, &found);
        if (found) return r ? obj_iter(t, r) : 0;
    }
    if (tp->iter) {
        Value it = tp->iter(t, v);
        if (it && !TYPE_OF(it)->next)
            return err_format(t, &exc_TypeError, "iter() returned non-iterator of type '%s'",
                              obj_type_name(it));
        return it;
    }
    if (tp->getitem && !(tp->flags & TF_DICT)) {
        SeqIterObj *it = gc_alloc(sizeof *it);
        if (!it) return err_no_memory(t);
        it->hdr.type = &seqiter_type;
        it->seq = v;
        return OBJ_VAL(it);
    }
    return err_format(t, &exc_TypeError, "'%s' object is not iterable", tp->name);
}

static Value __attribute__((noinline, cold)) err_c_stack(Task *t)
{
    return err_format(t, &exc_RecursionError, "maximum recursion depth exceeded");
}

Value obj_next(Task *t, Value it)
{
    t->park_ok = false;     /* called from C: a blocking iterator must not park */
    if (cstack_exhausted()) return err_c_stack(t);
    NextFn next = TYPE_OF(it)->next;
    if (next)
        return next(t, it);
    return err_format(t, &exc_TypeError, "'%s' object is not an iterator", obj_type_name(it));
}

/* --- calls -------------------------------------------------------------------- */

Value obj_call(Task *t, Value f, const Value *args, size_t nargs, Value kwnames)
{
    t->park_ok = false;     /* called from C: a blocking built-in must not park */
    if (cstack_exhausted()) return err_c_stack(t);
    CallFn call = TYPE_OF(f)->call;
    if (call)
        return call(t, f, args, nargs, kwnames);
    return err_format(t, &exc_TypeError, "'%s' object is not callable", obj_type_name(f));
}

Value obj_call_method(Task *t, Value self, Value name, const Value *args, size_t nargs)
{
    Value f = obj_getattr(t, self, name);
    if (!f) return 0;
    return obj_call(t, f, args, nargs, 0);
}

/* --- type tests and conversions -------------------------------------------------- */

bool type_is_subtype(const Type *a, const Type *b)
{
    if (a == b || b == &object_type) return true;
    if (a->mro) {
        Value mro = a->mro;
        for (size_t i = 0; i < TUPLE_LEN(mro); i++)
            if (TUPLE_ITEM(mro, i) == OBJ_VAL(b))
                return true;
        return false;
    }
    for (const Type *p = a->base; p; p = p->base)
        if (p == b) return true;
    return false;
}

static int check_class_arg(Task *t, Value cls, const char *fname, const char *what)
{
    err_format(t, &exc_TypeError, "%s() arg 2 must be a %s", fname, what);
    return -1;
}

/* isinstance/issubclass against an abc.ABC class: its hook decides. */
static int abc_check(Task *t, Value cls, const char *hook, Value arg)
{
    Value f = obj_getattr(t, cls, str_intern_cstr(hook));
    Value r = f ? obj_call(t, f, &arg, 1, 0) : 0;
    return r ? obj_truthy(t, r) : -1;
}

int obj_isinstance(Task *t, Value v, Value cls)
{
    if (IS_CLASS(cls)) {
        Type *c = AS_TYPE(cls);
        if ((c->flags & TF_ABC) && TYPE_OF(v) != c) return abc_check(t, cls, "__instancecheck__", v);
        if (type_is_subtype(TYPE_OF(v), c)) return 1;
        /* as CPython, a __class__ that differs from the type counts (a
         * weakref proxy answers its referent's): asked only of types that
         * compute attributes, where it can differ */
        if (!TYPE_OF(v)->getattr) return 0;
        Value k = obj_getattr_opt(t, v, NAME(__class__));
        if (!k) return t->exc ? -1 : 0;
        return IS_CLASS(k) && AS_TYPE(k) != TYPE_OF(v) && type_is_subtype(AS_TYPE(k), c);
    }
    if (IS_TUPLE(cls)) {
        for (size_t i = 0; i < TUPLE_LEN(cls); i++) {
            int r = obj_isinstance(t, v, TUPLE_ITEM(cls, i));
            if (r) return r;
        }
        return 0;
    }
    /* any object whose type has __instancecheck__ (typing's aliases) */
    bool found;
    Value r = call_special(t, cls, str_intern_cstr("__instancecheck__"), &v, 1, &found);
    if (found) return r ? obj_truthy(t, r) : -1;
    if (t->exc) return -1;
    return check_class_arg(t, cls, "isinstance", "type, a tuple of types, or a union");
}

int obj_issubclass(Task *t, Value derived, Value cls)
{
    if (!IS_CLASS(derived)) {
        err_format(t, &exc_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (IS_CLASS(cls)) {
        if (AS_TYPE(cls)->flags & TF_ABC) return abc_check(t, cls, "__subclasscheck__", derived);
        return type_is_subtype(AS_TYPE(derived), AS_TYPE(cls));
    }
    if (IS_TUPLE(cls)) {
        for (size_t i = 0; i < TUPLE_LEN(cls); i++) {
            int r = obj_issubclass(t, derived, TUPLE_ITEM(cls, i));
            if (r) return r;
        }
        return 0;
    }
    bool found;
    Value r = call_special(t, cls, str_intern_cstr("__subclasscheck__"), &derived, 1, &found);
    if (found) return r ? obj_truthy(t, r) : -1;
    if (t->exc) return -1;
    return check_class_arg(t, cls, "issubclass", "class, a tuple of classes, or a union");
}

Value obj_index(Task *t, Value v)
{
    if (IS_SMALL(v) || IS_BIG(v)) return v;
    if (IS_BOOL(v)) return MAKE_SMALL(v == V_TRUE);
    Value u = obj_unbox(v);
    if (u != v && (IS_SMALL(u) || IS_BIG(u))) return u;
    Value f = type_lookup_cached(t, TYPE_OF(v), NAME(__index__));
    if (!f)
        return err_format(t, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(v));
    Value r = obj_call(t, f, &v, 1, 0);
    if (r && !HAS_FLAG(r, TF_INT) && !IS_BOOL(r))
        return err_format(t, &exc_TypeError, "__index__ returned non-int (type %T)", r);
    return r ? obj_unbox(r) : 0;
}
