/* list.c - the list type, its iterators, and list.sort.
 *
 * A list is a header plus a separately allocated array of items that grows
 * by CPython's over-allocation pattern (about 1/8 extra), so appends are
 * amortised O(1). Slots past len are kept zeroed so the collector does not
 * retain what the list dropped. Subclass instances share the layout (their
 * __dict__ pointer follows it), so AS_LIST works on them.
 *
 * list.sort is CPython's timsort, reproduced step by step (natural runs,
 * binary insertion up to minrun, powersort merge order, galloping merges),
 * so the comparisons a program can observe (a __lt__ that prints, the first
 * TypeError of a mixed list) happen in the same order as in CPython. */
#include <gc/gc.h>
#include <string.h>

#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "set.h"
#include "error.h"
#include "str.h"
#include "slice.h"
#include "genericalias.h"
#include "names.h"
#include "floatobj.h"
#include "interp.h"
#include "alloc.h"

/* ------------------------------------------------------------------------ */
/* Storage */

static ListObj *list_alloc(Task *t, Type *type, size_t cap)
{
    size_t size = type->size > sizeof(ListObj) ? type->size : sizeof(ListObj);
    ListObj *l = gc_alloc(size);
    if (!l)
        return NULL;
    l->hdr.type = type;
    if (cap) {
        l->items = gc_alloc(cap * sizeof(Value));
        if (!l->items)
            return NULL;
        l->cap = cap;
    }
    return l;
}

Value list_new(size_t cap)
{
    if (cap > SIZE_MAX / sizeof(Value))
        return 0;
    ListObj *l = list_alloc(NULL, &list_type, cap);
    return l ? OBJ_VAL(l) : 0;
}

Value list_from_array(const Value *items, size_t n)
{
    Value r = list_new(n);
    if (r && n) {
        memcpy(AS_LIST(r)->items, items, n * sizeof(Value));
        AS_LIST(r)->len = n;
    }
    return r;
}

/* Makes room for newlen items and sets len to it (CPython's list_resize):
 * the array only changes when it is too small or more than twice too big.
 * Slots beyond newlen are zero. */
static bool list_resize(Task *t, ListObj *l, size_t newlen)
{
    size_t cap = l->cap;
    if (cap >= newlen && newlen >= (cap >> 1)) {
        if (newlen < l->len)
            memset(l->items + newlen, 0, (l->len - newlen) * sizeof(Value));
        l->len = newlen;
        return true;
    }
    size_t newcap = (newlen + (newlen >> 3) + 6) & ~(size_t)3;
    if (newlen > l->len && newlen - l->len > newcap - newlen)
        newcap = (newlen + 3) & ~(size_t)3;
    if (newlen == 0)
        newcap = 0;
    if (newcap > SIZE_MAX / sizeof(Value)) {
        err_no_memory(t);
        return false;
    }
    Value *items;
    if (newcap == 0) {
        items = NULL;
    } else {
        items = gc_alloc(newcap * sizeof(Value));
        if (!items) {
            err_no_memory(t);
            return false;
        }
        size_t keep = newlen < l->len ? newlen : l->len;
        if (keep)
            memcpy(items, l->items, keep * sizeof(Value));
    }
    l->items = items;
    l->cap = newcap;
    l->len = newlen;
    return true;
}

static bool list_append_slow(Task *t, ListObj *l, Value v)
{
    size_t n = l->len;
    if (!list_resize(t, l, n + 1))
        return false;
    l->items[n] = v;
    return true;
}

bool list_append(Task *t, Value list, Value v)
{
    ListObj *l = AS_LIST(list);
    if (l->len < l->cap) {
        l->items[l->len++] = v;
        return true;
    }
    return list_append_slow(t, l, v);
}

static void list_clear_items(ListObj *l)
{
    l->items = NULL;
    l->len = 0;
    l->cap = 0;
}

/* ------------------------------------------------------------------------ */
/* Building from iterables */

/* Appends items[0..n) (which may live in l itself). */
static bool list_append_array(Task *t, ListObj *l, const Value *items, size_t n)
{
    if (n == 0)
        return true;
    size_t old = l->len;
    if (l->cap - old < n) {
        /* items may point into l's array, which resizing replaces */
        const Value *src = items;
        Value *save = NULL;
        if (src >= l->items && src < l->items + l->len) {
            save = gc_alloc(n * sizeof(Value));
            if (!save) {
                err_no_memory(t);
                return false;
            }
            memcpy(save, src, n * sizeof(Value));
            src = save;
        }
        if (!list_resize(t, l, old + n))
            return false;
        memcpy(l->items + old, src, n * sizeof(Value));
        return true;
    }
    memmove(l->items + old, items, n * sizeof(Value));
    l->len = old + n;
    return true;
}

/* CPython's PyObject_LengthHint for presizing, calling Python code only for
 * classes that define __len__ or __length_hint__. Returns -1 on error. */
