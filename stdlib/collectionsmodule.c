/* collectionsmodule.c - _collections: deque, and the C helpers of the
 * collections package.
 *
 * A deque is a ring buffer: items[(head + i) % cap] for i < len, the buffer
 * doubling when full. Every mutation bumps `state`, which iterators and
 * searches check to report "deque mutated during iteration" as CPython
 * does. */
#include <string.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "slice.h"
#include "interp.h"
#include "frame.h"
#include "genericalias.h"
#include "module.h"

typedef struct DequeObj {
    Obj hdr;
    Value *items;
    size_t cap, head, len;
    int64_t maxlen;            /* -1: unbounded */
    uint64_t state;
} DequeObj;

typedef struct DequeIterObj {
    Obj hdr;
    DequeObj *deque;
    size_t index;              /* items still to come */
    uint64_t state;
} DequeIterObj;

extern Type deque_type, deque_iter_type, deque_reviter_type;

#define AS_DEQUE(v) ((DequeObj *)(v))
#define IS_DEQUE(v) (!IS_SMALL(v) && type_is_subtype(AS_OBJ(v)->type, &deque_type))
#define SLOT(d, i) ((d)->items[((d)->head + (i)) & ((d)->cap - 1)])

/* --- storage ---------------------------------------------------------------------- */

static bool grow(Task *t, DequeObj *d)
{
    size_t cap = d->cap ? d->cap * 2 : 8;
    Value *items = GC_MALLOC(cap * sizeof(Value));
    if (!items) {
        err_no_memory(t);
        return false;
    }
    for (size_t i = 0; i < d->len; i++) items[i] = SLOT(d, i);
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return true;
}

static Value pop_right(DequeObj *d)
{
    size_t i = (d->head + d->len - 1) & (d->cap - 1);
    Value v = d->items[i];
    d->items[i] = 0;
    d->len--;
    d->state++;
    return v;
}

static Value pop_left(DequeObj *d)
{
    Value v = d->items[d->head];
    d->items[d->head] = 0;
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    return v;
}

static bool push_right(Task *t, DequeObj *d, Value v)
{
    if (d->maxlen >= 0 && (int64_t)d->len >= d->maxlen) {
        if (d->maxlen == 0) return true;
        pop_left(d);
    }
    if (d->len == d->cap && !grow(t, d)) return false;
    SLOT(d, d->len) = v;
    d->len++;
    d->state++;
    return true;
}

static bool push_left(Task *t, DequeObj *d, Value v)
{
    if (d->maxlen >= 0 && (int64_t)d->len >= d->maxlen) {
        if (d->maxlen == 0) return true;
        pop_right(d);
    }
    if (d->len == d->cap && !grow(t, d)) return false;
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = v;
    d->len++;
    d->state++;
    return true;
}

static void clear_items(DequeObj *d)
{
    d->items = NULL;
    d->cap = d->head = d->len = 0;
    d->state++;
}

/* The items of other (any iterable), as an array safe from changes to d. */
static bool extend_side(Task *t, DequeObj *d, Value iterable, bool left)
{
    if (iterable == OBJ_VAL(d)) {
        iterable = list_from_iter(t, iterable);
        if (!iterable) return false;
    }
    Value it = obj_iter(t, iterable);
    if (!it) return false;
    for (;;) {
        Value v = obj_next(t, it);
        if (!v) return !t->exc;
        if (!(left ? push_left(t, d, v) : push_right(t, d, v))) return false;
    }
}

static DequeObj *deque_alloc(Task *t, Type *tp)
{
    size_t size = tp->size > sizeof(DequeObj) ? tp->size : sizeof(DequeObj);
    DequeObj *d = GC_MALLOC(size);
    if (!d) {
        err_no_memory(t);
        return NULL;
    }
    d->hdr.type = tp;
    d->maxlen = -1;
    return d;
}

/* --- construction ------------------------------------------------------------------- */

static Value deque_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    DequeObj *d = deque_alloc(t, tp);
    return d ? OBJ_VAL(d) : 0;
}

