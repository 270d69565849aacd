/* tuple.c - the tuple type and its iterator.
 *
 * A tuple is one allocation: header, length, items. The empty tuple is a
 * single immutable static object shared by every island. Instances of tuple
 * subclasses are BoxObjs carrying a plain tuple (Type.boxed), so every slot
 * unboxes self first. The hash is CPython 3.11's xxHash-based tuplehash, so
 * that sets of tuples iterate in CPython's order. */
#include <gc/gc.h>
#include <stdarg.h>
#include <string.h>

#include "tuple.h"
#include "alloc.h"
#include "list.h"
#include "dict.h"
#include "error.h"
#include "str.h"
#include "slice.h"
#include "genericalias.h"
#include "names.h"
#include "interp.h"

static const TupleObj empty_tuple = { .hdr = { &tuple_type }, .len = 0 };

/* self of a tuple slot or method: a tuple, or a boxed tuple subclass instance. */
static inline Value tup(Value v)
{
    return IS_TUPLE(v) ? v : obj_unbox(v);
}

/* ------------------------------------------------------------------------ */
/* Construction */

Value tuple_empty(void)
{
    return OBJ_VAL(&empty_tuple);
}

Value tuple_new(size_t n)
{
    if (n == 0)
        return tuple_empty();
    if (n > (SIZE_MAX - sizeof(TupleObj)) / sizeof(Value))
        return 0;
    size_t bytes = sizeof(TupleObj) + n * sizeof(Value);
    TupleObj *o = n <= 8 ? alloc_small(bytes) : GC_MALLOC(bytes);
    if (!o)
        return 0;
    o->hdr.type = &tuple_type;
    o->len = n;
    return OBJ_VAL(o);
}

Value tuple_from_array(const Value *items, size_t n)
{
    Value r = tuple_new(n);
    if (r && n)
        memcpy(AS_TUPLE(r)->items, items, n * sizeof(Value));
    return r;
}

Value tuple_pack(size_t n, ...)
{
    Value r = tuple_new(n);
    if (!r)
        return 0;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++)
        AS_TUPLE(r)->items[i] = va_arg(ap, Value);
    va_end(ap);
    return r;
}

Value tuple_from_iter(Task *t, Value iterable)
{
    if (IS_TUPLE(iterable))
        return iterable;
    Value r;
    if (IS_LIST(iterable)) {
        r = tuple_from_array(AS_LIST(iterable)->items, AS_LIST(iterable)->len);
    } else {
        Value l = list_from_iter(t, iterable);
        if (!l)
            return 0;
        r = tuple_from_array(AS_LIST(l)->items, AS_LIST(l)->len);
    }
    return r ? r : err_no_memory(t);
}

static Value tuple_new_slot(Task *t, Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "tuple", "tuple", nargs, kwnames, 0, 1))
        return 0;
    /* Called for tuple itself: the core boxes the value for a subclass. */
    return nargs ? tuple_from_iter(t, args[0]) : tuple_empty();
}

/* ------------------------------------------------------------------------ */
/* Hash: CPython 3.11's tuplehash */

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t tuple_hash_items(Task *t, const Value *items, size_t n)
{
    uint64_t acc = XXPRIME_5;
    for (size_t i = 0; i < n; i++) {
        int64_t h = dict_key_hash(t, items[i]);
        if (h == -1)
            return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

/* Nested tuples hash recursively in C: bounded like repr, so that a deep
 * nest raises RecursionError instead of overflowing the C stack (which
 * CPython 3.11 does). */
static int64_t tuple_hash(Task *t, Value self)
{
    self = tup(self);
    if (!rec_enter(t, "")) return -1;
    int64_t h = tuple_hash_items(t, AS_TUPLE(self)->items, TUPLE_LEN(self));
    rec_leave(t);
    return h;
}

/* ------------------------------------------------------------------------ */
/* Slots */

static Value tuple_repr(Task *t, Value self)
{
    Value v = tup(self);
    size_t n = TUPLE_LEN(v);
    if (n == 0)
        return str_from_cstr("()");
    int r = repr_enter(t, self);
    if (r != 0)
        return r > 0 ? str_from_cstr("(...)") : 0;
    StrBuf b;
    sb_init(&b, 16);
    sb_putc(&b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_puts(&b, ", ");
        if (!sb_put_repr(t, &b, TUPLE_ITEM(v, i))) {
            repr_leave(t, self);
            return 0;
        }
    }
    sb_puts(&b, n == 1 ? ",)" : ")");
    repr_leave(t, self);
    return sb_finish(&b);
}

static Value tuple_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_TUPLE_LIKE(other))
        return V_NOTIMPL;
    Value a = tup(self), b = tup(other);
    size_t na = TUPLE_LEN(a), nb = TUPLE_LEN(b);
    size_t i;
    for (i = 0; i < na && i < nb; i++) {
        int k = obj_eq(t, TUPLE_ITEM(a, i), TUPLE_ITEM(b, i));
        if (k < 0)
            return 0;
        if (!k)
            break;
    }
    if (i >= na || i >= nb) {
        bool r;
        switch (op) {
        case CMP_EQ: r = na == nb; break;
        case CMP_NOTEQ: r = na != nb; break;
        case CMP_LT: r = na < nb; break;
        case CMP_LTE: r = na <= nb; break;
        case CMP_GT: r = na > nb; break;
        case CMP_GTE: r = na >= nb; break;
        default: return V_NOTIMPL;
        }
        return V_BOOL(r);
    }
    if (op == CMP_EQ)
        return V_FALSE;
    if (op == CMP_NOTEQ)
        return V_TRUE;
    return obj_richcmp(t, TUPLE_ITEM(a, i), TUPLE_ITEM(b, i), op);
}

