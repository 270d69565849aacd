/* arraymodule.c - the array module: array.array, compact sequences of C
 * numbers (or 'u' characters) of one typecode, as CPython's. This file
 * holds the type's construction, repr, comparison and sequence protocol
 * (items, slices, concatenation, repetition, iteration) and the module;
 * the methods are in arraymethods.c, items and storage in arrayitems.c. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "str.h"
#include "bytes.h"
#include "dict.h"
#include "slice.h"
#include "module.h"
#include "arraymodule.h"

/* --- construction ---------------------------------------------------------------------- */

/* The typecode argument: one character, whose code point is *code. */
static bool typecode_arg(Task *t, Value v, uint32_t *code)
{
    Value s = obj_unbox(v);
    if (!HAS_FLAG(v, TF_STR) || STR_LEN(s) != 1) {
        err_format(t, &exc_TypeError, "array() argument 1 must be a unicode character, not %s", obj_type_name(v));
        return false;
    }
    const char *p = STR_DATA(s);
    *code = utf8_decode(&p);
    return true;
}

/* Fills a new array from its initializer. Bytes are raw items; an array of
 * the same typecode is copied; a str fills a 'u' array; anything else is
 * iterated (it, already made), each item converted. */
static bool fill(Task *t, ArrayObj *a, Value init, Value it)
{
    if (it) return array_append_iter(t, a, it);
    if (HAS_FLAG(init, TF_STR)) return array_append_str(t, a, obj_unbox(init));
    if (IS_ARRAY(init)) return array_extend_array(t, a, AS_ARRAY(init));
    return array_frombytes(t, a, init);
}

/* The checks come in CPython's order: a str or a 'u' array for another
 * typecode, then an initializer that cannot be iterated, then the typecode. */
static Value array_new_slot(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (tp == &array_type && !args_no_kw(t, "array.array", kw)) return 0;
    if (nargs < 1 || nargs > 2)
        return err_format(t, &exc_TypeError, "array() takes at %s (%zu given)",
                          nargs ? "most 2 arguments" : "least 1 argument", nargs);
    uint32_t code;
    if (!typecode_arg(t, args[0], &code)) return 0;
    Value init = nargs > 1 ? args[1] : 0, it = 0;
    if (init && code != 'u' && HAS_FLAG(init, TF_STR))
        return err_format(t, &exc_TypeError, "cannot use a str to initialize an array with typecode '%U'", args[0]);
    if (init && code != 'u' && IS_ARRAY(init) && AS_ARRAY(init)->descr->code == 'u')
        return err_format(t, &exc_TypeError, "cannot use a unicode array to initialize an array with typecode '%U'",
                          args[0]);
    bool direct = init && (bytes_like(init) || HAS_FLAG(init, TF_STR) ||
                           (IS_ARRAY(init) && (uint32_t)AS_ARRAY(init)->descr->code == code));
    if (init && !direct && !(it = obj_iter(t, init))) return 0;
    const ArrayDescr *d = array_descr(code);
    if (!d) return err_format(t, &exc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    ArrayObj *a = array_alloc(t, tp, d, 0);
    if (!a || (init && !fill(t, a, init, it))) return 0;
    return OBJ_VAL(a);
}

/* --- repr and comparison ----------------------------------------------------------------- */

static Value array_repr(Task *t, Value self)
{
    ArrayObj *a = AS_ARRAY(self);
    Value name = TYPE_OF(self)->name_str;   /* a subclass shows its own name */
    if (!a->len) return str_format(t, "%U('%c')", name, a->descr->code);
    Value items = a->descr->kind == AK_UNICODE ? array_to_str(t, a) : array_tolist(t, a);
    return items ? str_format(t, "%U('%c', %R)", name, a->descr->code, items) : 0;
}

/* As sequences compare: the first items that differ decide, else the
 * lengths. Arrays of one integer or 'u' typecode compare their C values, as
 * CPython's do (so a bad code point compares without an error); floats go
 * through Python's comparison, where a NaN is unequal to itself. */
static Value array_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!IS_ARRAY(other)) return V_NOTIMPL;
    ArrayObj *a = AS_ARRAY(self), *b = AS_ARRAY(other);
    if (a->len != b->len && (op == CMP_EQ || op == CMP_NOTEQ)) return V_BOOL(op == CMP_NOTEQ);
    if (a->descr == b->descr && a->descr->kind != AK_FLOAT) return cmp_result(array_compare_raw(a, b), op);
    for (size_t i = 0; i < a->len && i < b->len; i++) {
        Value x = array_get(t, a, i), y = x ? array_get(t, b, i) : 0;
        int eq = y ? obj_eq(t, x, y) : -1;
        if (eq < 0) return 0;
        if (!eq) return op == CMP_EQ || op == CMP_NOTEQ ? V_BOOL(op == CMP_NOTEQ) : obj_richcmp(t, x, y, op);
    }
    return cmp_result((a->len > b->len) - (a->len < b->len), op);
}

/* --- items and slices ----------------------------------------------------------------------- */

static int64_t array_len(Task *t, Value self) { return (int64_t)AS_ARRAY(self)->len; }