static bool deque_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"deque", 0, 2, 0, 2, {"iterable", "maxlen"}};
    Value a[2];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return false;
    DequeObj *d = AS_DEQUE(self);
    int64_t maxlen = -1;
    if (a[1] && a[1] != V_NONE) {
        Value n = int_norm(a[1]);
        if (!n) {
            err_format(t, &exc_TypeError, "an integer is required");
            return false;
        }
        if (!int_as_i64(t, n, &maxlen)) return false;
        if (maxlen < 0) {
            err_format(t, &exc_ValueError, "maxlen must be non-negative");
            return false;
        }
    }
    d->maxlen = maxlen;
    if (d->len) clear_items(d);
    return a[0] ? extend_side(t, d, a[0], false) : true;
}

/* A new deque of self's type with its maxlen holding src's items. */
static Value deque_copy_of(Task *t, DequeObj *d)
{
    if (AS_OBJ(d)->type == &deque_type) {
        DequeObj *c = deque_alloc(t, &deque_type);
        if (!c) return 0;
        c->maxlen = d->maxlen;
        for (size_t i = 0; i < d->len; i++)
            if (!push_right(t, c, SLOT(d, i))) return 0;
        return OBJ_VAL(c);
    }
    Value args[2] = {OBJ_VAL(d), d->maxlen >= 0 ? MAKE_SMALL(d->maxlen) : V_NONE};
    return obj_call(t, OBJ_VAL(AS_OBJ(d)->type), args, d->maxlen >= 0 ? 2 : 1, 0);
}

/* --- methods ------------------------------------------------------------------------ */

static DequeObj *self_deque(const Value *args) { return AS_DEQUE(args[0]); }

static Value d_append(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_one(t, "deque.append", nargs - 1, kw)) return 0;
    return push_right(t, self_deque(args), args[1]) ? V_NONE : 0;
}

static Value d_appendleft(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_one(t, "deque.appendleft", nargs - 1, kw)) return 0;
    return push_left(t, self_deque(args), args[1]) ? V_NONE : 0;
}

static Value d_pop(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_none(t, "deque.pop", nargs - 1, kw)) return 0;
    DequeObj *d = self_deque(args);
    if (!d->len) return err_format(t, &exc_IndexError, "pop from an empty deque");
    return pop_right(d);
}

static Value d_popleft(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_none(t, "deque.popleft", nargs - 1, kw)) return 0;
    DequeObj *d = self_deque(args);
    if (!d->len) return err_format(t, &exc_IndexError, "pop from an empty deque");
    return pop_left(d);
}

static Value d_extend(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_one(t, "deque.extend", nargs - 1, kw)) return 0;
    return extend_side(t, self_deque(args), args[1], false) ? V_NONE : 0;
}

static Value d_extendleft(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_one(t, "deque.extendleft", nargs - 1, kw)) return 0;
    return extend_side(t, self_deque(args), args[1], true) ? V_NONE : 0;
}

static Value d_clear(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_none(t, "deque.clear", nargs - 1, kw)) return 0;
    clear_items(self_deque(args));
    return V_NONE;
}

static Value d_copy(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_none(t, "deque.copy", nargs - 1, kw)) return 0;
    return deque_copy_of(t, self_deque(args));
}

/* Compares item i with value (identity first); -1 error, and raises
 * exc("deque mutated during iteration") when the comparison changed d. */
static int item_eq(Task *t, DequeObj *d, size_t i, Value value, uint64_t state, Type *exc)
{
    Value item = SLOT(d, i);
    int k = item == value ? 1 : obj_eq(t, item, value);
    if (k < 0) return -1;
    if (d->state != state) {
        err_format(t, exc, "deque mutated during iteration");
        return -1;
    }
    return k;
}

static Value d_count(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_one(t, "deque.count", nargs - 1, kw)) return 0;
    DequeObj *d = self_deque(args);
    uint64_t state = d->state;
    int64_t n = 0;
    for (size_t i = 0; i < d->len; i++) {
        int k = item_eq(t, d, i, args[1], state, &exc_RuntimeError);
        if (k < 0) return 0;
        n += k;
    }
    return MAKE_SMALL(n);
}