static int64_t length_hint(Task *t, Value v, int64_t dflt)
{
    Type *tp = TYPE_OF(v);
    if (!(tp->flags & TF_HEAP))
        return dflt;
    if (tp->len) {
        int64_t n = obj_len(t, v);
        if (n >= 0)
            return n;
        if (!err_matches(t, &exc_TypeError))
            return -1;
        err_clear(t);
    }
    Value hint = type_lookup(tp, NAME(__length_hint__));
    if (!hint)
        return dflt;
    Value r = obj_call_method(t, v, NAME(__length_hint__), NULL, 0);
    if (!r)
        return err_matches(t, &exc_TypeError) ? (err_clear(t), dflt) : -1;
    if (r == V_NOTIMPL)
        return dflt;
    if (!IS_INT(r) && !HAS_FLAG(r, TF_INT)) {
        err_format(t, &exc_TypeError, "__length_hint__ must be an integer, not %s",
                   obj_type_name(r));
        return -1;
    }
    int64_t n;
    if (!index_to_i64(t, r, &exc_OverflowError, &n))
        return -1;
    if (n < 0) {
        err_format(t, &exc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

bool list_extend(Task *t, Value list, Value iterable)
{
    ListObj *l = AS_LIST(list);
    /* Exact lists and tuples only: a subclass may override __iter__. */
    if (IS_LIST(iterable) || iterable == list)
        return list_append_array(t, l, AS_LIST(iterable)->items, AS_LIST(iterable)->len);
    if (IS_TUPLE(iterable))
        return list_append_array(t, l, AS_TUPLE(iterable)->items, TUPLE_LEN(iterable));
    Value it = obj_iter(t, iterable);
    if (!it)
        return false;
    int64_t hint = length_hint(t, iterable, 8);
    if (hint < 0)
        return false;
    if (hint > 0 && (uint64_t)hint < (SIZE_MAX / sizeof(Value)) - l->len &&
        l->cap < l->len + (size_t)hint) {
        size_t n = l->len;
        if (!list_resize(t, l, n + (size_t)hint))
            return false;
        l->len = n;
    }
    NextFn next = TYPE_OF(it)->next;
    for (;;) {
        Value v = next ? next(t, it) : obj_next(t, it);
        if (!v)
            return t->exc == 0;
        if (l->len < l->cap)
            l->items[l->len++] = v;
        else if (!list_append_slow(t, l, v))
            return false;
    }
}

Value list_from_iter(Task *t, Value iterable)
{
    Value r = list_new(0);
    if (!r)
        return err_no_memory(t);
    if (!list_extend(t, r, iterable))
        return 0;
    return r;
}

/* CPython's PySequence_Fast: the items of a list or tuple as they are, or of
 * list(v); when v is not iterable, msg (if not NULL) replaces the TypeError. */
Value seq_fast(Task *t, Value v, const char *msg, const Value **items, size_t *n)
{
    if (IS_LIST(v)) {
        *items = AS_LIST(v)->items;
        *n = AS_LIST(v)->len;
        return v;
    }
    if (IS_TUPLE(v)) {
        *items = AS_TUPLE(v)->items;
        *n = TUPLE_LEN(v);
        return v;
    }
    Value it = obj_iter(t, v);
    if (!it) {
        if (msg && err_matches(t, &exc_TypeError)) {
            err_clear(t);
            err_format(t, &exc_TypeError, "%s", msg);
        }
        return 0;
    }
    Value l = list_new(0);
    if (!l)
        return err_no_memory(t);
    if (!list_extend(t, l, it))
        return 0;
    *items = AS_LIST(l)->items;
    *n = AS_LIST(l)->len;
    return l;
}

/* ------------------------------------------------------------------------ */
/* Positional operations (Python semantics for the index) */

bool list_insert(Task *t, Value list, int64_t index, Value v)
{
    ListObj *l = AS_LIST(list);
    int64_t n = (int64_t)l->len;
    if (index < 0) {
        index += n;
        if (index < 0)
            index = 0;
    }
    if (index > n)
        index = n;
    if (!list_resize(t, l, (size_t)n + 1))
        return false;
    memmove(l->items + index + 1, l->items + index, (size_t)(n - index) * sizeof(Value));
    l->items[index] = v;
    return true;
}

/* Removes items [lo, hi) (0 <= lo <= hi <= len). */
static bool list_remove_range(Task *t, ListObj *l, size_t lo, size_t hi)
{
    size_t n = l->len;
    memmove(l->items + lo, l->items + hi, (n - hi) * sizeof(Value));
    memset(l->items + n - (hi - lo), 0, (hi - lo) * sizeof(Value));
    l->len = n - (hi - lo);
    return list_resize(t, l, l->len);
}

Value list_pop(Task *t, Value list, int64_t index)
{
    ListObj *l = AS_LIST(list);
    if (l->len == 0)
        return err_format(t, &exc_IndexError, "pop from empty list");
    int64_t n = (int64_t)l->len;
    if (index < 0)
        index += n;
    if (index < 0 || index >= n)
        return err_format(t, &exc_IndexError, "pop index out of range");
    Value v = l->items[index];
    if (!list_remove_range(t, l, (size_t)index, (size_t)index + 1))
        return 0;
    return v;
}

Value list_getslice(Task *t, Value list, int64_t start, int64_t stop, int64_t step)
{
    ListObj *l = AS_LIST(list);
    int64_t n = (int64_t)l->len;
    int64_t len;
    if (step == 0)
        return err_format(t, &exc_ValueError, "slice step cannot be zero");
    if (start < 0) {
        start += n;
        if (start < 0)
            start = step < 0 ? -1 : 0;
    } else if (start >= n) {
        start = step < 0 ? n - 1 : n;
    }
    if (stop < 0) {
        stop += n;
        if (stop < 0)
            stop = step < 0 ? -1 : 0;
    } else if (stop >= n) {
        stop = step < 0 ? n - 1 : n;
    }
    if (step < 0)
        len = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    else
        len = start < stop ? (stop - start - 1) / step + 1 : 0;
    if (step == 1)
        return list_from_array(l->items + start, (size_t)len);
    Value r = list_new((size_t)len);
    if (!r)
        return err_no_memory(t);
    for (int64_t k = 0, j = start; k < len; k++, j += step)
        AS_LIST(r)->items[k] = l->items[j];
    AS_LIST(r)->len = (size_t)len;
    return r;
}

void list_reverse_items(Value list)
{
    ListObj *l = AS_LIST(list);
    if (l->len < 2)
        return;
    Value *lo = l->items, *hi = l->items + l->len - 1;
    while (lo < hi) {
        Value tmp = *lo;
        *lo++ = *hi;
        *hi-- = tmp;
    }
}

/* ------------------------------------------------------------------------ */
/* Slots */

static Value list_repr(Task *t, Value self)
{
    ListObj *l = AS_LIST(self);
    if (l->len == 0)
        return str_from_cstr("[]");
    int r = repr_enter(t, self);
    if (r != 0)
        return r > 0 ? str_from_cstr("[...]") : 0;
    StrBuf b;
    sb_init(&b, 16);
    sb_putc(&b, '[');
    for (size_t i = 0; i < l->len; i++) {   /* a __repr__ may change the list */
        if (i)
            sb_puts(&b, ", ");
        if (!sb_put_repr(t, &b, l->items[i])) {
            repr_leave(t, self);
            return 0;
        }
    }
    sb_putc(&b, ']');
    repr_leave(t, self);
    return sb_finish(&b);
}

static Value list_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_LIST_LIKE(other) || !IS_LIST_LIKE(self))
        return V_NOTIMPL;
    ListObj *a = AS_LIST(self), *b = AS_LIST(other);
    if (a->len != b->len && (op == CMP_EQ || op == CMP_NOTEQ))
        return V_BOOL(op == CMP_NOTEQ);
    size_t i;
    for (i = 0; i < a->len && i < b->len; i++) {
        Value x = a->items[i], y = b->items[i];
        if (x == y)
            continue;
        int k = obj_eq(t, x, y);
        if (k < 0)
            return 0;
        if (!k)
            break;
    }
    if (i >= a->len || i >= b->len) {
        size_t na = a->len, nb = b->len;
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
    return obj_richcmp(t, a->items[i], b->items[i], op);
}

static Value list_repeat(Task *t, ListObj *l, int64_t n)
{
    size_t len = l->len;
    if (n <= 0 || len == 0) {
        Value r = list_new(0);
        return r ? r : err_no_memory(t);
    }
    if ((uint64_t)n > (SIZE_MAX / sizeof(Value)) / len)
        return err_no_memory(t);
    size_t total = len * (size_t)n;
    Value r = list_new(total);
    if (!r)
        return err_no_memory(t);
    Value *dst = AS_LIST(r)->items;
    if (len == 1) {
        Value x = l->items[0];
        for (size_t i = 0; i < total; i++)
            dst[i] = x;
    } else {
        for (int64_t i = 0; i < n; i++)
            memcpy(dst + (size_t)i * len, l->items, len * sizeof(Value));
    }
    AS_LIST(r)->len = total;
    return r;
}

static Value list_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    if (op == BIN_ADD) {
        if (IS_LIST_LIKE(a) && IS_LIST_LIKE(b)) {
            ListObj *x = AS_LIST(a), *y = AS_LIST(b);
            Value r = list_new(x->len + y->len);
            if (!r)
                return err_no_memory(t);
            values_copy(AS_LIST(r)->items, x->items, x->len);
            values_copy(AS_LIST(r)->items + x->len, y->items, y->len);
            AS_LIST(r)->len = x->len + y->len;
            return r;
        }
        if (side == 1 || seq_defer_binop(b, op))
            return V_NOTIMPL;
        return err_format(t, &exc_TypeError, "can only concatenate list (not \"%s\") to list",
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
        return list_repeat(t, AS_LIST(seq), count);
    }
    return V_NOTIMPL;
}

static Value list_inplace(Task *t, Value a, Value b, BinOpKind op)
{
    if (op == BIN_ADD) {
        if (!IS_LIST_LIKE(b) && !IS_TUPLE_LIKE(b) && seq_defer_binop(b, op))
            return V_NOTIMPL;
        return list_extend(t, a, b) ? a : 0;
    }
    if (op == BIN_MULT) {
        int64_t n;
        int k = seq_repeat_count(t, b, &n);
        if (k <= 0)
            return k < 0 ? 0 : V_NOTIMPL;
        ListObj *l = AS_LIST(a);
        size_t len = l->len;
        if (n == 0 || len == 0) {
            list_clear_items(l);
            return a;
        }
        if (n == 1)
            return a;
        if ((uint64_t)n > (SIZE_MAX / sizeof(Value)) / len)
            return err_no_memory(t);
        if (!list_resize(t, l, len * (size_t)n))
            return 0;
        for (int64_t i = 1; i < n; i++)
            memcpy(l->items + (size_t)i * len, l->items, len * sizeof(Value));
        return a;
    }
    return V_NOTIMPL;
}

static int list_truth(Task *t, Value self)
{
    return AS_LIST(self)->len != 0;
}

static int64_t list_len(Task *t, Value self)
{
    return (int64_t)AS_LIST(self)->len;
}

static Value list_getitem(Task *t, Value self, Value key)
{
    ListObj *l = AS_LIST(self);
    int64_t i;
    if (IS_SMALL(key)) {
        i = SMALL_VAL(key);
    } else if (IS_SLICE(key)) {
        int64_t start, stop, step, len;
        if (!slice_unpack_raw(t, key, &start, &stop, &step))
            return 0;
        len = slice_adjust((int64_t)l->len, &start, &stop, step);   /* __index__ may resize l */
        if (step == 1)
            return list_from_array(l->items + (len > 0 ? start : 0), len > 0 ? (size_t)len : 0);
        Value r = list_new(len > 0 ? (size_t)len : 0);
        if (!r)
            return err_no_memory(t);
        for (int64_t k = 0, j = start; k < len; k++, j += step)
            AS_LIST(r)->items[k] = l->items[j];
        AS_LIST(r)->len = len > 0 ? (size_t)len : 0;
        return r;
    } else if (index_like(key)) {
        if (!index_to_i64(t, key, &exc_IndexError, &i))
            return 0;
    } else {
        return err_format(t, &exc_TypeError, "list indices must be integers or slices, not %s",
                          obj_type_name(key));
    }
    if (i < 0)
        i += (int64_t)l->len;
    if ((uint64_t)i >= l->len)
        return err_format(t, &exc_IndexError, "list index out of range");
    return l->items[i];
}

/* a[lo:hi] = v (v 0: delete), CPython's list_ass_slice. */
static bool list_ass_slice(Task *t, ListObj *l, int64_t lo, int64_t hi, Value v)
{
    const Value *items = NULL;
    size_t n = 0;
    if (v) {
        /* a[i:j] = a: take a copy first; any other list is left untouched
         * by the resizing below. */
        Value src = v == OBJ_VAL(l) ? list_from_array(l->items, l->len) : v;
        if (!src) {
            err_no_memory(t);
            return false;
        }
        if (!seq_fast(t, src, "can only assign an iterable", &items, &n))
            return false;
    }
    int64_t len = (int64_t)l->len;   /* iterating v may have changed it */
    if (lo < 0)
        lo = 0;
    else if (lo > len)
        lo = len;
    if (hi < lo)
        hi = lo;
    else if (hi > len)
        hi = len;
    size_t norig = (size_t)(hi - lo), old = l->len;
    if (old - norig + n == 0) {
        list_clear_items(l);
        return true;
    }
    if (n > norig) {
        if (!list_resize(t, l, old + (n - norig)))
            return false;
        memmove(l->items + lo + n, l->items + hi, (old - (size_t)hi) * sizeof(Value));
    } else if (n < norig) {
        memmove(l->items + lo + n, l->items + hi, (old - (size_t)hi) * sizeof(Value));
        size_t newlen = old - (norig - n);
        memset(l->items + newlen, 0, (old - newlen) * sizeof(Value));
        l->len = newlen;
        if (!list_resize(t, l, newlen))
            return false;
    }
    if (n)
        memcpy(l->items + lo, items, n * sizeof(Value));
    return true;
}

static bool list_setitem_slice(Task *t, ListObj *l, Value key, Value v)
{
    int64_t start, stop, step, slicelen, raw_start, raw_stop;
    if (!slice_unpack_raw(t, key, &raw_start, &raw_stop, &step))
        return false;
    start = raw_start;
    stop = raw_stop;
    slicelen = slice_adjust((int64_t)l->len, &start, &stop, step);   /* __index__ may resize l */
    if (step == 1)
        return list_ass_slice(t, l, start, stop, v);
    if ((step < 0 && start < stop) || (step > 0 && start > stop))
        stop = start;
    if (!v) {
        if (slicelen <= 0)
            return true;
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelen - 1) - 1;
            step = -step;
        }
        /* Compact the survivors of [start, len) in place. */
        size_t w = (size_t)start;
        for (size_t r = (size_t)start; r < l->len; r++) {
            if (r < (size_t)start + (size_t)(slicelen - 1) * (size_t)step + 1 &&
                (r - (size_t)start) % (size_t)step == 0)
                continue;
            l->items[w++] = l->items[r];
        }
        memset(l->items + w, 0, (l->len - w) * sizeof(Value));
        l->len = w;
        return list_resize(t, l, w);
    }
    const Value *items;
    size_t n;
    Value seq = v;
    if (v == OBJ_VAL(l) && !(seq = list_from_array(l->items, l->len))) {   /* a[::-1] = a */
        err_no_memory(t);
        return false;
    }
    if (!seq_fast(t, seq, "must assign iterable to extended slice", &items, &n))
        return false;
    /* Iterating v may have resized l: the slice must fit what l is now. */
    start = raw_start;
    stop = raw_stop;
    slicelen = slice_adjust((int64_t)l->len, &start, &stop, step);
    if ((int64_t)n != slicelen) {
        err_format(t, &exc_ValueError,
                   "attempt to assign sequence of size %zu to extended slice of size %lld", n,
                   (long long)slicelen);
        return false;
    }
    for (int64_t k = 0, j = start; k < slicelen; k++, j += step)
        l->items[j] = items[k];
    return true;
}

