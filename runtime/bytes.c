/* bytes.c - the bytes and bytearray types' core: construction, repr,
 * comparison, hashing, indexing and slicing, concatenation, iteration.
 * Their methods are in bytesmethods.c. */
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "interp.h"
#include "str.h"
#include "list.h"
#include "tuple.h"
#include "int.h"
#include "slice.h"
#include "bytes.h"
#include "siphash.h"
#include "codecs.h"
#include "format.h"

BytesObj *bytes_alloc(size_t n)
{
    BytesObj *b = GC_MALLOC_ATOMIC(sizeof(BytesObj) + n + 1);
    if (!b) return NULL;
    b->hdr.type = &bytes_type;
    b->hash = -1;
    b->size = n;
    b->data[n] = 0;
    return b;
}

Value bytes_new(Task *t, const char *p, size_t n)
{
    BytesObj *b = bytes_alloc(n);
    if (!b) return err_no_memory(t);
    if (n) memcpy(b->data, p, n);
    return OBJ_VAL(b);
}

Value bytearray_new(Task *t, const char *p, size_t n)
{
    ByteArrayObj *b = GC_MALLOC(sizeof *b);
    if (!b) return err_no_memory(t);
    b->hdr.type = &bytearray_type;
    b->cap = n ? n : 8;
    b->data = GC_MALLOC_ATOMIC(b->cap + 1);
    if (!b->data) return err_no_memory(t);
    if (n) memcpy(b->data, p, n);
    b->size = n;
    return OBJ_VAL(b);
}

bool bytes_like(Value v)
{
    v = obj_unbox(v);
    return !IS_SMALL(v) && (HAS_FLAG(v, TF_BYTES) || type_is_subtype(TYPE_OF(v), &bytearray_type));
}

void bytes_view(Value v, const char **p, size_t *n)
{
    v = obj_unbox(v);
    if (type_is_subtype(TYPE_OF(v), &bytearray_type)) {
        *p = AS_BYTEARRAY(v)->data;
        *n = AS_BYTEARRAY(v)->size;
    } else {
        *p = AS_BYTES(v)->data;
        *n = AS_BYTES(v)->size;
    }
}

bool bytes_buffer(Value v, const char **p, size_t *n)
{
    if (bytes_like(v)) {
        bytes_view(v, p, n);
        return true;
    }
    if (!IS_SMALL(v) && TYPE_OF(v)->buffer) {
        TYPE_OF(v)->buffer(v, p, n);
        return true;
    }
    return false;
}

size_t bytes_size(Value v)
{
    const char *p;
    size_t n;
    bytes_view(v, &p, &n);
    return n;
}

/* The bytes of an iterable of ints in range(256), of an int count, or of a
 * buffer. */
static Value bytes_of(Task *t, Value v, bool array)
{
    const char *bp;
    size_t bn;
    if (bytes_buffer(v, &bp, &bn)) return array ? bytearray_new(t, bp, bn) : bytes_new(t, bp, bn);
    if (IS_SMALL(v) || IS_BIG(v)) {
        int64_t n;
        if (!int_as_i64(t, v, &n)) return 0;
        if (n < 0) return err_format(t, &exc_ValueError, "negative count");
        char *z = GC_MALLOC_ATOMIC(n + 1);
        if (!z) return err_no_memory(t);
        memset(z, 0, n);
        return array ? bytearray_new(t, z, n) : bytes_new(t, z, n);
    }
    if (HAS_FLAG(v, TF_STR))
        return err_format(t, &exc_TypeError, "string argument without an encoding");
    Value it = obj_iter(t, v);
    if (!it) {
        err_clear(t);
        return err_format(t, &exc_TypeError, "cannot convert '%s' object to %s", obj_type_name(v),
                          array ? "bytearray" : "bytes");
    }
    size_t cap = 16, n = 0;
    char *buf = GC_MALLOC_ATOMIC(cap);
    for (Value x; (x = obj_next(t, it));) {
        Value i = obj_index(t, x);
        if (!i) return 0;
        if (!IS_SMALL(i) || SMALL_VAL(i) < 0 || SMALL_VAL(i) > 255)
            return err_format(t, &exc_ValueError, "bytes must be in range(0, 256)");
        if (n == cap) buf = GC_REALLOC(buf, cap *= 2);
        buf[n++] = (char)SMALL_VAL(i);
    }
    if (t->exc) return 0;
    return array ? bytearray_new(t, buf, n) : bytes_new(t, buf, n);
}

Value bytes_from_object(Task *t, Value v) { return bytes_of(t, v, false); }