static Value d_index(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_range(t, "index", "deque.index", nargs - 1, kw, 1, 3)) return 0;
    DequeObj *d = self_deque(args);
    int64_t start, stop;
    if (!seq_index_bounds(t, args + 2, nargs - 2, (int64_t)d->len, &start, &stop)) return 0;
    uint64_t state = d->state;
    for (int64_t i = start; i < stop && i < (int64_t)d->len; i++) {
        int k = item_eq(t, d, (size_t)i, args[1], state, &exc_RuntimeError);
        if (k < 0) return 0;
        if (k) return MAKE_SMALL(i);
    }
    return err_format(t, &exc_ValueError, "%R is not in deque", args[1]);
}

/* Removes item i, moving the shorter side over the gap. */
static void delete_at(DequeObj *d, size_t i)
{
    if (i < d->len / 2) {
        for (size_t j = i; j > 0; j--) SLOT(d, j) = SLOT(d, j - 1);
        pop_left(d);
    } else {
        for (size_t j = i; j + 1 < d->len; j++) SLOT(d, j) = SLOT(d, j + 1);
        pop_right(d);
    }
}

static Value d_remove(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_one(t, "deque.remove", nargs - 1, kw)) return 0;
    DequeObj *d = self_deque(args);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        int k = item_eq(t, d, i, args[1], state, &exc_IndexError);
        if (k < 0) return 0;
        if (k) {
            delete_at(d, i);
            return V_NONE;
        }
    }
    return err_format(t, &exc_ValueError, "%R is not in deque", args[1]);
}

static Value d_insert(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_range(t, "insert", "deque.insert", nargs - 1, kw, 2, 2)) return 0;
    DequeObj *d = self_deque(args);
    Value iv = obj_index(t, args[1]);
    int64_t i;
    if (!iv || !index_to_i64(t, iv, NULL, &i)) return 0;
    if (d->maxlen >= 0 && (int64_t)d->len >= d->maxlen)
        return err_format(t, &exc_IndexError, "deque already at its maximum size");
    int64_t n = (int64_t)d->len;
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (!push_right(t, d, args[2])) return 0;
    for (int64_t j = n; j > i; j--) SLOT(d, j) = SLOT(d, j - 1);
    SLOT(d, i) = args[2];
    return V_NONE;
}

static Value d_reverse(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_none(t, "deque.reverse", nargs - 1, kw)) return 0;
    DequeObj *d = self_deque(args);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        Value tmp = SLOT(d, i);
        SLOT(d, i) = SLOT(d, j - 1);
        SLOT(d, j - 1) = tmp;
    }
    d->state++;
    return V_NONE;
}

static Value d_rotate(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_range(t, "rotate", "deque.rotate", nargs - 1, kw, 0, 1)) return 0;
    DequeObj *d = self_deque(args);
    int64_t n = 1;
    if (nargs > 1) {
        Value nv = obj_index(t, args[1]);
        if (!nv || !index_to_i64(t, nv, NULL, &n)) return 0;
    }
    int64_t len = (int64_t)d->len;
    if (len <= 1) return V_NONE;
    n %= len;
    if (n < 0) n += len;
    if (n == 0) return V_NONE;
    if (d->len == d->cap) {   /* a full ring turns by moving its head */
        d->head = (d->head + d->cap - (size_t)n) & (d->cap - 1);
    } else if (n <= len / 2) {
        for (int64_t k = 0; k < n; k++) {
            Value v = pop_right(d);
            d->head = (d->head - 1) & (d->cap - 1);
            d->items[d->head] = v;
            d->len++;
        }
    } else {
        for (int64_t k = 0; k < len - n; k++) {
            Value v = pop_left(d);
            SLOT(d, d->len) = v;
            d->len++;
        }
    }
    d->state++;
    return V_NONE;
}

static Value d_reversed(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!meth_check_none(t, "deque.__reversed__", nargs - 1, kw)) return 0;
    DequeObj *d = self_deque(args);
    DequeIterObj *it = GC_MALLOC(sizeof *it);
    if (!it) return err_no_memory(t);
    it->hdr.type = &deque_reviter_type;
    it->deque = d;
    it->index = d->len;
    it->state = d->state;
    return OBJ_VAL(it);
}

