/* range.c - the range type and its two iterators.
 *
 * Bounds are int Values of any size; a range whose start, stop and step are
 * small ints (the common case) also keeps int64 copies, and its iterator
 * counts in int64 and hands out tagged ints, allocating nothing per item.
 * Ranges with big bounds go through the generic int arithmetic. Semantics
 * and messages are CPython 3.11's rangeobject.c. */
#include <gc/gc.h>
#include <string.h>

#include "range.h"
#include "tuple.h"
#include "dict.h"
#include "error.h"
#include "str.h"
#include "slice.h"
#include "bignum.h"
#include "names.h"
#include "interp.h"
#include "alloc.h"

/* ------------------------------------------------------------------------ */
/* int arithmetic on Values: small ints inline, the rest through obj_binop */

static Value i_add(Task *t, Value a, Value b)
{
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t r = SMALL_VAL(a) + SMALL_VAL(b);
        if (FITS_SMALL(r))
            return MAKE_SMALL(r);
    }
    return obj_binop(t, a, b, BIN_ADD);
}

static Value i_sub(Task *t, Value a, Value b)
{
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t r = SMALL_VAL(a) - SMALL_VAL(b);
        if (FITS_SMALL(r))
            return MAKE_SMALL(r);
    }
    return obj_binop(t, a, b, BIN_SUB);
}

static Value i_mul(Task *t, Value a, Value b)
{
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t r;
        if (!__builtin_mul_overflow(SMALL_VAL(a), SMALL_VAL(b), &r) && FITS_SMALL(r))
            return MAKE_SMALL(r);
    }
    return obj_binop(t, a, b, BIN_MULT);
}

static Value i_floordiv(Task *t, Value a, Value b)
{
    if (IS_SMALL(a) && IS_SMALL(b) && SMALL_VAL(a) >= 0 && SMALL_VAL(b) > 0)
        return MAKE_SMALL(SMALL_VAL(a) / SMALL_VAL(b));
    return obj_binop(t, a, b, BIN_FLOORDIV);
}

static int i_sign(Value v)
{
    if (IS_SMALL(v))
        return (SMALL_VAL(v) > 0) - (SMALL_VAL(v) < 0);
    return ((IntObj *)AS_OBJ(v))->size < 0 ? -1 : 1;
}

/* a <op> b for ints: 1, 0, or -1 on error. */
static int i_cmp(Task *t, Value a, Value b, CmpOpKind op)
{
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        switch (op) {
        case CMP_EQ: return x == y;
        case CMP_NOTEQ: return x != y;
        case CMP_LT: return x < y;
        case CMP_LTE: return x <= y;
        case CMP_GT: return x > y;
        case CMP_GTE: return x >= y;
        default: break;
        }
    }
    return obj_compare(t, a, b, op);
}

/* An argument of range(): an int through __index__ (bool becomes int). */
static Value to_int(Task *t, Value v)
{
    if (IS_INT(v))
        return v;
    if (IS_BOOL(v))
        return MAKE_SMALL(v == V_TRUE);
    return obj_index(t, v);
}

/* ------------------------------------------------------------------------ */
/* Construction */

/* Number of items of range(start, stop, step), CPython's compute_range_length. */
static Value compute_len(Task *t, Value start, Value stop, Value step)
{
    if (IS_SMALL(start) && IS_SMALL(stop) && IS_SMALL(step)) {
        int64_t lo = SMALL_VAL(start), hi = SMALL_VAL(stop), st = SMALL_VAL(step);
        if (st < 0) {
            int64_t tmp = lo;
            lo = hi;
            hi = tmp;
            st = -st;
        }
        if (lo >= hi)
            return MAKE_SMALL(0);
        uint64_t n = ((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)st + 1;
        if (n <= (uint64_t)SMALL_MAX)
            return MAKE_SMALL((intptr_t)n);
    }
    Value lo = start, hi = stop;
    if (i_sign(step) < 0) {
        lo = stop;
        hi = start;
        step = obj_unary(t, step, UN_USUB);
        if (!step)
            return 0;
    }
    int c = i_cmp(t, lo, hi, CMP_GTE);
    if (c < 0)
        return 0;
    if (c)
        return MAKE_SMALL(0);
    Value diff = i_sub(t, hi, lo);
    if (!diff || !(diff = i_sub(t, diff, MAKE_SMALL(1))) || !(diff = i_floordiv(t, diff, step)))
        return 0;
    return i_add(t, diff, MAKE_SMALL(1));
}

static Value make_range(Task *t, Value start, Value stop, Value step)
{
    Value len = compute_len(t, start, stop, step);
    if (!len)
        return 0;
    RangeObj *r = gc_alloc(sizeof(RangeObj));
    if (!r)
        return err_no_memory(t);
    r->hdr.type = &range_type;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    r->small = IS_SMALL(start) && IS_SMALL(stop) && IS_SMALL(step);
    if (r->small) {
        r->istart = SMALL_VAL(start);
        r->istep = SMALL_VAL(step);
        int_to_i64(len, &r->ilen);
    }
    return OBJ_VAL(r);
}

Value range_new(Task *t, Value start, Value stop, Value step)
{
    if (i_sign(step) == 0)
        return err_format(t, &exc_ValueError, "range() arg 3 must not be zero");
    return make_range(t, start, stop, step);
}

static Value range_new_slot(Task *t, Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "range", "range", nargs, kwnames, 1, 3))
        return 0;
    Value start = MAKE_SMALL(0), stop, step = MAKE_SMALL(1);
    if (nargs == 1) {
        if (!(stop = to_int(t, args[0])))
            return 0;
    } else {
        if (!(start = to_int(t, args[0])) || !(stop = to_int(t, args[1])))
            return 0;
        if (nargs == 3 && !(step = to_int(t, args[2])))
            return 0;
    }
    return range_new(t, start, stop, step);
}