static bool list_setitem(Task *t, Value self, Value key, Value v)
{
    ListObj *l = AS_LIST(self);
    int64_t i;
    if (IS_SMALL(key)) {
        i = SMALL_VAL(key);
    } else if (IS_SLICE(key)) {
        return list_setitem_slice(t, l, key, v);
    } else if (index_like(key)) {
        if (!index_to_i64(t, key, &exc_IndexError, &i))
            return false;
    } else {
        err_format(t, &exc_TypeError, "list indices must be integers or slices, not %s",
                   obj_type_name(key));
        return false;
    }
    if (i < 0)
        i += (int64_t)l->len;
    if ((uint64_t)i >= l->len) {
        err_format(t, &exc_IndexError, "list assignment index out of range");
        return false;
    }
    if (v) {
        l->items[i] = v;
        return true;
    }
    return list_remove_range(t, l, (size_t)i, (size_t)i + 1);
}

static int list_contains(Task *t, Value self, Value x)
{
    ListObj *l = AS_LIST(self);
    for (size_t i = 0; i < l->len; i++) {
        Value item = l->items[i];
        if (item == x)
            return 1;
        int k = obj_eq(t, item, x);
        if (k != 0)
            return k;
    }
    return 0;
}

static Value list_new_slot(Task *t, Type *type, const Value *args, size_t nargs, Value kwnames)
{
    if (type == &list_type && !meth_check_range(t, "list", "list", nargs, kwnames, 0, 1))
        return 0;
    ListObj *l = list_alloc(t, type, 0);
    return l ? OBJ_VAL(l) : err_no_memory(t);
}