static Value d_reduce(Task *t, const Value *args, size_t nargs, Value kw)
{
    DequeObj *d = self_deque(args);
    Value items = list_new(d->len);
    if (!items) return err_no_memory(t);
    for (size_t i = 0; i < d->len; i++)
        if (!list_append(t, items, SLOT(d, i))) return 0;
    Value cargs = d->maxlen >= 0 ? tuple_pack(2, items, MAKE_SMALL(d->maxlen)) : tuple_pack(1, items);
    return tuple_pack(2, OBJ_VAL(AS_OBJ(d)->type), cargs);
}

static Value d_get_maxlen(Task *t, Value self)
{
    int64_t m = AS_DEQUE(self)->maxlen;
    return m < 0 ? V_NONE : int_from_i64(t, m);
}

/* --- slots --------------------------------------------------------------------------- */

static Value deque_repr(Task *t, Value self)
{
    DequeObj *d = AS_DEQUE(self);
    Type *tp = AS_OBJ(self)->type;
    const char *name = STR_DATA(tp->name_str);
    int r = repr_enter(t, self);
    if (r != 0) return r > 0 ? str_from_cstr("[...]") : 0;
    Value items = list_new(d->len);
    for (size_t i = 0; items && i < d->len; i++) list_append(t, items, SLOT(d, i));
    Value lr = items ? obj_repr(t, items) : 0;
    repr_leave(t, self);
    if (!lr) return 0;
    if (d->maxlen < 0) return str_format(t, "%s(%U)", name, lr);
    return str_format(t, "%s(%U, maxlen=%lld)", name, lr, (long long)d->maxlen);
}

static int64_t deque_len(Task *t, Value self) { return (int64_t)AS_DEQUE(self)->len; }

/* An item position: int-like keys only, negative ones from the end. */
static bool item_index(Task *t, DequeObj *d, Value key, size_t *out)
{
    if (!HAS_FLAG(key, TF_INT) && !IS_BOOL(key) && !type_lookup(TYPE_OF(key), NAME(__index__))) {
        err_format(t, &exc_TypeError, "sequence index must be integer, not '%s'", obj_type_name(key));
        return false;
    }
    Value iv = obj_index(t, key);
    int64_t i;
    if (!iv || !index_to_i64(t, iv, &exc_IndexError, &i)) return false;
    if (!seq_index_check(t, &i, (int64_t)d->len, "deque")) return false;
    *out = (size_t)i;
    return true;
}

static Value deque_getitem(Task *t, Value self, Value key)
{
    DequeObj *d = AS_DEQUE(self);
    if (IS_SMALL(key)) {
        intptr_t i = SMALL_VAL(key);
        if (i < 0) i += (intptr_t)d->len;
        if (i >= 0 && (size_t)i < d->len) return SLOT(d, i);
    }
    size_t i;
    return item_index(t, d, key, &i) ? SLOT(d, i) : 0;
}

static bool deque_setitem(Task *t, Value self, Value key, Value v)
{
    DequeObj *d = AS_DEQUE(self);
    size_t i;
    if (!item_index(t, d, key, &i)) return false;
    if (v) {
        SLOT(d, i) = v;
    } else {
        delete_at(d, i);
    }
    return true;
}

static int deque_contains(Task *t, Value self, Value x)
{
    DequeObj *d = AS_DEQUE(self);
    uint64_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        int k = item_eq(t, d, i, x, state, &exc_RuntimeError);
        if (k) return k;
    }
    return 0;
}

