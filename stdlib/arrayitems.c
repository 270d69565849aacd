/* arrayitems.c - the array module's typecodes, the conversion of items
 * between Python values and C numbers, and the storage of an array's items.
 *
 * Every integer code converts through __index__ to a 64-bit value, then
 * checks its own range: the table holds the range and CPython's messages,
 * which come from different C conversion functions and so differ in form
 * ("signed char is greater than maximum", "int too big to convert"...). */
#include <gc/gc.h>
#include <stdint.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "floatobj.h"
#include "str.h"
#include "bytes.h"
#include "list.h"
#include "interp.h"
#include "slice.h"
#include "arraymodule.h"

#define TOO_LONG "Python int too large to convert to C long"
#define TOO_ULONG "Python int too large to convert to C unsigned long"
#define TOO_BIG "int too big to convert"

static const ArrayDescr descrs[] = {
    {'b', 1, AK_INT, INT8_MIN, INT8_MAX, "signed char", TOO_LONG, NULL},
    {'B', 1, AK_INT, 0, UINT8_MAX, "unsigned byte integer", TOO_LONG, NULL},
    {'u', 4, AK_UNICODE, 0, 0, NULL, NULL, NULL},
    {'h', 2, AK_INT, INT16_MIN, INT16_MAX, "signed short integer", TOO_LONG, NULL},
    {'H', 2, AK_INT, 0, UINT16_MAX, "unsigned short", TOO_LONG, NULL},
    {'i', 4, AK_INT, INT32_MIN, INT32_MAX, "signed integer", TOO_LONG, NULL},
    {'I', 4, AK_UINT, 0, UINT32_MAX, "unsigned int", TOO_ULONG, "can't convert negative value to unsigned int"},
    {'l', 8, AK_INT, INT64_MIN, INT64_MAX, NULL, TOO_LONG, NULL},
    {'L', 8, AK_UINT, 0, UINT64_MAX, NULL, TOO_ULONG, "can't convert negative value to unsigned int"},
    {'q', 8, AK_INT, INT64_MIN, INT64_MAX, NULL, TOO_BIG, NULL},
    {'Q', 8, AK_UINT, 0, UINT64_MAX, NULL, TOO_BIG, "can't convert negative int to unsigned"},
    {'f', 4, AK_FLOAT, 0, 0, NULL, NULL, NULL},
    {'d', 8, AK_FLOAT, 0, 0, NULL, NULL, NULL},
};

const char array_typecodes[] = "bBuhHiIlLqQfd";

const ArrayDescr *array_descr(uint32_t code)
{
    for (size_t i = 0; i < sizeof descrs / sizeof *descrs; i++)
        if ((uint32_t)descrs[i].code == code) return &descrs[i];
    return NULL;
}

/* --- storage ------------------------------------------------------------------------ */

ArrayObj *array_alloc(Task *t, Type *tp, const ArrayDescr *d, size_t n)
{
    ArrayObj *a = GC_MALLOC(tp->size);   /* a subclass adds its __dict__ */
    if (!a) {
        err_no_memory(t);
        return NULL;
    }
    a->hdr.type = tp;
    a->descr = d;
    return array_reserve(t, a, n ? n : 4) ? a : NULL;   /* data is never NULL */
}

bool array_reserve(Task *t, ArrayObj *a, size_t n)
{
    if (n <= a->cap) return true;
    size_t cap = a->cap * 2 > n ? a->cap * 2 : n;
    size_t bytes = cap * a->descr->size;
    char *p = cap > SIZE_MAX / 8 / a->descr->size ? NULL
              : a->data ? GC_REALLOC(a->data, bytes)   /* keeps the block pointer-free */
                        : GC_MALLOC_ATOMIC(bytes);
    if (!p) {
        err_no_memory(t);
        return false;
    }
    a->data = p;
    a->cap = cap;
    return true;
}

bool array_open(Task *t, ArrayObj *a, size_t at, size_t n)
{
    if (n > SIZE_MAX / 8 - a->len) {
        err_no_memory(t);
        return false;
    }
    if (!array_reserve(t, a, a->len + n)) return false;
    memmove(ITEM_PTR(a, at + n), ITEM_PTR(a, at), (a->len - at) * a->descr->size);
    a->len += n;
    return true;
}

void array_close(ArrayObj *a, size_t at, size_t n)
{
    memmove(ITEM_PTR(a, at), ITEM_PTR(a, at + n), (a->len - at - n) * a->descr->size);
    a->len -= n;
}