static const ArgSpec bytes_spec = {"bytes", 0, 3, 0, 3, {"source", "encoding", "errors"}};

static Value construct(Task *t, const Value *args, size_t nargs, Value kw, bool array)
{
    Value a[3];
    if (!args_bind(t, &bytes_spec, args, nargs, kw, a)) return 0;
    if (!a[0]) return array ? bytearray_new(t, NULL, 0) : bytes_new(t, NULL, 0);
    const char *encoding, *errors;
    const char *fname = array ? "bytearray" : "bytes";
    if (!codec_arg(t, a[1], fname, "encoding", &encoding) || !codec_arg(t, a[2], fname, "errors", &errors)) return 0;
    if (a[1]) {
        Value s = obj_unbox(a[0]);
        if (!IS_STR(s)) return err_format(t, &exc_TypeError, "encoding without a string argument");
        Value enc = codec_encode(t, s, encoding, errors);
        if (!enc || !array) return enc;
        return bytearray_new(t, AS_BYTES(enc)->data, AS_BYTES(enc)->size);
    }
    if (a[2] && !HAS_FLAG(a[0], TF_STR))
        return err_format(t, &exc_TypeError, "errors without a string argument");
    if (!array && !bytes_like(a[0])) {
        bool found;
        Value r = call_special(t, a[0], str_intern_cstr("__bytes__"), NULL, 0, &found);
        if (found) {
            if (r && !IS_BYTES(obj_unbox(r)))
                return err_format(t, &exc_TypeError, "__bytes__ returned non-bytes (type %s)", obj_type_name(r));
            return r ? obj_unbox(r) : 0;
        }
    }
    return bytes_of(t, a[0], array);
}

static Value bytes_new_slot(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (nargs == 1 && !kw && IS_BYTES(args[0])) return args[0];
    return construct(t, args, nargs, kw, false);
}

static Value bytearray_new_slot(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    Value b = bytearray_new(t, NULL, 0);
    if (b) AS_OBJ(b)->type = tp;
    return b;
}

static bool bytearray_init(Task *t, Value self, const Value *args, size_t nargs, Value kw)
{
    Value b = construct(t, args, nargs, kw, true);
    if (!b) return false;
    *AS_BYTEARRAY(self) = (ByteArrayObj){AS_BYTEARRAY(self)->hdr, AS_BYTEARRAY(b)->size,
                                         AS_BYTEARRAY(b)->cap, AS_BYTEARRAY(b)->data};
    return true;
}

/* --- repr ------------------------------------------------------------------------ */

Value bytes_repr(Task *t, const char *p, size_t n, const char *prefix)
{
    bool sq = memchr(p, '\'', n) != NULL, dq = memchr(p, '"', n) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    StrBuf b;
    sb_init(&b, n + 8);
    sb_puts(&b, prefix);
    sb_putc(&b, quote);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == (unsigned char)quote || c == '\\') { sb_putc(&b, '\\'); sb_putc(&b, (char)c); }
        else if (c == '\t') sb_puts(&b, "\\t");
        else if (c == '\n') sb_puts(&b, "\\n");
        else if (c == '\r') sb_puts(&b, "\\r");
        else if (c < 0x20 || c >= 0x7f) sb_printf(&b, "\\x%02x", c);
        else sb_putc(&b, (char)c);
    }
    sb_putc(&b, quote);
    if (strchr(prefix, '(')) sb_putc(&b, ')');
    return sb_finish(&b);
}

static Value bytes_repr_slot(Task *t, Value self)
{
    return bytes_repr(t, AS_BYTES(self)->data, AS_BYTES(self)->size, "b");
}

static Value bytearray_repr(Task *t, Value self)
{
    char prefix[128];
    snprintf(prefix, sizeof prefix, "%s(b", obj_type_name(self));   /* a subclass shows its own name */
    return bytes_repr(t, AS_BYTEARRAY(self)->data, AS_BYTEARRAY(self)->size, prefix);
}

/* --- comparison and hash ------------------------------------------------------------ */

static Value bytes_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    if (!bytes_like(other)) return V_NOTIMPL;
    const char *a, *b;
    size_t n, m;
    bytes_view(self, &a, &n);
    bytes_view(other, &b, &m);
    int c = memcmp(a, b, n < m ? n : m);
    if (c == 0) c = n < m ? -1 : n > m;
    return cmp_result(c, op);   /* c counts the lengths too */
}

static int64_t bytes_hash(Task *t, Value self)
{
    BytesObj *b = AS_BYTES(self);
    int64_t h = __atomic_load_n(&b->hash, __ATOMIC_RELAXED);
    if (h == -1) {
        h = hash_data(b->data, b->size);
        __atomic_store_n(&b->hash, h, __ATOMIC_RELAXED);
    }
    return h;
}