/* ------------------------------------------------------------------------ */
/* Slots */

static Value range_repr(Task *t, Value self)
{
    RangeObj *r = AS_RANGE(self);
    if (IS_SMALL(r->step) && SMALL_VAL(r->step) == 1)
        return str_format(t, "range(%R, %R)", r->start, r->stop);
    return str_format(t, "range(%R, %R, %R)", r->start, r->stop, r->step);
}

/* Ranges are equal when they hold the same items. 1, 0, -1 on error. */
static int range_equals(Task *t, RangeObj *a, RangeObj *b)
{
    if (a == b)
        return 1;
    int c = i_cmp(t, a->len, b->len, CMP_EQ);
    if (c <= 0)
        return c;
    if (i_sign(a->len) == 0)
        return 1;
    c = i_cmp(t, a->start, b->start, CMP_EQ);
    if (c <= 0)
        return c;
    if (IS_SMALL(a->len) && SMALL_VAL(a->len) == 1)
        return 1;
    return i_cmp(t, a->step, b->step, CMP_EQ);
}

static Value range_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_RANGE(other) || (op != CMP_EQ && op != CMP_NOTEQ))
        return V_NOTIMPL;
    int c = range_equals(t, AS_RANGE(self), AS_RANGE(other));
    if (c < 0)
        return 0;
    return V_BOOL(op == CMP_EQ ? c : !c);
}

/* hash((len, start, step)), with start and step None where they do not
 * matter (no items; one item). */
static int64_t range_hash(Task *t, Value self)
{
    RangeObj *r = AS_RANGE(self);
    Value items[3] = {r->len, V_NONE, V_NONE};
    if (i_sign(r->len) != 0) {
        items[1] = r->start;
        if (!(IS_SMALL(r->len) && SMALL_VAL(r->len) == 1))
            items[2] = r->step;
    }
    return tuple_hash_items(t, items, 3);
}

static int range_truth(Task *t, Value self)
{
    return i_sign(AS_RANGE(self)->len) != 0;
}

