/* slice.c - the slice type and the index helpers shared by sequences.
 *
 * A slice is an immutable triple of arbitrary objects. Sequences turn it into
 * concrete bounds with slice_unpack, which follows CPython's two steps:
 * unpack (None becomes the default for the step's direction, indices are
 * clamped to int64) and adjust (negative bounds count from the end, then
 * everything is clamped into the sequence). */
#include <gc/gc.h>
#include <string.h>

#include "slice.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "bignum.h"
#include "names.h"
#include "interp.h"
#include "dict.h"

/* ------------------------------------------------------------------------ */
/* Index helpers */

bool index_like(Value v)
{
    if (IS_SMALL(v))
        return true;
    Type *tp = AS_OBJ(v)->type;
    if (tp->flags & TF_INT)
        return true;
    if (tp == &str_type || tp == &float_type || tp == &none_type || tp == &list_type ||
        tp == &tuple_type || tp == &slice_type)
        return false;
    return type_lookup(tp, NAME(__index__)) != 0;
}

bool int_to_i64(Value v, int64_t *out)
{
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    IntObj *o = (IntObj *)AS_OBJ(v);
    bool neg = o->size < 0;
    if (o->size == 1 && o->d[0] <= (uint64_t)INT64_MAX) {
        *out = (int64_t)o->d[0];
        return true;
    }
    if (o->size == -1 && o->d[0] <= (uint64_t)INT64_MAX + 1) {
        *out = (int64_t)(0 - o->d[0]);
        return true;
    }
    *out = neg ? INT64_MIN : INT64_MAX;
    return false;
}

bool index_to_i64(Task *t, Value v, Type *overflow, int64_t *out)
{
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    Value iv = v;
    if (!IS_INT(v)) {
        iv = obj_index(t, v);
        if (!iv)
            return false;
    }
    if (!int_to_i64(iv, out) && overflow) {
        err_format(t, overflow, "cannot fit '%s' into an index-sized integer", obj_type_name(v));
        return false;
    }
    return true;
}