/* seq * n, seq the tuple or box being repeated, v its tuple. */
static Value tuple_repeat(Task *t, Value seq, Value v, int64_t n)
{
    size_t len = TUPLE_LEN(v);
    if (len == 0 || n <= 0)
        return tuple_empty();
    if (n == 1 && IS_TUPLE(seq))
        return seq;
    if ((uint64_t)n > (SIZE_MAX / sizeof(Value)) / len)
        return err_no_memory(t);
    Value r = tuple_new(len * (size_t)n);
    if (!r)
        return err_no_memory(t);
    Value *dst = AS_TUPLE(r)->items;
    if (len == 1) {
        Value x = TUPLE_ITEM(v, 0);
        for (int64_t i = 0; i < n; i++)
            dst[i] = x;
    } else {
        for (int64_t i = 0; i < n; i++)
            memcpy(dst + (size_t)i * len, AS_TUPLE(v)->items, len * sizeof(Value));
    }
    return r;
}

static Value tuple_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    if (op == BIN_ADD) {
        if (IS_TUPLE_LIKE(a) && IS_TUPLE_LIKE(b)) {
            Value x = tup(a), y = tup(b);
            size_t nx = TUPLE_LEN(x), ny = TUPLE_LEN(y);
            if (ny == 0 && IS_TUPLE(a))
                return a;
            if (nx == 0 && IS_TUPLE(b))
                return b;
            Value r = tuple_new(nx + ny);
            if (!r)
                return err_no_memory(t);
            memcpy(AS_TUPLE(r)->items, AS_TUPLE(x)->items, nx * sizeof(Value));
            memcpy(AS_TUPLE(r)->items + nx, AS_TUPLE(y)->items, ny * sizeof(Value));
            return r;
        }
        if (side == 1 || seq_defer_binop(b, op))
            return V_NOTIMPL;
        return err_format(t, &exc_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                          obj_type_name(b));
    }
    if (op == BIN_MULT) {
        Value seq = side ? b : a, n = side ? a : b;
        int64_t count;
        int k = seq_repeat_count(t, n, &count);
        if (k < 0)
            return 0;
        if (k == 0) {
            if (side == 0 && seq_defer_binop(n, op))
                return V_NOTIMPL;
            return seq_repeat_error(t, a, b, side);
        }
        return tuple_repeat(t, seq, tup(seq), count);
    }
    return V_NOTIMPL;
}

static int tuple_truth(Task *t, Value self)
{
    return TUPLE_LEN(tup(self)) != 0;
}

static int64_t tuple_len(Task *t, Value self)
{
    return (int64_t)TUPLE_LEN(tup(self));
}

static Value tuple_getitem(Task *t, Value self, Value key)
{
    Value v = tup(self);
    int64_t n = (int64_t)TUPLE_LEN(v);
    int64_t i;
    if (IS_SMALL(key)) {
        i = SMALL_VAL(key);
    } else if (IS_SLICE(key)) {
        int64_t start, stop, step, len;
        if (!slice_unpack(t, key, n, &start, &stop, &step, &len))
            return 0;
        if (len <= 0)
            return tuple_empty();
        if (step == 1 && len == n && IS_TUPLE(self))
            return self;
        Value r = tuple_new((size_t)len);
        if (!r)
            return err_no_memory(t);
        for (int64_t k = 0, j = start; k < len; k++, j += step)
            AS_TUPLE(r)->items[k] = TUPLE_ITEM(v, j);
        return r;
    } else if (index_like(key)) {
        if (!index_to_i64(t, key, &exc_IndexError, &i))
            return 0;
    } else {
        return err_format(t, &exc_TypeError, "tuple indices must be integers or slices, not %s",
                          obj_type_name(key));
    }
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return err_format(t, &exc_IndexError, "tuple index out of range");
    return TUPLE_ITEM(v, i);
}