bool array_append_bytes(Task *t, ArrayObj *a, const char *p, size_t n)
{
    uintptr_t q = (uintptr_t)p, base = (uintptr_t)a->data;
    if (q >= base && q < base + a->cap * a->descr->size) {
        /* a's own items (a.extend(a)): growing may move them */
        char *copy = GC_MALLOC_ATOMIC(n);
        if (!copy) {
            err_no_memory(t);
            return false;
        }
        p = memcpy(copy, p, n);
    }
    size_t at = a->len;
    if (!array_open(t, a, at, n / a->descr->size)) return false;
    memcpy(ITEM_PTR(a, at), p, n);
    return true;
}

bool array_frombytes(Task *t, ArrayObj *a, Value b)
{
    const char *p;
    size_t n;
    if (IS_ARRAY(b) && AS_ARRAY(b)->descr->size == 1) {
        /* CPython's a.frombytes(a) holds a's buffer while it would grow it */
        if (AS_ARRAY(b) == a) {
            err_format(t, &exc_BufferError, "cannot resize an array that is exporting buffers");
            return false;
        }
        p = AS_ARRAY(b)->data;
        n = AS_ARRAY(b)->len;
    } else if (IS_ARRAY(b)) {
        /* a buffer of wider items is not one of bytes */
        err_format(t, &exc_TypeError, "a bytes-like object is required");
        return false;
    } else if (bytes_like(b)) {
        bytes_view(b, &p, &n);
    } else {
        err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(b));
        return false;
    }
    if (n % a->descr->size) {
        err_format(t, &exc_ValueError, "bytes length not a multiple of item size");
        return false;
    }
    return array_append_bytes(t, a, p, n);
}

bool array_extend_array(Task *t, ArrayObj *a, const ArrayObj *b)
{
    if (b->descr != a->descr) {
        err_format(t, &exc_TypeError, "can only extend with array of same kind");
        return false;
    }
    return array_append_bytes(t, a, b->data, b->len * b->descr->size);
}

/* --- C numbers ------------------------------------------------------------------------ */

static uint64_t load_bits(const char *p, size_t size, bool sign)
{
    switch (size) {
    case 1: { uint8_t x; memcpy(&x, p, 1); return sign ? (uint64_t)(int64_t)(int8_t)x : x; }
    case 2: { uint16_t x; memcpy(&x, p, 2); return sign ? (uint64_t)(int64_t)(int16_t)x : x; }
    case 4: { uint32_t x; memcpy(&x, p, 4); return sign ? (uint64_t)(int64_t)(int32_t)x : x; }
    default: { uint64_t x; memcpy(&x, p, 8); return x; }
    }
}

static void store_bits(char *p, uint64_t v, size_t size)
{
    switch (size) {
    case 1: { uint8_t x = (uint8_t)v; memcpy(p, &x, 1); break; }
    case 2: { uint16_t x = (uint16_t)v; memcpy(p, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)v; memcpy(p, &x, 4); break; }
    default: memcpy(p, &v, 8);
    }
}

/* wchar_t is signed on Linux: 'u' items compare as signed ints. */
static bool signed_item(const ArrayDescr *d) { return d->kind == AK_UNICODE || (d->kind == AK_INT && d->min < 0); }

int array_compare_raw(const ArrayObj *a, const ArrayObj *b)
{
    bool sign = signed_item(a->descr);
    for (size_t i = 0; i < a->len && i < b->len; i++) {
        uint64_t x = load_bits(ITEM_PTR(a, i), a->descr->size, sign);
        uint64_t y = load_bits(ITEM_PTR(b, i), b->descr->size, sign);
        if (x != y) return sign ? ((int64_t)x < (int64_t)y ? -1 : 1) : (x < y ? -1 : 1);
    }
    return (a->len > b->len) - (a->len < b->len);
}

static double load_double(const char *p, size_t size)
{
    if (size == 4) {
        float f;
        memcpy(&f, p, 4);
        return f;
    }
    double d;
    memcpy(&d, p, 8);
    return d;
}

Value array_get(Task *t, const ArrayObj *a, size_t i)
{
    const ArrayDescr *d = a->descr;
    const char *p = ITEM_PTR(a, i);
    switch (d->kind) {
    case AK_INT: return int_from_i64(t, (int64_t)load_bits(p, d->size, signed_item(d)));
    case AK_UINT: {
        uint64_t x = load_bits(p, d->size, false);
        if (x <= INT64_MAX) return int_from_i64(t, (int64_t)x);
        Value v = big_from_u64(x);
        return v ? v : err_no_memory(t);
    }
    case AK_FLOAT: return float_new(t, load_double(p, d->size));
    default: {
        uint32_t cp = (uint32_t)load_bits(p, 4, false);
        if (cp > 0x10FFFF) return err_format(t, &exc_ValueError, "chr() arg not in range(0x110000)");
        return str_char(cp);
    }
    }
}