/* The position of an int subscript; what names it in the IndexError. */
static bool item_index(Task *t, ArrayObj *a, Value key, const char *what, int64_t *i)
{
    if (!index_like(key)) {
        err_format(t, &exc_TypeError, "array indices must be integers");
        return false;
    }
    return index_to_i64(t, key, &exc_IndexError, i) && seq_index_check(t, i, (int64_t)a->len, what);
}

/* A slice's bounds against the length a has once its __index__ methods ran. */
static bool slice_bounds(Task *t, ArrayObj *a, Value key, int64_t *start, int64_t *step, int64_t *count)
{
    int64_t stop;
    if (!slice_unpack_raw(t, key, start, &stop, step)) return false;
    *count = slice_adjust((int64_t)a->len, start, &stop, *step);
    return true;
}

static Value array_getitem(Task *t, Value self, Value key)
{
    ArrayObj *a = AS_ARRAY(self);
    int64_t i, step, count;
    if (IS_SLICE(key))
        return slice_bounds(t, a, key, &i, &step, &count) ? array_select(t, a, i, step, count) : 0;
    return item_index(t, a, key, "array", &i) ? array_get(t, a, (size_t)i) : 0;
}

/* Deletes count items from start, step apart. */
static void delete_items(ArrayObj *a, int64_t start, int64_t step, int64_t count)
{
    if (count <= 0) return;
    if (step < 0) {
        start += step * (count - 1);
        step = -step;
    }
    if (step == 1 || count <= 1) {
        array_close(a, (size_t)start, (size_t)count);
        return;
    }
    size_t size = a->descr->size, out = (size_t)start;
    for (size_t i = (size_t)start; i < a->len; i++) {
        size_t k = i - (size_t)start;
        if (k % (size_t)step || k / (size_t)step >= (size_t)count) memmove(ITEM_PTR(a, out++), ITEM_PTR(a, i), size);
    }
    a->len = out;
}

/* a[start:stop:step] = v, v an array of a's typecode. */
static bool assign_slice(Task *t, ArrayObj *a, int64_t start, int64_t step, int64_t count, Value v)
{
    if (!IS_ARRAY(v)) {
        err_format(t, &exc_TypeError, "can only assign array (not \"%s\") to array slice", obj_type_name(v));
        return false;
    }
    ArrayObj *src = AS_ARRAY(v);
    if (src->descr != a->descr) {
        err_format(t, &exc_TypeError, "bad argument type for built-in operation");
        return false;
    }
    if (src == a && !(v = array_select(t, a, 0, 1, (int64_t)a->len))) return false;
    src = AS_ARRAY(v);
    size_t m = src->len, size = a->descr->size;
    if (step == 1) {
        if (m > (size_t)count && !array_open(t, a, (size_t)(start + count), m - (size_t)count)) return false;
        if (m < (size_t)count) array_close(a, (size_t)start + m, (size_t)count - m);
        memcpy(ITEM_PTR(a, start), src->data, m * size);
        return true;
    }
    if (m != (size_t)count) {
        err_format(t, &exc_ValueError, "attempt to assign array of size %zu to extended slice of size %lld", m,
                   (long long)count);
        return false;
    }
    for (size_t i = 0; i < m; i++, start += step) memcpy(ITEM_PTR(a, start), ITEM_PTR(src, i), size);
    return true;
}

static bool array_setitem(Task *t, Value self, Value key, Value v)
{
    ArrayObj *a = AS_ARRAY(self);
    int64_t i, step, count;
    if (IS_SLICE(key)) {
        if (!slice_bounds(t, a, key, &i, &step, &count)) return false;
        if (v) return assign_slice(t, a, i, step, count, v);
        delete_items(a, i, step, count);
        return true;
    }
    if (!item_index(t, a, key, "array assignment", &i)) return false;
    if (!v) {
        array_close(a, (size_t)i, 1);
        return true;
    }
    char item[8];
    if (!array_convert(t, a->descr, v, item)) return false;
    /* converting may have run an __index__ that shrank the array */
    if (!seq_index_check(t, &i, (int64_t)a->len, "array assignment")) return false;
    memcpy(ITEM_PTR(a, i), item, a->descr->size);
    return true;
}

static int array_contains(Task *t, Value self, Value x)
{
    ArrayObj *a = AS_ARRAY(self);
    for (size_t i = 0; i < a->len; i++) {
        Value y = array_get(t, a, i);
        int eq = y ? obj_eq(t, y, x) : -1;
        if (eq) return eq;
    }
    return 0;
}

/* --- concatenation and repetition ---------------------------------------------------------- */

/* Repeats a's first n items count times (count > 0) in place. */
static bool repeat_items(Task *t, ArrayObj *a, size_t n, int64_t count)
{
    if (n && (uint64_t)count > SIZE_MAX / 8 / a->descr->size / n) {
        err_no_memory(t);
        return false;
    }
    size_t total = n * (size_t)count, chunk = n * a->descr->size;
    if (!array_reserve(t, a, total)) return false;
    for (int64_t k = 1; k < count; k++) memcpy(a->data + (size_t)k * chunk, a->data, chunk);
    a->len = total;
    return true;
}