static bool list_init_slot(Task *t, Value self, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "list", "list", nargs, kwnames, 0, 1))
        return false;
    ListObj *l = AS_LIST(self);
    if (l->items)
        list_clear_items(l);
    if (nargs == 0)
        return true;
    /* CPython 3.11 asks no __len__ before list_extend's iter() and length hint */
    return list_extend(t, self, args[0]);
}

/* ------------------------------------------------------------------------ */
/* Methods */

static Value m_append(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "list.append", nargs - 1, kwnames))
        return 0;
    return list_append(t, args[0], args[1]) ? V_NONE : 0;
}

static Value m_extend(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "list.extend", nargs - 1, kwnames))
        return 0;
    return list_extend(t, args[0], args[1]) ? V_NONE : 0;
}

static Value m_insert(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "insert", "list.insert", nargs - 1, kwnames, 2, 2))
        return 0;
    int64_t i;
    if (IS_SMALL(args[1])) {
        i = SMALL_VAL(args[1]);
    } else if (!index_like(args[1])) {
        return err_format(t, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(args[1]));
    } else if (!index_to_i64(t, args[1], NULL, &i)) {
        return 0;
    }
    return list_insert(t, args[0], i, args[2]) ? V_NONE : 0;
}

static Value m_pop(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "pop", "list.pop", nargs - 1, kwnames, 0, 1))
        return 0;
    int64_t i = -1;
    if (nargs == 2) {
        if (IS_SMALL(args[1])) {
            i = SMALL_VAL(args[1]);
        } else if (!index_like(args[1])) {
            return err_format(t, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              obj_type_name(args[1]));
        } else if (!index_to_i64(t, args[1], &exc_OverflowError, &i)) {
            return 0;
        }
    }
    return list_pop(t, args[0], i);
}