static bool overflow(Task *t, const char *msg)
{
    err_format(t, &exc_OverflowError, "%s", msg);
    return false;
}

static bool out_of_range(Task *t, const ArrayDescr *d, bool high)
{
    err_format(t, &exc_OverflowError, "%s is %s", d->range_name, high ? "greater than maximum" : "less than minimum");
    return false;
}

static bool convert_int(Task *t, const ArrayDescr *d, Value v, char *p)
{
    Value n = obj_index(t, v);
    if (!n) return false;
    uint64_t bits;
    if (d->kind == AK_UINT) {
        if (big_sign(n) < 0) return overflow(t, d->negative_msg);
        if (!big_to_u64(n, &bits)) return overflow(t, d->wide_msg);
        if (bits > d->max) return out_of_range(t, d, true);
    } else {
        int64_t x;
        if (!int_to_i64(n, &x)) return overflow(t, d->wide_msg);
        if (x < d->min || x > (int64_t)d->max) return out_of_range(t, d, x > 0);
        bits = (uint64_t)x;
    }
    store_bits(p, bits, d->size);
    return true;
}

bool array_convert(Task *t, const ArrayDescr *d, Value v, char *p)
{
    if (d->kind == AK_FLOAT) {
        double x;
        if (!float_as_double(t, v, &x)) return false;
        if (d->size == 4) {
            float f = (float)x;   /* beyond float's range: an infinity, as CPython */
            memcpy(p, &f, 4);
        } else {
            memcpy(p, &x, 8);
        }
        return true;
    }
    if (d->kind != AK_UNICODE) return convert_int(t, d, v, p);
    Value s = obj_unbox(v);
    if (!HAS_FLAG(v, TF_STR) || STR_LEN(s) != 1) {
        err_format(t, &exc_TypeError, "array item must be unicode character");
        return false;
    }
    const char *q = STR_DATA(s);
    store_bits(p, utf8_decode(&q), 4);
    return true;
}

bool array_append(Task *t, ArrayObj *a, Value v)
{
    char item[8];
    if (!array_convert(t, a->descr, v, item)) return false;
    return array_append_bytes(t, a, item, a->descr->size);
}

bool array_append_iter(Task *t, ArrayObj *a, Value it)
{
    for (Value x; (x = obj_next(t, it));)
        if (!array_append(t, a, x)) return false;
    return !t->exc;
}

Value array_tolist(Task *t, const ArrayObj *a)
{
    Value list = list_new(a->len);
    if (!list) return err_no_memory(t);
    for (size_t i = 0; i < a->len; i++) {
        Value x = array_get(t, a, i);
        if (!x || !list_append(t, list, x)) return 0;
    }
    return list;
}

/* --- 'u' arrays and str ---------------------------------------------------------------- */

bool array_append_str(Task *t, ArrayObj *a, Value s)
{
    size_t at = a->len;
    if (!array_open(t, a, at, STR_LEN(s))) return false;
    const char *q = STR_DATA(s);
    for (size_t i = 0; i < STR_LEN(s); i++) store_bits(ITEM_PTR(a, at + i), utf8_decode(&q), 4);
    return true;
}

Value array_to_str(Task *t, const ArrayObj *a)
{
    StrBuf b;
    sb_init(&b, a->len);
    for (size_t i = 0; i < a->len; i++) {
        uint32_t cp = (uint32_t)load_bits(ITEM_PTR(a, i), 4, false);
        if (cp > 0x10FFFF)
            return err_format(t, &exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)cp);
        sb_putcp(&b, cp);
    }
    return sb_finish(&b);
}

Value array_select(Task *t, const ArrayObj *a, int64_t start, int64_t step, int64_t count)
{
    ArrayObj *r = array_alloc(t, &array_type, a->descr, (size_t)count);
    if (!r) return 0;
    size_t size = a->descr->size;
    if (step == 1 && count) memcpy(r->data, ITEM_PTR(a, start), (size_t)count * size);
    else
        for (int64_t i = 0, j = start; i < count; i++, j += step) memcpy(ITEM_PTR(r, i), ITEM_PTR(a, j), size);
    r->len = (size_t)count;
    return OBJ_VAL(r);
}