static int64_t range_len(Task *t, Value self)
{
    RangeObj *r = AS_RANGE(self);
    if (r->small)
        return r->ilen;
    int64_t n;
    if (!int_to_i64(r->len, &n)) {
        err_format(t, &exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

/* Item i (an int Value, negative counting from the end). */
static Value range_item(Task *t, RangeObj *r, Value i)
{
    if (i_sign(i) < 0 && !(i = i_add(t, i, r->len)))
        return 0;
    int c = i_sign(i) < 0 ? 1 : i_cmp(t, i, r->len, CMP_GTE);
    if (c < 0)
        return 0;
    if (c)
        return err_format(t, &exc_IndexError, "range object index out of range");
    Value off = i_mul(t, i, r->step);
    return off ? i_add(t, r->start, off) : 0;
}

static Value range_getitem(Task *t, Value self, Value key)
{
    RangeObj *r = AS_RANGE(self);
    if (IS_SMALL(key) && r->small) {
        int64_t i = SMALL_VAL(key);
        if (i < 0)
            i += r->ilen;
        if (i < 0 || i >= r->ilen)
            return err_format(t, &exc_IndexError, "range object index out of range");
        return MAKE_SMALL(r->istart + i * r->istep);
    }
    if (index_like(key)) {
        Value i = to_int(t, key);
        return i ? range_item(t, r, i) : 0;
    }
    if (IS_SLICE(key)) {
        Value idx[3];
        if (!slice_indices_v(t, key, r->len, idx))
            return 0;
        Value start = i_mul(t, idx[0], r->step);
        Value stop = start ? i_mul(t, idx[1], r->step) : 0;
        Value step = stop ? i_mul(t, idx[2], r->step) : 0;
        if (!step || !(start = i_add(t, r->start, start)) || !(stop = i_add(t, r->start, stop)))
            return 0;
        return make_range(t, start, stop, step);
    }
    return err_format(t, &exc_TypeError, "range indices must be integers or slices, not %s",
                      obj_type_name(key));
}

/* ob in r for an int ob, without iterating: 1, 0, -1 on error. */
static int contains_int(Task *t, RangeObj *r, Value ob)
{
    if (r->small && IS_SMALL(ob)) {
        int64_t x = SMALL_VAL(ob), stop = SMALL_VAL(r->stop);
        if (r->istep > 0 ? !(r->istart <= x && x < stop) : !(stop < x && x <= r->istart))
            return 0;
        return (x - r->istart) % r->istep == 0;
    }
    int c1, c2;
    if (i_sign(r->step) > 0) {
        c1 = i_cmp(t, r->start, ob, CMP_LTE);
        c2 = c1 > 0 ? i_cmp(t, ob, r->stop, CMP_LT) : 0;
    } else {
        c1 = i_cmp(t, ob, r->start, CMP_LTE);
        c2 = c1 > 0 ? i_cmp(t, r->stop, ob, CMP_LT) : 0;
    }
    if (c1 < 0 || c2 < 0)
        return -1;
    if (!c1 || !c2)
        return 0;
    Value diff = i_sub(t, ob, r->start);
    Value rem = diff ? obj_binop(t, diff, r->step, BIN_MOD) : 0;
    if (!rem)
        return -1;
    return i_sign(rem) == 0;
}

/* An int or a bool: the kinds contains_int handles. */
static Value as_exact_int(Value v)
{
    if (IS_INT(v))
        return v;
    if (IS_BOOL(v))
        return MAKE_SMALL(v == V_TRUE);
    return 0;
}

static Value range_iter(Task *t, Value self);

/* Linear search for objects of other types: the index of the first item equal
 * to ob, or -1 when there is none (*err set on error); count counts them. */
static int64_t search(Task *t, Value self, Value ob, bool count, bool *err)
{
    *err = true;
    Value it = range_iter(t, self);
    if (!it)
        return -1;
    int64_t i = 0, n = 0;
    for (;; i++) {
        Value x = obj_next(t, it);
        if (!x)
            break;
        int c = obj_eq(t, x, ob);
        if (c < 0)
            return -1;
        if (c) {
            if (!count) {
                *err = false;
                return i;
            }
            n++;
        }
    }
    if (t->exc)
        return -1;
    *err = false;
    return count ? n : -1;
}

static int range_contains(Task *t, Value self, Value ob)
{
    Value x = as_exact_int(ob);
    if (x)
        return contains_int(t, AS_RANGE(self), x);
    bool err;
    int64_t i = search(t, self, ob, false, &err);
    return err ? -1 : i >= 0;
}

/* ------------------------------------------------------------------------ */
/* Methods */

static Value m_index(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "range.index", nargs - 1, kwnames))
        return 0;
    RangeObj *r = AS_RANGE(args[0]);
    Value ob = args[1], x = as_exact_int(ob);
    if (!x) {
        bool err;
        int64_t i = search(t, args[0], ob, false, &err);
        if (err)
            return 0;
        if (i < 0)
            return err_format(t, &exc_ValueError, "sequence.index(x): x not in sequence");
        return MAKE_SMALL(i);
    }
    int c = contains_int(t, r, x);
    if (c < 0)
        return 0;
    if (!c)
        return err_format(t, &exc_ValueError, "%R is not in range", ob);
    Value diff = i_sub(t, x, r->start);
    return diff ? obj_binop(t, diff, r->step, BIN_FLOORDIV) : 0;
}

static Value m_count(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "range.count", nargs - 1, kwnames))
        return 0;
    Value x = as_exact_int(args[1]);
    if (x) {
        int c = contains_int(t, AS_RANGE(args[0]), x);
        return c < 0 ? 0 : MAKE_SMALL(c);
    }
    bool err;
    int64_t n = search(t, args[0], args[1], true, &err);
    return err ? 0 : MAKE_SMALL(n);
}