static int64_t bytes_len(Task *t, Value self) { return (int64_t)bytes_size(self); }

/* --- items --------------------------------------------------------------------- */

static Value getitem(Task *t, Value self, Value key, bool array)
{
    const char *p;
    size_t n;
    bytes_view(self, &p, &n);
    if (IS_SLICE(key)) {
        int64_t start, stop, step, len;
        if (!slice_unpack(t, key, (int64_t)n, &start, &stop, &step, &len)) return 0;
        char *buf = GC_MALLOC_ATOMIC(len + 1);
        if (!buf) return err_no_memory(t);
        for (int64_t i = 0, j = start; i < len; i++, j += step) buf[i] = p[j];
        return array ? bytearray_new(t, buf, len) : bytes_new(t, buf, len);
    }
    if (!index_like(key))
        return err_format(t, &exc_TypeError, "%s indices must be integers or slices, not %s",
                          array ? "bytearray" : "byte", obj_type_name(key));
    int64_t i;
    if (!index_to_i64(t, key, &exc_IndexError, &i) || !seq_index_check(t, &i, (int64_t)n, array ? "bytearray" : "index"))
        return 0;
    return MAKE_SMALL((unsigned char)p[i]);
}

static Value bytes_getitem(Task *t, Value self, Value key) { return getitem(t, self, key, false); }
static Value bytearray_getitem(Task *t, Value self, Value key) { return getitem(t, self, key, true); }

bool bytearray_reserve(Task *t, ByteArrayObj *b, size_t n)
{
    if (n <= b->cap) return true;
    size_t cap = b->cap * 2 > n ? b->cap * 2 : n;
    char *d = GC_REALLOC(b->data, cap + 1);
    if (!d) {
        err_no_memory(t);
        return false;
    }
    b->data = d;
    b->cap = cap;
    return true;
}

static bool byte_value(Task *t, Value v, char *out)
{
    Value i = obj_index(t, v);
    if (!i) return false;
    if (!IS_SMALL(i) || SMALL_VAL(i) < 0 || SMALL_VAL(i) > 255) {
        err_format(t, &exc_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (char)SMALL_VAL(i);
    return true;
}

static bool bytearray_setitem(Task *t, Value self, Value key, Value v)
{
    ByteArrayObj *b = AS_BYTEARRAY(self);
    if (IS_SLICE(key)) {
        int64_t start, stop, step, len;
        if (!slice_unpack(t, key, (int64_t)b->size, &start, &stop, &step, &len)) return false;
        Value src = v ? bytes_of(t, v, false) : bytes_new(t, NULL, 0);
        if (!src) return false;
        size_t m = AS_BYTES(src)->size;
        if (step != 1) {
            if ((size_t)len != m) {
                err_format(t, &exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                           m, (long long)len);
                return false;
            }
            for (int64_t i = 0, j = start; i < len; i++, j += step) b->data[j] = AS_BYTES(src)->data[i];
            return true;
        }
        if (stop < start) stop = start;
        size_t newsize = b->size - (stop - start) + m;
        if (!bytearray_reserve(t, b, newsize)) return false;
        memmove(b->data + start + m, b->data + stop, b->size - stop);
        memcpy(b->data + start, AS_BYTES(src)->data, m);
        b->size = newsize;
        return true;
    }
    int64_t i;
    if (!index_like(key)) {
        err_format(t, &exc_TypeError, "bytearray indices must be integers or slices, not %s", obj_type_name(key));
        return false;
    }
    if (!index_to_i64(t, key, &exc_IndexError, &i) || !seq_index_check(t, &i, (int64_t)b->size, "bytearray"))
        return false;
    if (!v) {
        memmove(b->data + i, b->data + i + 1, b->size - i - 1);
        b->size--;
        return true;
    }
    return byte_value(t, v, &b->data[i]);
}

static int bytes_contains(Task *t, Value self, Value x)
{
    const char *p, *q;
    size_t n, m;
    bytes_view(self, &p, &n);
    if (bytes_like(x)) {
        bytes_view(x, &q, &m);
        return m == 0 || memmem(p, n, q, m) != NULL;
    }
    if (!index_like(x)) {
        /* neither a byte nor bytes: CPython asks for bytes */
        err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(x));
        return -1;
    }
    char c;
    if (!byte_value(t, x, &c)) return -1;
    return memchr(p, (unsigned char)c, n) != NULL;
}

static Value bytes_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    bool array = type_is_subtype(TYPE_OF(side ? b : a), &bytearray_type);
    if (op == BIN_ADD && bytes_like(a) && bytes_like(b)) {
        const char *p, *q;
        size_t n, m;
        bytes_view(a, &p, &n);
        bytes_view(b, &q, &m);
        char *buf = GC_MALLOC_ATOMIC(n + m + 1);
        if (!buf) return err_no_memory(t);
        memcpy(buf, p, n);
        memcpy(buf + n, q, m);
        return array ? bytearray_new(t, buf, n + m) : bytes_new(t, buf, n + m);
    }
    if (op == BIN_ADD && side == 0)
        return err_format(t, &exc_TypeError, "can't concat %s to %s", obj_type_name(b), obj_type_name(a));
    if (op == BIN_MULT) {
        Value s = bytes_like(a) ? a : b, c = bytes_like(a) ? b : a;
        if (!index_like(c)) return V_NOTIMPL;
        int64_t k;
        if (!index_to_i64(t, c, &exc_OverflowError, &k)) return 0;
        const char *p;
        size_t n;
        bytes_view(s, &p, &n);
        if (k < 0) k = 0;
        char *buf = GC_MALLOC_ATOMIC(n * k + 1);
        if (!buf) return err_no_memory(t);
        for (int64_t i = 0; i < k; i++) memcpy(buf + i * n, p, n);
        return array ? bytearray_new(t, buf, n * k) : bytes_new(t, buf, n * k);
    }
    if (op == BIN_MOD && side == 0) {
        const char *p;
        size_t n;
        bytes_view(a, &p, &n);
        Value r = bytes_percent(t, p, n, b);
        return r && array ? bytearray_new(t, AS_BYTES(r)->data, AS_BYTES(r)->size) : r;
    }
    return V_NOTIMPL;
}