static Value m_remove(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "list.remove", nargs - 1, kwnames))
        return 0;
    ListObj *l = AS_LIST(args[0]);
    for (size_t i = 0; i < l->len; i++) {
        int k = obj_eq(t, l->items[i], args[1]);
        if (k < 0)
            return 0;
        if (k) {
            if (i < l->len && !list_remove_range(t, l, i, i + 1))   /* __eq__ may shrink it */
                return 0;
            return V_NONE;
        }
    }
    return err_format(t, &exc_ValueError, "list.remove(x): x not in list");
}

static Value m_index(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_range(t, "index", "list.index", nargs - 1, kwnames, 1, 3))
        return 0;
    ListObj *l = AS_LIST(args[0]);
    int64_t start, stop;
    if (!seq_index_bounds(t, args + 2, nargs - 2, (int64_t)l->len, &start, &stop))
        return 0;
    for (int64_t i = start; i < stop && i < (int64_t)l->len; i++) {
        int k = obj_eq(t, l->items[i], args[1]);
        if (k < 0)
            return 0;
        if (k)
            return MAKE_SMALL(i);
    }
    return err_format(t, &exc_ValueError, "%R is not in list", args[1]);
}

static Value m_count(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_one(t, "list.count", nargs - 1, kwnames))
        return 0;
    ListObj *l = AS_LIST(args[0]);
    intptr_t c = 0;
    for (size_t i = 0; i < l->len; i++) {
        Value item = l->items[i];
        if (item == args[1]) {
            c++;
            continue;
        }
        int k = obj_eq(t, item, args[1]);
        if (k < 0)
            return 0;
        c += k;
    }
    return MAKE_SMALL(c);
}

static Value m_clear(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "list.clear", nargs - 1, kwnames))
        return 0;
    list_clear_items(AS_LIST(args[0]));
    return V_NONE;
}

static Value m_copy(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "list.copy", nargs - 1, kwnames))
        return 0;
    Value r = list_from_array(AS_LIST(args[0])->items, AS_LIST(args[0])->len);
    return r ? r : err_no_memory(t);
}

static Value m_reverse(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "list.reverse", nargs - 1, kwnames))
        return 0;
    list_reverse_items(args[0]);
    return V_NONE;
}

static Value m_sort(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (nargs > 1)
        return err_format(t, &exc_TypeError, "sort() takes no positional arguments");
    Value key = V_NONE, reverse = V_FALSE;
    size_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Value name = TUPLE_ITEM(kwnames, i);
        if (str_eq_cstr(name, "key"))
            key = args[nargs + i];
        else if (str_eq_cstr(name, "reverse"))
            reverse = args[nargs + i];
        else
            return err_format(t, &exc_TypeError, "'%U' is an invalid keyword argument for sort()",
                              name);
    }
    int rev;
    if (reverse == V_FALSE || reverse == V_TRUE) {
        rev = reverse == V_TRUE;
    } else if (IS_SMALL(reverse)) {
        rev = SMALL_VAL(reverse) != 0;
    } else if (HAS_FLAG(reverse, TF_INT)) {
        rev = obj_truthy(t, reverse);
        if (rev < 0)
            return 0;
    } else {
        return err_format(t, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                          obj_type_name(reverse));
    }
    return list_sort(t, args[0], key, rev) ? V_NONE : 0;
}

static Value list_reversed_iter(Task *t, Value list);

static Value m_reversed(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "list.__reversed__", nargs - 1, kwnames))
        return 0;
    return list_reversed_iter(t, args[0]);
}

static Value m_sizeof(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "list.__sizeof__", nargs - 1, kwnames))
        return 0;
    return MAKE_SMALL(40 + 8 * (intptr_t)AS_LIST(args[0])->cap);
}

static const MethodDef list_methods[] = {
    {"append", m_append, METH_PLAIN, "Append object to the end of the list."},
    {"extend", m_extend, METH_PLAIN, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, METH_PLAIN, "Insert object before index."},
    {"pop", m_pop, METH_PLAIN,
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
    {"remove", m_remove, METH_PLAIN,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", m_index, METH_PLAIN,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", m_count, METH_PLAIN, "Return number of occurrences of value."},
    {"clear", m_clear, METH_PLAIN, "Remove all items from list."},
    {"copy", m_copy, METH_PLAIN, "Return a shallow copy of the list."},
    {"reverse", m_reverse, METH_PLAIN, "Reverse *IN PLACE*."},
    {"sort", m_sort, METH_PLAIN,
     "Sort the list in ascending order and return None.\n\n"
     "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
     "order of two equal elements is maintained).\n\n"
     "If a key function is given, apply it once to each list item and sort them,\n"
     "ascending or descending, according to their function values.\n\n"
     "The reverse flag can be set to sort in descending order."},
    {"__reversed__", m_reversed, METH_PLAIN, "Return a reverse iterator over the list."},
    {"__sizeof__", m_sizeof, METH_PLAIN, "Return the size of the list in memory, in bytes."},
    {"__class_getitem__", generic_class_getitem, METH_CLASS,
     "See PEP 585"},
    {NULL, NULL, 0, NULL},
};

/* ------------------------------------------------------------------------ */
/* Iterators */

static Value iter_self(Task *t, Value self)
{
    return self;
}

static Value list_iter(Task *t, Value self)
{
    ListIterObj *it = gc_alloc(sizeof(ListIterObj));
    if (!it)
        return err_no_memory(t);
    it->hdr.type = &list_iter_type;
    it->list = self;
    it->index = 0;
    return OBJ_VAL(it);
}

static Value list_iter_next(Task *t, Value self)
{
    ListIterObj *it = (ListIterObj *)self;
    if (!it->list)
        return 0;
    ListObj *l = AS_LIST(it->list);
    if ((size_t)it->index < l->len)
        return l->items[it->index++];
    it->list = 0;
    return 0;
}

static Value list_iter_hint(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "list_iterator.__length_hint__", nargs - 1, kwnames))
        return 0;
    ListIterObj *it = (ListIterObj *)args[0];
    int64_t n = it->list ? (int64_t)AS_LIST(it->list)->len - it->index : 0;
    return MAKE_SMALL(n > 0 ? n : 0);
}