bool seq_index_check(Task *t, int64_t *i, int64_t len, const char *what)
{
    if (*i < 0)
        *i += len;
    if (*i < 0 || *i >= len) {
        err_format(t, &exc_IndexError, "%s index out of range", what);
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------------ */
/* Argument checks of built-in methods */

static bool no_kw(Task *t, const char *qname, Value kwnames)
{
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        err_format(t, &exc_TypeError, "%s() takes no keyword arguments", qname);
        return false;
    }
    return true;
}

bool meth_check_one(Task *t, const char *qname, size_t nargs, Value kwnames)
{
    if (!no_kw(t, qname, kwnames))
        return false;
    if (nargs != 1) {
        err_format(t, &exc_TypeError, "%s() takes exactly one argument (%zu given)", qname, nargs);
        return false;
    }
    return true;
}

bool meth_check_none(Task *t, const char *qname, size_t nargs, Value kwnames)
{
    if (!no_kw(t, qname, kwnames))
        return false;
    if (nargs != 0) {
        err_format(t, &exc_TypeError, "%s() takes no arguments (%zu given)", qname, nargs);
        return false;
    }
    return true;
}

bool meth_check_range(Task *t, const char *name, const char *qname, size_t nargs,
                      Value kwnames, size_t min, size_t max)
{
    if (!no_kw(t, qname, kwnames))
        return false;
    if (nargs >= min && nargs <= max)
        return true;
    if (min == max)
        err_format(t, &exc_TypeError, "%s expected %zu argument%s, got %zu", name, min,
                   min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        err_format(t, &exc_TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
                   min == 1 ? "" : "s", nargs);
    else
        err_format(t, &exc_TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
                   max == 1 ? "" : "s", nargs);
    return false;
}

/* Declared in object.h: the hash slot of list, dict, set, slice... */
int64_t hash_unhashable(Task *t, Value self)
{
    err_format(t, &exc_TypeError, "unhashable type: '%s'", obj_type_name(self));
    return -1;
}

/* ------------------------------------------------------------------------ */
/* slice_unpack */

Value slice_new(Value start, Value stop, Value step)
{
    SliceObj *s = GC_MALLOC(sizeof(SliceObj));
    if (!s)
        return 0;
    s->hdr.type = &slice_type;
    s->start = start ? start : V_NONE;
    s->stop = stop ? stop : V_NONE;
    s->step = step ? step : V_NONE;
    return OBJ_VAL(s);
}

/* CPython's _PyEval_SliceIndex: an index-like bound clamped to int64. */
static bool slice_bound(Task *t, Value v, int64_t *out)
{
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    if (!index_like(v)) {
        err_format(t, &exc_TypeError,
                   "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    return index_to_i64(t, v, NULL, out);
}

bool slice_unpack_raw(Task *t, Value slice, int64_t *pstart, int64_t *pstop, int64_t *pstep)
{
    SliceObj *s = AS_SLICE(slice);
    int64_t start, stop, step;

    if (s->step == V_NONE) {
        step = 1;
    } else {
        if (!slice_bound(t, s->step, &step))
            return false;
        if (step == 0) {
            err_format(t, &exc_ValueError, "slice step cannot be zero");
            return false;
        }
        if (step < -INT64_MAX)   /* so that -step cannot overflow */
            step = -INT64_MAX;
    }
    if (s->start == V_NONE)
        start = step < 0 ? INT64_MAX : 0;
    else if (!slice_bound(t, s->start, &start))
        return false;
    if (s->stop == V_NONE)
        stop = step < 0 ? INT64_MIN : INT64_MAX;
    else if (!slice_bound(t, s->stop, &stop))
        return false;
    *pstart = start;
    *pstop = stop;
    *pstep = step;
    return true;
}

int64_t slice_adjust(int64_t len, int64_t *pstart, int64_t *pstop, int64_t step)
{
    int64_t start = *pstart, stop = *pstop;
    if (start < 0) {
        start += len;
        if (start < 0)
            start = step < 0 ? -1 : 0;
    } else if (start >= len) {
        start = step < 0 ? len - 1 : len;
    }
    if (stop < 0) {
        stop += len;
        if (stop < 0)
            stop = step < 0 ? -1 : 0;
    } else if (stop >= len) {
        stop = step < 0 ? len - 1 : len;
    }
    *pstart = start;
    *pstop = stop;
    if (step < 0) {
        if (stop < start)
            return (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (uint64_t)(-step) + 1);
    } else if (start < stop) {
        return (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1);
    }
    return 0;
}

bool slice_unpack(Task *t, Value slice, int64_t len, int64_t *start, int64_t *stop,
                  int64_t *step, int64_t *slicelen)
{
    if (!slice_unpack_raw(t, slice, start, stop, step))
        return false;
    *slicelen = slice_adjust(len, start, stop, *step);
    return true;
}

/* --- slice_indices_v: the same rules on unbounded ints -------------------- */

static Value add_ints(Task *t, Value a, Value b)
{
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t r = SMALL_VAL(a) + SMALL_VAL(b);   /* cannot overflow: 62-bit operands */
        if (FITS_SMALL(r))
            return MAKE_SMALL(r);
    }
    return obj_binop(t, a, b, BIN_ADD);
}

/* Sign of an int: -1, 0 or 1. */
static int int_sign(Value v)
{
    if (IS_SMALL(v))
        return (SMALL_VAL(v) > 0) - (SMALL_VAL(v) < 0);
    return ((IntObj *)AS_OBJ(v))->size < 0 ? -1 : 1;
}

/* a < b for ints; -1 on error. */
static int lt_ints(Task *t, Value a, Value b)
{
    if (IS_SMALL(a) && IS_SMALL(b))
        return SMALL_VAL(a) < SMALL_VAL(b);
    return obj_compare(t, a, b, CMP_LT);
}

/* An index-like slice field as an int Value. */
static Value slice_field_int(Task *t, Value v)
{
    if (IS_INT(v))
        return v;
    if (!index_like(v))
        return err_format(t, &exc_TypeError,
                          "slice indices must be integers or None or have an __index__ method");
    return obj_index(t, v);
}

/* Clamps a start or stop bound v into [lower, upper], counting negatives from the end. */
static Value clamp_bound(Task *t, Value v, Value length, Value lower, Value upper)
{
    v = slice_field_int(t, v);
    if (!v)
        return 0;
    int r;
    if (int_sign(v) < 0) {
        v = add_ints(t, v, length);
        if (!v)
            return 0;
        if ((r = lt_ints(t, v, lower)) < 0)
            return 0;
        if (r)
            v = lower;
    } else {
        if ((r = lt_ints(t, upper, v)) < 0)
            return 0;
        if (r)
            v = upper;
    }
    return v;
}

bool slice_indices_v(Task *t, Value slice, Value length, Value out[3])
{
    SliceObj *s = AS_SLICE(slice);
    Value step = MAKE_SMALL(1);
    if (s->step != V_NONE) {
        step = slice_field_int(t, s->step);
        if (!step)
            return false;
        if (int_sign(step) == 0) {
            err_format(t, &exc_ValueError, "slice step cannot be zero");
            return false;
        }
    }
    bool neg = int_sign(step) < 0;
    Value lower = neg ? MAKE_SMALL(-1) : MAKE_SMALL(0);
    Value upper = neg ? add_ints(t, length, lower) : length;
    if (!upper)
        return false;
    Value start, stop;
    if (s->start == V_NONE)
        start = neg ? upper : lower;
    else if (!(start = clamp_bound(t, s->start, length, lower, upper)))
        return false;
    if (s->stop == V_NONE)
        stop = neg ? lower : upper;
    else if (!(stop = clamp_bound(t, s->stop, length, lower, upper)))
        return false;
    out[0] = start;
    out[1] = stop;
    out[2] = step;
    return true;
}

/* ------------------------------------------------------------------------ */
/* The slice type */

static Value slice_new_slot(Task *t, Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "slice", "slice", nargs, kwnames, 1, 3))
        return 0;
    Value r;
    if (nargs == 1)
        r = slice_new(V_NONE, args[0], V_NONE);
    else
        r = slice_new(args[0], args[1], nargs == 3 ? args[2] : V_NONE);
    return r ? r : err_no_memory(t);
}

static Value slice_repr(Task *t, Value self)
{
    SliceObj *s = AS_SLICE(self);
    StrBuf b;
    sb_init(&b, 32);
    sb_puts(&b, "slice(");
    if (!sb_put_repr(t, &b, s->start))
        return 0;
    sb_puts(&b, ", ");
    if (!sb_put_repr(t, &b, s->stop))
        return 0;
    sb_puts(&b, ", ");
    if (!sb_put_repr(t, &b, s->step))
        return 0;
    sb_putc(&b, ')');
    return sb_finish(&b);
}

/* Slices compare as the tuples (start, stop, step). */
static Value slice_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_SLICE(other))
        return V_NOTIMPL;
    if (self == other) {
        if (op == CMP_EQ || op == CMP_LTE || op == CMP_GTE)
            return V_TRUE;
        if (op == CMP_NOTEQ || op == CMP_LT || op == CMP_GT)
            return V_FALSE;
    }
    SliceObj *a = AS_SLICE(self), *b = AS_SLICE(other);
    Value ta = tuple_pack(3, a->start, a->stop, a->step);
    Value tb = tuple_pack(3, b->start, b->stop, b->step);
    if (!ta || !tb)
        return err_no_memory(t);
    return obj_richcmp(t, ta, tb, op);
}