/* The repeat count of a * n or n * a; *count 0 means "empty". */
static int repeat_count(Task *t, Value a, Value b, int side, int64_t *count)
{
    int k = seq_repeat_count(t, side ? a : b, count);
    if (k == 0 && !(side == 0 && seq_defer_binop(b, BIN_MULT))) {
        seq_repeat_error(t, a, b, side);
        return -1;
    }
    return k;
}

static Value array_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    if (op == BIN_ADD && side == 0) {
        if (!IS_ARRAY(b)) {
            if (seq_defer_binop(b, op)) return V_NOTIMPL;
            return err_format(t, &exc_TypeError, "can only append array (not \"%s\") to array", obj_type_name(b));
        }
        ArrayObj *x = AS_ARRAY(a), *y = AS_ARRAY(b);
        if (x->descr != y->descr) return err_format(t, &exc_TypeError, "bad argument type for built-in operation");
        Value r = array_select(t, x, 0, 1, (int64_t)x->len);
        return r && array_append_bytes(t, AS_ARRAY(r), y->data, y->len * y->descr->size) ? r : 0;
    }
    if (op != BIN_MULT) return V_NOTIMPL;
    int64_t count;
    int k = repeat_count(t, a, b, side, &count);
    if (k <= 0) return k ? 0 : V_NOTIMPL;
    ArrayObj *seq = AS_ARRAY(side ? b : a);
    Value r = array_select(t, seq, 0, 1, count > 0 ? (int64_t)seq->len : 0);
    return r && (count == 0 || repeat_items(t, AS_ARRAY(r), seq->len, count)) ? r : 0;
}

static Value array_inplace(Task *t, Value a, Value b, BinOpKind op)
{
    ArrayObj *x = AS_ARRAY(a);
    if (op == BIN_ADD) {
        if (!IS_ARRAY(b) && seq_defer_binop(b, op)) return V_NOTIMPL;
        if (!IS_ARRAY(b))
            return err_format(t, &exc_TypeError, "can only extend array with array (not \"%s\")", obj_type_name(b));
        return array_extend_array(t, x, AS_ARRAY(b)) ? a : 0;
    }
    if (op != BIN_MULT) return V_NOTIMPL;
    int64_t count;
    int k = repeat_count(t, a, b, 0, &count);
    if (k <= 0) return k ? 0 : V_NOTIMPL;
    if (count == 0) x->len = 0;
    return count == 0 || repeat_items(t, x, x->len, count) ? a : 0;
}

/* --- iteration ------------------------------------------------------------------------------ */

typedef struct ArrayIterObj {
    Obj hdr;
    Value array;           /* 0 once exhausted: items appended later are not seen */
    size_t i;
} ArrayIterObj;

static Value iter_self(Task *t, Value self) { return self; }

static Value arrayiter_next(Task *t, Value self)
{
    ArrayIterObj *it = (ArrayIterObj *)self;
    if (!it->array) return 0;
    if (it->i < AS_ARRAY(it->array)->len) return array_get(t, AS_ARRAY(it->array), it->i++);
    it->array = 0;
    return 0;
}

Type arrayiterator_type = {
    .hdr = {&type_type}, .name = "array.arrayiterator", .size = sizeof(ArrayIterObj),
    .flags = TF_ABSTRACT_NEW, .iter = iter_self, .next = arrayiter_next,
};
REGISTER_TYPE(arrayiterator_type);

static Value array_iter(Task *t, Value self)
{
    ArrayIterObj *it = GC_MALLOC(sizeof *it);
    if (!it) return err_no_memory(t);
    it->hdr.type = &arrayiterator_type;
    it->array = self;
    return OBJ_VAL(it);
}

/* bytes(a) and bytearray(a): the items' memory, as CPython's buffer gives it. */
static void array_buffer(Value self, const char **p, size_t *n)
{
    ArrayObj *a = AS_ARRAY(self);
    *p = a->data;
    *n = a->len * a->descr->size;
}

Type array_type = {
    .hdr = {&type_type}, .name = "array.array", .size = sizeof(ArrayObj), .flags = TF_BASETYPE,
    .repr = array_repr, .hash = hash_unhashable, .richcmp = array_richcmp, .len = array_len,
    .getitem = array_getitem, .setitem = array_setitem, .contains = array_contains,
    .binop = array_binop, .inplace = array_inplace, .iter = array_iter, .new_ = array_new_slot,
    .methods = array_methods, .members = array_members, .buffer = array_buffer,
};
REGISTER_TYPE(array_type);

/* --- the module ------------------------------------------------------------------------------ */

static bool array_module_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    dict_set_cstr(d, "array", OBJ_VAL(&array_type));
    dict_set_cstr(d, "ArrayType", OBJ_VAL(&array_type));
    dict_set_cstr(d, "typecodes", str_from_cstr(array_typecodes));
    return true;
}

static const MethodDef array_functions[] = {
    {NULL},
};

const NativeModule array_module = {"array", array_functions, array_module_init};