static const MethodDef list_iter_methods[] = {
    {"__length_hint__", list_iter_hint, METH_PLAIN,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type list_iter_type = {
    .hdr = {&type_type},
    .name = "list_iterator",
    .size = sizeof(ListIterObj),
    .methods = list_iter_methods,
    .iter = iter_self,
    .next = list_iter_next,
};
REGISTER_TYPE(list_iter_type);

static Value list_reversed_iter(Task *t, Value list)
{
    ListIterObj *it = gc_alloc(sizeof(ListIterObj));
    if (!it)
        return err_no_memory(t);
    it->hdr.type = &list_reviter_type;
    it->list = list;
    it->index = (int64_t)AS_LIST(list)->len - 1;
    return OBJ_VAL(it);
}

static Value list_reviter_next(Task *t, Value self)
{
    ListIterObj *it = (ListIterObj *)self;
    if (!it->list)
        return 0;
    ListObj *l = AS_LIST(it->list);
    if (it->index >= 0 && (size_t)it->index < l->len)
        return l->items[it->index--];
    it->index = -1;
    it->list = 0;
    return 0;
}

static Value list_reviter_hint(Task *t, const Value *args, size_t nargs, Value kwnames)
{
    if (!meth_check_none(t, "list_reverseiterator.__length_hint__", nargs - 1, kwnames))
        return 0;
    ListIterObj *it = (ListIterObj *)args[0];
    int64_t n = it->index + 1;
    if (!it->list || (size_t)n > AS_LIST(it->list)->len)
        n = 0;
    return MAKE_SMALL(n);
}

static const MethodDef list_reviter_methods[] = {
    {"__length_hint__", list_reviter_hint, METH_PLAIN,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, NULL},
};

Type list_reviter_type = {
    .hdr = {&type_type},
    .name = "list_reverseiterator",
    .size = sizeof(ListIterObj),
    .methods = list_reviter_methods,
    .iter = iter_self,
    .next = list_reviter_next,
};
REGISTER_TYPE(list_reviter_type);

Type list_type = {
    .hdr = {&type_type},
    .name = "list",
    .size = sizeof(ListObj),
    .flags = TF_BASETYPE | TF_LIST,
    .methods = list_methods,
    .repr = list_repr,
    .hash = hash_unhashable,
    .richcmp = list_richcmp,
    .binop = list_binop,
    .inplace = list_inplace,
    .truth = list_truth,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .new_ = list_new_slot,
    .init = list_init_slot,
};
REGISTER_TYPE(list_type);

/* ------------------------------------------------------------------------ */
/* list.sort: timsort
 *
 * The keys being sorted, and (with a key function) the list items moving
 * with them, are a pair of parallel arrays: a SortSlice. Runs are found left
 * to right; a run shorter than minrun is extended by binary insertion; each
 * new run gets a "power" from the midpoints of it and its predecessor
 * (powersort), and pending runs of higher power are merged first. Every
 * comparison is lt(later item, earlier item), as in CPython. */

#define MAX_MERGE_PENDING 85
#define MIN_GALLOP 7

typedef struct SortSlice {
    Value *keys;
    Value *values;             /* NULL without a key function */
} SortSlice;

typedef struct Run {
    SortSlice base;
    int64_t len;
    int power;
} Run;

typedef struct MergeState MergeState;
typedef int (*LtFn)(MergeState *ms, Value a, Value b);   /* a < b: 1, 0; -1 error */

struct MergeState {
    Task *t;
    LtFn lt;
    int64_t min_gallop;
    int64_t listlen;
    Value *basekeys;
    SortSlice a;               /* scratch space for merges */
    int64_t alloced;
    bool with_values;          /* sorting with a key function */
    int n;                     /* pending runs */
    Run pending[MAX_MERGE_PENDING];
};

static int lt_generic(MergeState *ms, Value a, Value b)
{
    return obj_compare(ms->t, a, b, CMP_LT);
}

static int lt_small(MergeState *ms, Value a, Value b)
{
    return SMALL_VAL(a) < SMALL_VAL(b);
}

static int lt_str(MergeState *ms, Value a, Value b)
{
    return str_cmp(a, b) < 0;
}

static int lt_float(MergeState *ms, Value a, Value b)
{
    return FLOAT_VAL(a) < FLOAT_VAL(b);
}

#define ISLT(x, y) (ms->lt(ms, (x), (y)))
#define IFLT(x, y) if ((k = ISLT(x, y)) < 0) goto fail; if (k)

static void slice_copy(SortSlice *d, int64_t i, SortSlice *s, int64_t j)
{
    d->keys[i] = s->keys[j];
    if (d->values)
        d->values[i] = s->values[j];
}

static void slice_copy_incr(SortSlice *d, SortSlice *s)
{
    *d->keys++ = *s->keys++;
    if (d->values)
        *d->values++ = *s->values++;
}

static void slice_copy_decr(SortSlice *d, SortSlice *s)
{
    *d->keys-- = *s->keys--;
    if (d->values)
        *d->values-- = *s->values--;
}

static void slice_memcpy(SortSlice *d, int64_t i, SortSlice *s, int64_t j, int64_t n)
{
    memcpy(&d->keys[i], &s->keys[j], (size_t)n * sizeof(Value));
    if (d->values)
        memcpy(&d->values[i], &s->values[j], (size_t)n * sizeof(Value));
}

static void slice_memmove(SortSlice *d, int64_t i, SortSlice *s, int64_t j, int64_t n)
{
    memmove(&d->keys[i], &s->keys[j], (size_t)n * sizeof(Value));
    if (d->values)
        memmove(&d->values[i], &s->values[j], (size_t)n * sizeof(Value));
}

static void slice_advance(SortSlice *s, int64_t n)
{
    s->keys += n;
    if (s->values)
        s->values += n;
}

static void reverse_values(Value *lo, Value *hi)
{
    for (--hi; lo < hi; lo++, hi--) {
        Value tmp = *lo;
        *lo = *hi;
        *hi = tmp;
    }
}

static void reverse_sortslice(SortSlice *s, int64_t n)
{
    reverse_values(s->keys, s->keys + n);
    if (s->values)
        reverse_values(s->values, s->values + n);
}

/* Sorts [lo, hi) by binary insertion, given that [lo, start) is sorted. */
static int binarysort(MergeState *ms, SortSlice lo, Value *hi, Value *start)
{
    int k;
    if (lo.keys == start)
        ++start;
    for (; start < hi; ++start) {
        Value *l = lo.keys, *r = start, *p;
        Value pivot = *r;
        do {
            p = l + ((r - l) >> 1);
            IFLT(pivot, *p)
                r = p;
            else
                l = p + 1;
        } while (l < r);
        for (p = start; p > l; --p)
            *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            ptrdiff_t off = lo.values - lo.keys;
            p = start + off;
            pivot = *p;
            l += off;
            for (; p > l; --p)
                *p = *(p - 1);
            *l = pivot;
        }
    }
    return 0;
fail:
    return -1;
}

/* Length of the run starting at lo: non-descending, or strictly descending
 * (*descending set). -1 on error. */
static int64_t count_run(MergeState *ms, Value *lo, Value *hi, int *descending)
{
    int k;
    int64_t n;
    *descending = 0;
    ++lo;
    if (lo == hi)
        return 1;
    n = 2;
    IFLT(*lo, *(lo - 1)) {
        *descending = 1;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1))
                ;
            else
                break;
        }
    } else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1))
                break;
        }
    }
    return n;