static Value bytearray_inplace(Task *t, Value a, Value b, BinOpKind op)
{
    if (op != BIN_ADD || !bytes_like(b)) return V_NOTIMPL;
    ByteArrayObj *x = AS_BYTEARRAY(a);
    const char *q;
    size_t m;
    bytes_view(b, &q, &m);
    if (!bytearray_reserve(t, x, x->size + m)) return 0;
    memmove(x->data + x->size, q, m);
    x->size += m;
    return a;
}

/* --- iteration ----------------------------------------------------------------- */

typedef struct BytesIterObj {
    Obj hdr;
    Value b;
    size_t i;
} BytesIterObj;

static Value bytesiter_next(Task *t, Value self)
{
    BytesIterObj *it = (BytesIterObj *)self;
    const char *p;
    size_t n;
    bytes_view(it->b, &p, &n);
    if (it->i >= n) return 0;
    return MAKE_SMALL((unsigned char)p[it->i++]);
}

static Value self_iter(Task *t, Value self) { return self; }

Type bytes_iterator_type = {
    .hdr = {&type_type}, .name = "bytes_iterator", .size = sizeof(BytesIterObj),
    .flags = TF_ABSTRACT_NEW, .iter = self_iter, .next = bytesiter_next,
};
REGISTER_TYPE(bytes_iterator_type);

static Value bytes_iter(Task *t, Value self)
{
    BytesIterObj *it = GC_MALLOC(sizeof *it);
    if (!it) return err_no_memory(t);
    it->hdr.type = &bytes_iterator_type;
    it->b = self;
    return OBJ_VAL(it);
}

Type bytes_type = {
    .hdr = {&type_type}, .name = "bytes", .size = sizeof(BytesObj), .flags = TF_BASETYPE | TF_BYTES,
    .repr = bytes_repr_slot, .hash = bytes_hash, .richcmp = bytes_richcmp, .len = bytes_len,
    .getitem = bytes_getitem, .contains = bytes_contains, .binop = bytes_binop, .iter = bytes_iter,
    .new_ = bytes_new_slot, .methods = bytes_methods,
};
REGISTER_TYPE(bytes_type);

Type bytearray_type = {
    .hdr = {&type_type}, .name = "bytearray", .size = sizeof(ByteArrayObj), .flags = TF_BASETYPE,
    .repr = bytearray_repr, .hash = hash_unhashable, .richcmp = bytes_richcmp, .len = bytes_len,
    .getitem = bytearray_getitem, .setitem = bytearray_setitem, .contains = bytes_contains,
    .binop = bytes_binop, .inplace = bytearray_inplace, .iter = bytes_iter,
    .new_ = bytearray_new_slot, .init = bytearray_init, .methods = bytearray_methods,
};
REGISTER_TYPE(bytearray_type);