static Value slice_indices(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "slice.indices", nargs - 1, kwnames))
        return 0;
    Value length = args[1];
    if (!IS_INT(length)) {
        length = obj_index(t, length);
        if (!length)
            return 0;
    }
    if (int_sign(length) < 0)
        return err_format(t, &exc_ValueError, "length should not be negative");
    Value out[3];
    if (!slice_indices_v(t, args[0], length, out))
        return 0;
    Value r = tuple_from_array(out, 3);
    return r ? r : err_no_memory(t);
}

static Value slice_get_start(Task *t, Value self) { return AS_SLICE(self)->start; }
static Value slice_get_stop(Task *t, Value self) { return AS_SLICE(self)->stop; }
static Value slice_get_step(Task *t, Value self) { return AS_SLICE(self)->step; }

static const MethodDef slice_methods[] = {
    {"indices", slice_indices, METH_PLAIN,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in "
     "a manner consistent with the\nhandling of normal slices."},
    {NULL, NULL, 0, NULL},
};

static const MemberDef slice_members[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

Type slice_type = {
    .hdr = {&type_type},
    .name = "slice",
    .size = sizeof(SliceObj),
    .flags = 0,
    .methods = slice_methods,
    .members = slice_members,
    .repr = slice_repr,
    .hash = hash_unhashable,
    .richcmp = slice_richcmp,
    .new_ = slice_new_slot,
};
REGISTER_TYPE(slice_type);

/* ------------------------------------------------------------------------ */
/* Sequence operators */

bool seq_defer_binop(Value other, BinOpKind op)
{
    if (IS_SMALL(other))
        return false;
    Type *tp = AS_OBJ(other)->type;
    if (!(tp->flags & TF_HEAP) || !tp->mro)
        return false;
    Value rname = binop_rname(op);
    for (size_t i = 0; i < TUPLE_LEN(tp->mro); i++) {
        Type *c = AS_TYPE(TUPLE_ITEM(tp->mro, i));
        if ((c->flags & TF_HEAP) && c->dict && dict_get_str(c->dict, rname))
            return true;
    }
    return false;
}

int seq_repeat_count(Task *t, Value n, int64_t *count)
{
    if (IS_SMALL(n)) {
        *count = SMALL_VAL(n) < 0 ? 0 : SMALL_VAL(n);
        return 1;
    }
    if (!index_like(n))
        return 0;
    if (!index_to_i64(t, n, &exc_OverflowError, count))
        return -1;
    if (*count < 0)
        *count = 0;
    return 1;
}
/* The start/stop arguments of index(): CPython's _PyEval_SliceIndexNotNone. */
bool seq_index_bounds(Task *t, const Value *args, size_t nargs, int64_t len, int64_t *start,
                      int64_t *stop)
{
    *start = 0;
    *stop = INT64_MAX;
    for (size_t k = 0; k < nargs && k < 2; k++) {
        Value v = args[k];
        int64_t x;
        if (IS_SMALL(v)) {
            x = SMALL_VAL(v);
        } else if (index_like(v)) {
            if (!index_to_i64(t, v, NULL, &x))
                return false;
        } else {
            err_format(t, &exc_TypeError,
                       "slice indices must be integers or have an __index__ method");
            return false;
        }
        if (x < 0) {
            x += len;
            if (x < 0)
                x = 0;
        }
        *(k ? stop : start) = x;
    }
    return true;
}


Value seq_repeat_error(Task *t, Value a, Value b, int side)
{
    Value blame = b;
    if (side == 1 && !HAS_FLAG(a, TF_STR | TF_BYTES | TF_LIST | TF_TUPLE) &&
        !type_is_subtype(TYPE_OF(a), &bytearray_type))
        blame = a;
    return err_format(t, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      obj_type_name(blame));
}