fail:
    return -1;
}

/* Leftmost position in sorted a[0..n) where key belongs (a[k-1] < key <= a[k]),
 * galloping from a[hint]. */
static int64_t gallop_left(MergeState *ms, Value key, Value *a, int64_t n, int64_t hint)
{
    int k;
    int64_t ofs = 1, lastofs = 0;
    a += hint;
    IFLT(*a, key) {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else
                break;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        int64_t tmp = lastofs;
        lastofs = hint - ofs;
        ofs = hint - tmp;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
fail:
    return -1;
}

/* Rightmost position in sorted a[0..n) where key belongs (a[k-1] <= key < a[k]). */
static int64_t gallop_right(MergeState *ms, Value key, Value *a, int64_t n, int64_t hint)
{
    int k;
    int64_t ofs = 1, lastofs = 0;
    a += hint;
    IFLT(key, *a) {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else
                break;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        int64_t tmp = lastofs;
        lastofs = hint - ofs;
        ofs = hint - tmp;
    } else {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs])
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m])
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
fail:
    return -1;
}

/* Scratch space for need items (keys, and values when sorting with a key). */
static int merge_getmem(MergeState *ms, int64_t need)
{
    if (need <= ms->alloced)
        return 0;
    bool values = ms->with_values;
    size_t n = (size_t)need * (values ? 2 : 1);
    Value *mem = gc_alloc(n * sizeof(Value));
    if (!mem) {
        err_no_memory(ms->t);
        return -1;
    }
    ms->a.keys = mem;
    ms->a.values = values ? mem + need : NULL;
    ms->alloced = need;
    return 0;
}

/* Merges the na items at ssa with the nb items after them (na <= nb):
 * ssa[0] belongs after ssb[0], ssa[na-1] after everything but ... */
static int merge_lo(MergeState *ms, SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb)
{
    int k;
    SortSlice dest;
    int result = -1;
    int64_t min_gallop;

    if (merge_getmem(ms, na) < 0)
        return -1;
    slice_memcpy(&ms->a, 0, &ssa, 0, na);
    dest = ssa;
    ssa = ms->a;

    slice_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0)
        goto succeed;
    if (na == 1)
        goto copyb;

    min_gallop = ms->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0)
                    goto fail;
                slice_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                slice_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1)
                    goto copyb;
                if (acount >= min_gallop)
                    break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            int64_t g = gallop_right(ms, ssb.keys[0], ssa.keys, na, 0);
            acount = g;
            if (g) {
                if (g < 0)
                    goto fail;
                slice_memcpy(&dest, 0, &ssa, 0, g);
                slice_advance(&dest, g);
                slice_advance(&ssa, g);
                na -= g;
                if (na == 1)
                    goto copyb;
                if (na == 0)
                    goto succeed;
            }
            slice_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0)
                goto succeed;

            g = gallop_left(ms, ssa.keys[0], ssb.keys, nb, 0);
            bcount = g;
            if (g) {
                if (g < 0)
                    goto fail;
                slice_memmove(&dest, 0, &ssb, 0, g);
                slice_advance(&dest, g);
                slice_advance(&ssb, g);
                nb -= g;
                if (nb == 0)
                    goto succeed;
            }
            slice_copy_incr(&dest, &ssa);
            --na;
            if (na == 1)
                goto copyb;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na)
        slice_memcpy(&dest, 0, &ssa, 0, na);
    return result;
copyb:
    /* The last item of a belongs at the end of the merge. */
    slice_memmove(&dest, 0, &ssb, 0, nb);
    slice_copy(&dest, nb, &ssa, 0);
    return 0;
}

/* The mirror image of merge_lo, for na > nb: merges from the right. */
static int merge_hi(MergeState *ms, SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb)
{
    int k;
    SortSlice dest, basea, baseb;
    int result = -1;
    int64_t min_gallop;

    if (merge_getmem(ms, nb) < 0)
        return -1;
    dest = ssb;
    slice_advance(&dest, nb - 1);
    slice_memcpy(&ms->a, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = ms->a;
    ssb.keys = ms->a.keys + nb - 1;
    if (ssb.values)
        ssb.values = ms->a.values + nb - 1;
    slice_advance(&ssa, na - 1);

    slice_copy_decr(&dest, &ssa);
    --na;
    if (na == 0)
        goto succeed;
    if (nb == 1)
        goto copya;

    min_gallop = ms->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            k = ISLT(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0)
                    goto fail;
                slice_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                slice_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1)
                    goto copya;
                if (bcount >= min_gallop)
                    break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            int64_t g = gallop_right(ms, ssb.keys[0], basea.keys, na, na - 1);
            if (g < 0)
                goto fail;
            g = na - g;
            acount = g;
            if (g) {
                slice_advance(&dest, -g);
                slice_advance(&ssa, -g);
                slice_memmove(&dest, 1, &ssa, 1, g);
                na -= g;
                if (na == 0)
                    goto succeed;
            }
            slice_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1)
                goto copya;

            g = gallop_left(ms, ssa.keys[0], baseb.keys, nb, nb - 1);
            if (g < 0)
                goto fail;
            g = nb - g;
            bcount = g;
            if (g) {
                slice_advance(&dest, -g);
                slice_advance(&ssb, -g);
                slice_memcpy(&dest, 1, &ssb, 1, g);
                nb -= g;
                if (nb == 1)
                    goto copya;
                if (nb == 0)
                    goto succeed;
            }
            slice_copy_decr(&dest, &ssa);
            --na;
            if (na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb)
        slice_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copya:
    /* The first item of b belongs at the front of the merge. */
    slice_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    slice_advance(&dest, -na);
    slice_advance(&ssa, -na);
    slice_copy(&dest, 0, &ssb, 0);
    return 0;
}