static Value deque_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_DEQUE(self) || !IS_DEQUE(other)) return V_NOTIMPL;
    DequeObj *a = AS_DEQUE(self), *b = AS_DEQUE(other);
    if (a->len != b->len && (op == CMP_EQ || op == CMP_NOTEQ)) return V_BOOL(op == CMP_NOTEQ);
    size_t i;
    for (i = 0; i < a->len && i < b->len; i++) {
        Value x = SLOT(a, i), y = SLOT(b, i);
        if (x == y) continue;
        int k = obj_eq(t, x, y);
        if (k < 0) return 0;
        if (!k) break;
    }
    if (i >= a->len || i >= b->len) {
        size_t na = a->len, nb = b->len;
        switch (op) {
        case CMP_EQ: return V_BOOL(na == nb);
        case CMP_NOTEQ: return V_BOOL(na != nb);
        case CMP_LT: return V_BOOL(na < nb);
        case CMP_LTE: return V_BOOL(na <= nb);
        case CMP_GT: return V_BOOL(na > nb);
        case CMP_GTE: return V_BOOL(na >= nb);
        default: return V_NOTIMPL;
        }
    }
    if (op == CMP_EQ) return V_FALSE;
    if (op == CMP_NOTEQ) return V_TRUE;
    return obj_richcmp(t, SLOT(a, i), SLOT(b, i), op);
}

static Value deque_repeat(Task *t, DequeObj *d, int64_t n)
{
    size_t len = d->len;
    if (n <= 0 || len == 0) {
        clear_items(d);
        return OBJ_VAL(d);
    }
    /* item k of the result is item k % len; with a maxlen only the last
     * maxlen of them survive, so the pushes start there */
    int64_t total = (int64_t)len * n, k0 = (int64_t)len;
    if (d->maxlen >= 0 && total - d->maxlen > k0) k0 = total - d->maxlen;
    Value *copy = GC_MALLOC(len * sizeof(Value));
    if (!copy) return err_no_memory(t);
    for (size_t i = 0; i < len; i++) copy[i] = SLOT(d, i);
    for (int64_t k = k0; k < total; k++)
        if (!push_right(t, d, copy[k % (int64_t)len])) return 0;
    return OBJ_VAL(d);
}

static Value deque_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    if (op == BIN_ADD) {
        if (side == 1) return V_NOTIMPL;
        if (!IS_DEQUE(b)) {
            if (seq_defer_binop(b, op)) return V_NOTIMPL;
            return err_format(t, &exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                              obj_type_name(b));
        }
        Value r = deque_copy_of(t, AS_DEQUE(a));
        return r && extend_side(t, AS_DEQUE(r), b, false) ? r : 0;
    }
    if (op == BIN_MULT) {
        Value seq = side ? b : a, n = side ? a : b;
        int64_t count;
        int k = seq_repeat_count(t, n, &count);
        if (k < 0) return 0;
        if (k == 0) {
            if (side == 0 && seq_defer_binop(n, op)) return V_NOTIMPL;
            return seq_repeat_error(t, a, b, side);
        }
        Value r = deque_copy_of(t, AS_DEQUE(seq));
        return r ? deque_repeat(t, AS_DEQUE(r), count) : 0;
    }
    return V_NOTIMPL;
}

static Value deque_inplace(Task *t, Value a, Value b, BinOpKind op)
{
    if (op == BIN_ADD) return extend_side(t, AS_DEQUE(a), b, false) ? a : 0;
    if (op == BIN_MULT) {
        int64_t n;
        int k = seq_repeat_count(t, b, &n);
        if (k <= 0) return k < 0 ? 0 : V_NOTIMPL;
        return deque_repeat(t, AS_DEQUE(a), n);
    }
    return V_NOTIMPL;
}

static Value deque_iter(Task *t, Value self)
{
    DequeObj *d = AS_DEQUE(self);
    DequeIterObj *it = GC_MALLOC(sizeof *it);
    if (!it) return err_no_memory(t);
    it->hdr.type = &deque_iter_type;
    it->deque = d;
    it->index = 0;
    it->state = d->state;
    return OBJ_VAL(it);
}