static Value m_reversed(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "range.__reversed__", nargs - 1, kwnames))
        return 0;
    RangeObj *r = AS_RANGE(args[0]);
    if (r->small) {
        RangeIterObj *it = gc_alloc(sizeof(RangeIterObj));
        if (!it)
            return err_no_memory(t);
        it->hdr.type = &range_iter_type;
        it->next = r->istart + (r->ilen - 1) * r->istep;
        it->step = -r->istep;
        it->remaining = r->ilen;
        return OBJ_VAL(it);
    }
    Value last = i_sub(t, r->len, MAKE_SMALL(1));
    if (!last || !(last = i_mul(t, last, r->step)) || !(last = i_add(t, r->start, last)))
        return 0;
    Value step = obj_unary(t, r->step, UN_USUB);
    if (!step)
        return 0;
    LongRangeIterObj *it = gc_alloc(sizeof(LongRangeIterObj));
    if (!it)
        return err_no_memory(t);
    it->hdr.type = &longrange_iter_type;
    it->start = last;
    it->step = step;
    it->len = r->len;
    it->index = MAKE_SMALL(0);
    return OBJ_VAL(it);
}

static Value get_start(Task *t, Value self) { return AS_RANGE(self)->start; }
static Value get_stop(Task *t, Value self) { return AS_RANGE(self)->stop; }
static Value get_step(Task *t, Value self) { return AS_RANGE(self)->step; }

static const MethodDef range_methods[] = {
    {"index", m_index, METH_PLAIN,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {"count", m_count, METH_PLAIN, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"__reversed__", m_reversed, METH_PLAIN, "Return a reverse iterator."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef range_members[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------------ */
/* Iterators */

static Value iter_self(Task *t, Value self)
{
    return self;
}

static Value range_iter(Task *t, Value self)
{
    RangeObj *r = AS_RANGE(self);
    if (r->small) {
        RangeIterObj *it = gc_alloc(sizeof(RangeIterObj));
        if (!it)
            return err_no_memory(t);
        it->hdr.type = &range_iter_type;
        it->next = r->istart;
        it->step = r->istep;
        it->remaining = r->ilen;
        return OBJ_VAL(it);
    }
    LongRangeIterObj *it = gc_alloc(sizeof(LongRangeIterObj));
    if (!it)
        return err_no_memory(t);
    it->hdr.type = &longrange_iter_type;
    it->start = r->start;
    it->step = r->step;
    it->len = r->len;
    it->index = MAKE_SMALL(0);
    return OBJ_VAL(it);
}

static Value range_iter_next(Task *t, Value self)
{
    RangeIterObj *it = (RangeIterObj *)self;
    if (it->remaining <= 0)
        return 0;
    int64_t v = it->next;
    it->next = v + it->step;
    it->remaining--;
    return MAKE_SMALL(v);
}

static Value range_iter_hint(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "range_iterator.__length_hint__", nargs - 1, kwnames))
        return 0;
    int64_t n = ((RangeIterObj *)args[0])->remaining;
    return MAKE_SMALL(n > 0 ? n : 0);
}

static Value longrange_iter_next(Task *t, Value self)
{
    LongRangeIterObj *it = (LongRangeIterObj *)self;
    int c = i_cmp(t, it->index, it->len, CMP_LT);
    if (c <= 0)
        return 0;
    Value off = i_mul(t, it->index, it->step);
    Value v = off ? i_add(t, it->start, off) : 0;
    if (!v)
        return 0;
    Value next = i_add(t, it->index, MAKE_SMALL(1));
    if (!next)
        return 0;
    it->index = next;
    return v;
}

static Value longrange_iter_hint(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "longrange_iterator.__length_hint__", nargs - 1, kwnames))
        return 0;
    LongRangeIterObj *it = (LongRangeIterObj *)args[0];
    return i_sub(t, it->len, it->index);
}

static const MethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_hint, METH_PLAIN,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

static const MethodDef longrange_iter_methods[] = {
    {"__length_hint__", longrange_iter_hint, METH_PLAIN,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type range_iter_type = {
    .hdr = {&type_type},
    .name = "range_iterator",
    .size = sizeof(RangeIterObj),
    .methods = range_iter_methods,
    .iter = iter_self,
    .next = range_iter_next,
};
REGISTER_TYPE(range_iter_type);

Type longrange_iter_type = {
    .hdr = {&type_type},
    .name = "longrange_iterator",
    .size = sizeof(LongRangeIterObj),
    .methods = longrange_iter_methods,
    .iter = iter_self,
    .next = longrange_iter_next,
};
REGISTER_TYPE(longrange_iter_type);

Type range_type = {
    .hdr = {&type_type},
    .name = "range",
    .size = sizeof(RangeObj),
    .flags = 0,
    .methods = range_methods,
    .members = range_members,
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .new_ = range_new_slot,
};
REGISTER_TYPE(range_type);