static int tuple_contains(Task *t, Value self, Value x)
{
    Value v = tup(self);
    for (size_t i = 0; i < TUPLE_LEN(v); i++) {
        int k = obj_eq(t, TUPLE_ITEM(v, i), x);
        if (k != 0)
            return k;
    }
    return 0;
}

/* ------------------------------------------------------------------------ */
/* Methods */

static Value tuple_count(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "tuple.count", nargs - 1, kwnames))
        return 0;
    Value v = tup(args[0]);
    intptr_t c = 0;
    for (size_t i = 0; i < TUPLE_LEN(v); i++) {
        int k = obj_eq(t, TUPLE_ITEM(v, i), args[1]);
        if (k < 0)
            return 0;
        c += k;
    }
    return MAKE_SMALL(c);
}

static Value tuple_index(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "index", "tuple.index", nargs - 1, kwnames, 1, 3))
        return 0;
    Value v = tup(args[0]);
    int64_t start, stop;
    if (!seq_index_bounds(t, args + 2, nargs - 2, (int64_t)TUPLE_LEN(v), &start, &stop))
        return 0;
    for (int64_t i = start; i < stop && i < (int64_t)TUPLE_LEN(v); i++) {
        int k = obj_eq(t, TUPLE_ITEM(v, i), args[1]);
        if (k < 0)
            return 0;
        if (k)
            return MAKE_SMALL(i);
    }
    return err_format(t, &exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_getnewargs(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "tuple.__getnewargs__", nargs - 1, kwnames))
        return 0;
    Value v = tup(args[0]);
    Value r = tuple_pack(1, IS_TUPLE(args[0]) ? v : tuple_from_array(AS_TUPLE(v)->items, TUPLE_LEN(v)));
    return r ? r : err_no_memory(t);
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, METH_PLAIN, "Return number of occurrences of value."},
    {"index", tuple_index, METH_PLAIN,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"__getnewargs__", tuple_getnewargs, METH_PLAIN, NULL},
    {"__class_getitem__", generic_class_getitem, METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------------------ */
/* Iterator */

static Value tuple_iter(Task *t, Value self)
{
    TupleIterObj *it = GC_MALLOC(sizeof(TupleIterObj));
    if (!it)
        return err_no_memory(t);
    it->hdr.type = &tuple_iter_type;
    it->seq = tup(self);
    it->index = 0;
    return OBJ_VAL(it);
}

static Value tuple_iter_self(Task *t, Value self)
{
    return self;
}

static Value tuple_iter_next(Task *t, Value self)
{
    TupleIterObj *it = (TupleIterObj *)self;
    if (!it->seq)
        return 0;
    if (it->index < TUPLE_LEN(it->seq))
        return TUPLE_ITEM(it->seq, it->index++);
    it->seq = 0;
    return 0;
}

static Value tuple_iter_length_hint(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "tuple_iterator.__length_hint__", nargs - 1, kwnames))
        return 0;
    TupleIterObj *it = (TupleIterObj *)args[0];
    return MAKE_SMALL(it->seq ? (intptr_t)(TUPLE_LEN(it->seq) - it->index) : 0);
}

static const MethodDef tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint, METH_PLAIN,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type tuple_iter_type = {
    .hdr = {&type_type},
    .name = "tuple_iterator",
    .size = sizeof(TupleIterObj),
    .methods = tuple_iter_methods,
    .iter = tuple_iter_self,
    .next = tuple_iter_next,
};
REGISTER_TYPE(tuple_iter_type);

Type tuple_type = {
    .hdr = {&type_type},
    .name = "tuple",
    .doc = 0,
    .size = sizeof(TupleObj),
    .flags = TF_BASETYPE | TF_TUPLE,
    .methods = tuple_methods,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcmp = tuple_richcmp,
    .binop = tuple_binop,
    .truth = tuple_truth,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .new_ = tuple_new_slot,
};
REGISTER_TYPE(tuple_type);