static const MethodDef deque_methods[] = {
    {"append", d_append, METH_PLAIN, "Add an element to the right side of the deque."},
    {"appendleft", d_appendleft, METH_PLAIN, "Add an element to the left side of the deque."},
    {"clear", d_clear, METH_PLAIN, "Remove all elements from the deque."},
    {"copy", d_copy, METH_PLAIN, "Return a shallow copy of a deque."},
    {"__copy__", d_copy, METH_PLAIN, "Return a shallow copy of a deque."},
    {"count", d_count, METH_PLAIN, "D.count(value) -- return number of occurrences of value"},
    {"extend", d_extend, METH_PLAIN, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", d_extendleft, METH_PLAIN, "Extend the left side of the deque with elements from the iterable"},
    {"index", d_index, METH_PLAIN, "D.index(value, [start, [stop]]) -- return first index of value."},
    {"insert", d_insert, METH_PLAIN, "D.insert(index, object) -- insert object before index"},
    {"pop", d_pop, METH_PLAIN, "Remove and return the rightmost element."},
    {"popleft", d_popleft, METH_PLAIN, "Remove and return the leftmost element."},
    {"remove", d_remove, METH_PLAIN, "D.remove(value) -- remove first occurrence of value."},
    {"reverse", d_reverse, METH_PLAIN, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", d_rotate, METH_PLAIN, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__reversed__", d_reversed, METH_PLAIN, "D.__reversed__() -- return a reverse iterator over the deque"},
    {"__reduce__", d_reduce, METH_PLAIN, NULL},
    {"__class_getitem__", generic_class_getitem, METH_CLASS, "See PEP 585"},
    {NULL},
};

static const MemberDef deque_members[] = {
    {"maxlen", d_get_maxlen, NULL},
    {NULL},
};

Type deque_type = {
    .hdr = {&type_type}, .name = "collections.deque", .size = sizeof(DequeObj), .flags = TF_BASETYPE,
    .doc = 0,
    .repr = deque_repr, .hash = hash_unhashable, .richcmp = deque_richcmp, .binop = deque_binop,
    .inplace = deque_inplace, .len = deque_len, .getitem = deque_getitem, .setitem = deque_setitem,
    .contains = deque_contains, .iter = deque_iter, .new_ = deque_new, .init = deque_init,
    .methods = deque_methods, .members = deque_members,
};
REGISTER_TYPE(deque_type);

/* --- iterators ------------------------------------------------------------------------ */

static Value self_iter(Task *t, Value self) { return self; }

static Value iter_check(Task *t, DequeIterObj *it)
{
    if (it->deque->state != it->state) {
        it->index = it->deque->len + 1;   /* stays exhausted */
        return err_format(t, &exc_RuntimeError, "deque mutated during iteration");
    }
    return V_NONE;
}

static Value dequeiter_next(Task *t, Value self)
{
    DequeIterObj *it = (DequeIterObj *)self;
    DequeObj *d = it->deque;
    if (!d) return 0;
    if (!iter_check(t, it)) return 0;
    if (it->index >= d->len) {
        it->deque = NULL;
        return 0;
    }
    return SLOT(d, it->index++);
}

static Value dequereviter_next(Task *t, Value self)
{
    DequeIterObj *it = (DequeIterObj *)self;
    DequeObj *d = it->deque;
    if (!d) return 0;
    if (!iter_check(t, it)) return 0;
    if (it->index == 0 || it->index > d->len) {
        it->deque = NULL;
        return 0;
    }
    return SLOT(d, --it->index);
}

static Value dequeiter_length_hint(Task *t, const Value *args, size_t nargs, Value kw)
{
    DequeIterObj *it = (DequeIterObj *)args[0];
    if (!it->deque) return MAKE_SMALL(0);
    size_t len = it->deque->len;
    if (AS_OBJ(args[0])->type == &deque_iter_type) return MAKE_SMALL(it->index < len ? len - it->index : 0);
    return MAKE_SMALL(it->index <= len ? it->index : 0);
}

static const MethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, METH_PLAIN, NULL},
    {NULL},
};

Type deque_iter_type = {
    .hdr = {&type_type}, .name = "_collections._deque_iterator", .size = sizeof(DequeIterObj),
    .iter = self_iter, .next = dequeiter_next, .methods = dequeiter_methods,
};
REGISTER_TYPE(deque_iter_type);

Type deque_reviter_type = {
    .hdr = {&type_type}, .name = "_collections._deque_reverse_iterator", .size = sizeof(DequeIterObj),
    .iter = self_iter, .next = dequereviter_next, .methods = dequeiter_methods,
};
REGISTER_TYPE(deque_reviter_type);