/* Merges pending runs i and i+1. */
static int merge_at(MergeState *ms, int i)
{
    SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    int64_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;

    ms->pending[i].len = na + nb;
    if (i == ms->n - 3)
        ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;

    /* Items of a before where b[0] goes are already in place. */
    int64_t k = gallop_right(ms, *ssb.keys, ssa.keys, na, 0);
    if (k < 0)
        return -1;
    slice_advance(&ssa, k);
    na -= k;
    if (na == 0)
        return 0;
    /* Items of b after where a[-1] goes are already in place. */
    nb = gallop_left(ms, ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    return na <= nb ? merge_lo(ms, ssa, na, ssb, nb) : merge_hi(ms, ssa, na, ssb, nb);
}

/* The powersort "power" of the boundary between run [s1, s1+n1) and the
 * following run of n2 items, in a list of n: the first bit where the binary
 * expansions of the two runs' midpoints (as fractions of n) differ. */
static int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n)
{
    int result = 0;
    int64_t a = 2 * s1 + n1;       /* 2 * midpoint of run 1 */
    int64_t b = a + n1 + n2;       /* 2 * midpoint of run 2 */
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

/* A new run of n2 items follows the last pending run: merge pending runs
 * whose power exceeds the new boundary's. */
static int found_new_run(MergeState *ms, int64_t n2)
{
    if (ms->n) {
        Run *p = ms->pending;
        int64_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
        int64_t n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (ms->n > 1 && p[ms->n - 2].power > power) {
            if (merge_at(ms, ms->n - 2) < 0)
                return -1;
        }
        p[ms->n - 1].power = power;
    }
    return 0;
}

static int merge_force_collapse(MergeState *ms)
{
    Run *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len)
            --n;
        if (merge_at(ms, n) < 0)
            return -1;
    }
    return 0;
}

static int64_t compute_minrun(int64_t n)
{
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Picks the comparison: direct when all keys are small ints, all exact str
 * or all floats (their __lt__ cannot be overridden or fail). */
static LtFn choose_lt(const Value *keys, int64_t n)
{
    Value k0 = keys[0];
    if (IS_SMALL(k0)) {
        for (int64_t i = 1; i < n; i++)
            if (!IS_SMALL(keys[i]))
                return lt_generic;
        return lt_small;
    }
    Type *tp = AS_OBJ(k0)->type;
    if (tp != &str_type && tp != &float_type)
        return lt_generic;
    for (int64_t i = 1; i < n; i++)
        if (IS_SMALL(keys[i]) || AS_OBJ(keys[i])->type != tp)
            return lt_generic;
    return tp == &str_type ? lt_str : lt_float;
}

static int timsort(MergeState *ms, SortSlice lo, int64_t nremaining)
{
    int64_t minrun = compute_minrun(nremaining);
    do {
        int descending;
        int64_t n = count_run(ms, lo.keys, lo.keys + nremaining, &descending);
        if (n < 0)
            return -1;
        if (descending)
            reverse_sortslice(&lo, n);
        if (n < minrun) {
            int64_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(ms, lo, lo.keys + force, lo.keys + n) < 0)
                return -1;
            n = force;
        }
        if (found_new_run(ms, n) < 0)
            return -1;
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = n;
        ++ms->n;
        slice_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);
    return merge_force_collapse(ms);
}

bool list_sort(Task *t, Value list, Value key, bool reverse)
{
    ListObj *l = AS_LIST(list);
    if (key == V_NONE)
        key = 0;

    /* The list is empty while it is sorted, so that mutations are seen. */
    Value *saved = l->items;
    size_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = 0;
    l->cap = 0;

    bool ok = true;
    Value *keys = saved;
    SortSlice lo = {saved, NULL};
    if (key && n) {
        keys = gc_alloc(n * sizeof(Value));
        if (!keys) {
            err_no_memory(t);
            ok = false;
            goto restore;
        }
        for (size_t i = 0; i < n; i++) {
            keys[i] = obj_call(t, key, &saved[i], 1, 0);
            if (!keys[i]) {
                ok = false;
                goto restore;
            }
        }
        lo.keys = keys;
        lo.values = saved;
    }

    if (reverse && n > 1)
        reverse_sortslice(&lo, (int64_t)n);

    if (n > 1) {
        MergeState ms;
        ms.t = t;
        ms.lt = choose_lt(lo.keys, (int64_t)n);
        ms.min_gallop = MIN_GALLOP;
        ms.listlen = (int64_t)n;
        ms.basekeys = lo.keys;
        ms.a.keys = NULL;
        ms.a.values = NULL;
        ms.alloced = 0;
        ms.with_values = lo.values != NULL;
        ms.n = 0;
        if (timsort(&ms, lo, (int64_t)n) < 0)
            ok = false;
    }
    if (reverse && n > 1)
        reverse_values(saved, saved + n);

restore:
    if (ok && (l->items != NULL || l->cap != 0 || l->len != 0)) {
        err_format(t, &exc_ValueError, "list modified during sort");
        ok = false;
    }
    l->items = saved;
    l->len = n;
    l->cap = cap;
    return ok;
}