/* --- _tuplegetter: the field descriptors of namedtuple classes ----------------------- */

typedef struct TupleGetterObj {
    Obj hdr;
    int64_t index;
    Value doc;
    bool member;               /* a struct sequence field: "readonly attribute" */
} TupleGetterObj;

extern Type tuplegetter_type;

static Value tuplegetter_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_tuplegetter", nargs, kw, 2, 2)) return 0;
    Value iv = obj_index(t, args[0]);
    int64_t index;
    if (!iv || !index_to_i64(t, iv, NULL, &index)) return 0;
    TupleGetterObj *g = GC_MALLOC(sizeof *g);
    if (!g) return err_no_memory(t);
    g->hdr.type = tp;
    g->index = index;
    g->doc = args[1];
    return OBJ_VAL(g);
}

static Value tuplegetter_get(Task *t, Value self, Value obj, Type *type)
{
    TupleGetterObj *g = (TupleGetterObj *)self;
    if (!obj || obj == V_NONE) return self;
    Value tup = obj_unbox(obj);
    if (!IS_TUPLE(tup))
        return err_format(t, &exc_TypeError, "descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object",
                          (long long)g->index, obj_type_name(obj));
    if (g->index < 0 || (size_t)g->index >= TUPLE_LEN(tup))
        return err_format(t, &exc_IndexError, "tuple index out of range");
    return TUPLE_ITEM(tup, g->index);
}

static bool tuplegetter_set(Task *t, Value self, Value obj, Value v)
{
    if (((TupleGetterObj *)self)->member)
        err_format(t, &exc_AttributeError, "readonly attribute");
    else
        err_format(t, &exc_AttributeError, v ? "can't set attribute" : "can't delete attribute");
    return false;
}

/* A field of a struct sequence (structseq.c): item index, read-only. */
Value tuplegetter_field(Task *t, int64_t index)
{
    TupleGetterObj *g = GC_MALLOC(sizeof *g);
    if (!g) return err_no_memory(t);
    g->hdr.type = &tuplegetter_type;
    g->index = index;
    g->doc = V_NONE;
    g->member = true;
    return OBJ_VAL(g);
}

static Value tg_get_doc(Task *t, Value self) { return ((TupleGetterObj *)self)->doc; }

static bool tg_set_doc(Task *t, Value self, Value v)
{
    ((TupleGetterObj *)self)->doc = v ? v : V_NONE;
    return true;
}

static const MemberDef tuplegetter_members[] = {
    {"__doc__", tg_get_doc, tg_set_doc},
    {NULL},
};

Type tuplegetter_type = {
    .hdr = {&type_type}, .name = "_collections._tuplegetter", .size = sizeof(TupleGetterObj),
    .new_ = tuplegetter_new, .descr_get = tuplegetter_get, .descr_set = tuplegetter_set,
    .members = tuplegetter_members,
};
REGISTER_TYPE(tuplegetter_type);

/* --- module functions ----------------------------------------------------------------- */

/* _caller_module(depth=1): the __name__ of the module whose code is running
 * depth frames above the caller (CPython's namedtuple reads it from
 * sys._getframe(depth).f_globals). None when there is no such frame. */
static Value c_caller_module(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "_caller_module", nargs, kw, 0, 1)) return 0;
    int64_t depth = 1;
    if (nargs && !int_as_i64(t, args[0], &depth)) return 0;
    Frame *f = t->frame;
    for (; f && depth > 0; depth--) f = f->back;
    if (!f || !f->globals) return V_NONE;
    Value name = dict_get_cstr(f->globals, "__name__");
    return name ? name : str_from_cstr("__main__");
}

static const MethodDef collections_functions[] = {
    {"_caller_module", c_caller_module, METH_PLAIN, NULL},
    {NULL},
};

static bool collections_init(Task *t, Value m)
{
    dict_set_cstr(module_dict(m), "deque", OBJ_VAL(&deque_type));
    dict_set_cstr(module_dict(m), "_tuplegetter", OBJ_VAL(&tuplegetter_type));
    return true;
}

const NativeModule collections_native_module = {"_collections", collections_functions, collections_init};
