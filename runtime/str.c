/* str.c - the str type's core: allocation, UTF-8 helpers, hashing,
 * interning, comparison, concatenation, indexing and slicing, iteration,
 * repr, and the StrBuf builder with its printf-like formatter. The methods
 * are in strmethods.c (str.format in strformat.c), the % operator in
 * format.c. */
#include <gc/gc.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "siphash.h"
#include "tuple.h"
#include "slice.h"
#include "int.h"
#include "unicode.h"
#include "codecs.h"
#include "bytes.h"
#include "alloc.h"

/* --- UTF-8 ------------------------------------------------------------------- */

uint32_t utf8_decode(const char **pp)
{
    const unsigned char *p = (const unsigned char *)*pp;
    uint32_t c = *p++;
    if (c >= 0x80) {
        int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        c &= 0x3F >> n;
        while (n--) c = (c << 6) | (*p++ & 0x3F);
    }
    *pp = (const char *)p;
    return c;
}

int utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

bool utf8_valid(const char *s, size_t size)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + size;
    while (p < end) {
        unsigned c = *p;
        if (c < 0x80) { p++; continue; }
        int n = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : -1;
        if (n < 0 || end - p <= n) return false;
        uint32_t cp = c & (0x3F >> n);
        for (int i = 1; i <= n; i++) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        static const uint32_t min[] = {0, 0x80, 0x800, 0x10000};
        if (cp < min[n] || cp > 0x10FFFF) return false;
        p += n + 1;
    }
    return true;
}

/* Code points in UTF-8 text: the bytes that are not continuation bytes. */
static size_t utf8_count(const char *s, size_t size)
{
    size_t n = 0, i = 0;
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (!(w & 0x8080808080808080ULL)) { n += 8; continue; }
        for (int k = 0; k < 8; k++) n += ((unsigned char)s[i + k] & 0xC0) != 0x80;
    }
    for (; i < size; i++) n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Code points in the first nbytes bytes of s (which may hold NULs). */
size_t utf8_count_prefix(const char *s, size_t nbytes)
{
    return utf8_count(s, nbytes);
}

/* --- allocation ----------------------------------------------------------------- */

StrObj *str_alloc(size_t size)
{
    StrObj *s = GC_MALLOC_ATOMIC(sizeof(StrObj) + size + 1);
    if (!s) return NULL;
    s->hdr.type = &str_type;
    s->hash = -1;
    s->size = size;
    s->len = 0;
    s->data[size] = 0;
    return s;
}

Value str_finish(StrObj *s)
{
    s->len = utf8_count(s->data, s->size);
    return OBJ_VAL(s);
}

Value str_new_len(const char *utf8, size_t size, size_t len)
{
    StrObj *s = str_alloc(size);
    if (!s) return 0;
    memcpy(s->data, utf8, size);
    s->len = len;
    return OBJ_VAL(s);
}

Value str_new(const char *utf8, size_t size)
{
    StrObj *s = str_alloc(size);
    if (!s) return 0;
    memcpy(s->data, utf8, size);
    return str_finish(s);
}

Value str_from_cstr(const char *s) { return str_new(s, strlen(s)); }

/* Shared immutable strings made once at start-up: "" and the 128 ASCII chars. */
static Value ascii_chars[129];

void str_init(void)
{
    for (int c = 0; c < 128; c++) {
        char ch = (char)c;
        ascii_chars[c] = str_intern(str_new_len(&ch, 1, 1));
    }
    ascii_chars[128] = str_intern(str_new_len("", 0, 0));
}

Value str_empty(void) { return ascii_chars[128]; }

Value str_char(uint32_t cp)
{
    if (cp < 128) return ascii_chars[cp];
    char buf[4];
    int n = utf8_encode(cp, buf);
    return str_new_len(buf, n, 1);
}

/* --- hashing, equality, order --------------------------------------------------- */

/* CPython hashes a str's code units: one byte each when every code point
 * is below 256, else two, else four (little-endian). */
static int64_t __attribute__((noinline)) hash_wide(const StrObj *s)
{
    uint32_t small[256], *cps = s->len <= 256 ? small : GC_MALLOC_ATOMIC(s->len * sizeof(uint32_t));
    if (!cps) return -2;           /* no memory: any fixed value is a valid hash */
    const char *p = s->data;
    uint32_t max = 0;
    for (size_t i = 0; i < s->len; i++) {
        cps[i] = utf8_decode(&p);
        if (cps[i] > max) max = cps[i];
    }
    if (max > 0xFFFF) return hash_data(cps, s->len * 4);
    if (max > 0xFF) {
        uint16_t *u = (uint16_t *)cps;     /* narrowed in place, front to back */
        for (size_t i = 0; i < s->len; i++) u[i] = (uint16_t)cps[i];
        return hash_data(u, s->len * 2);
    }
    uint8_t *b = (uint8_t *)cps;
    for (size_t i = 0; i < s->len; i++) b[i] = (uint8_t)cps[i];
    return hash_data(b, s->len);
}

int64_t str_hash(Value v)
{
    StrObj *s = AS_STR(v);
    int64_t h = __atomic_load_n(&s->hash, __ATOMIC_RELAXED);
    if (h == -1) {
        h = s->len == s->size ? hash_data(s->data, s->size) : hash_wide(s);
        __atomic_store_n(&s->hash, h, __ATOMIC_RELAXED);
    }
    return h;
}

bool str_eq(Value a, Value b)
{
    if (a == b) return true;
    StrObj *x = AS_STR(a), *y = AS_STR(b);
    return x->size == y->size && memcmp(x->data, y->data, x->size) == 0;
}

bool str_eq_cstr(Value s, const char *c)
{
    size_t n = strlen(c);
    return STR_SIZE(s) == n && memcmp(STR_DATA(s), c, n) == 0;
}

/* UTF-8 byte order is code point order. */
int str_cmp(Value a, Value b)
{
    StrObj *x = AS_STR(a), *y = AS_STR(b);
    size_t n = x->size < y->size ? x->size : y->size;
    int r = memcmp(x->data, y->data, n);
    if (r) return r;
    return x->size < y->size ? -1 : x->size > y->size;
}

/* --- interning: one process-wide table, immutable entries, guarded by a lock ------ */

static struct {
    pthread_mutex_t lock;
    Value *slots;              /* GC_MALLOC_UNCOLLECTABLE: interned strings live forever */
    size_t mask, used;
} interned = {PTHREAD_MUTEX_INITIALIZER, NULL, 0, 0};

static Value *intern_find(Value *slots, size_t mask, Value s)
{
    size_t i = (size_t)str_hash(s) & mask;
    while (slots[i] && !str_eq(slots[i], s)) i = (i + 1) & mask;
    return &slots[i];
}

static void intern_grow(void)
{
    size_t cap = interned.slots ? (interned.mask + 1) * 2 : 4096;
    Value *slots = GC_MALLOC_UNCOLLECTABLE(cap * sizeof(Value));
    for (size_t i = 0; interned.slots && i <= interned.mask; i++)
        if (interned.slots[i])
            *intern_find(slots, cap - 1, interned.slots[i]) = interned.slots[i];
    if (interned.slots) GC_FREE(interned.slots);
    interned.slots = slots;
    interned.mask = cap - 1;
}

Value str_intern(Value s)
{
    if (!s) return 0;
    str_hash(s);
    pthread_mutex_lock(&interned.lock);
    if ((interned.used + 1) * 2 > interned.mask) intern_grow();
    Value *slot = intern_find(interned.slots, interned.mask, s);
    if (!*slot) {
        *slot = s;
        interned.used++;
    }
    Value r = *slot;
    pthread_mutex_unlock(&interned.lock);
    return r;
}

Value str_intern_cstr(const char *s) { return str_intern(str_from_cstr(s)); }

/* --- operations ------------------------------------------------------------------ */

Value str_concat(Task *t, Value a, Value b)
{
    StrObj *x = AS_STR(a), *y = AS_STR(b);
    if (!y->size) return a;
    if (!x->size) return b;
    StrObj *s = str_alloc(x->size + y->size);
    if (!s) return err_no_memory(t);
    memcpy(s->data, x->data, x->size);
    memcpy(s->data + x->size, y->data, y->size);
    s->len = x->len + y->len;
    return OBJ_VAL(s);
}

size_t str_offset(Value v, size_t i)
{
    StrObj *s = AS_STR(v);
    if (s->len == s->size) return i;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t off = 0;
    while (i > 0) {
        off++;
        while (off < s->size && (p[off] & 0xC0) == 0x80) off++;
        i--;
    }
    return off;
}

static Value str_repeat(Task *t, Value s, Value count)
{
    int64_t n;
    if (!int_to_i64(count, &n) && n > 0)
        return err_format(t, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n <= 0 || STR_SIZE(s) == 0) return str_empty();
    if (n == 1) return s;
    size_t size = STR_SIZE(s);
    if ((uint64_t)n > (SIZE_MAX / 2) / size) return err_no_memory(t);
    StrObj *r = str_alloc(size * n);
    if (!r) return err_no_memory(t);
    for (int64_t i = 0; i < n; i++)
        memcpy(r->data + i * size, STR_DATA(s), size);
    r->len = STR_LEN(s) * n;
    return OBJ_VAL(r);
}

static Value str_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    Value ua = obj_unbox(a), ub = obj_unbox(b);
    switch (op) {
    case BIN_ADD:
        if (IS_STR(ua) && IS_STR(ub)) return str_concat(t, ua, ub);
        /* as list's: the right operand's class may still answer with __radd__ */
        if (IS_STR(ua) && side == 0 && !seq_defer_binop(b, op))
            return err_format(t, &exc_TypeError, "can only concatenate str (not \"%s\") to str", obj_type_name(b));
        break;
    case BIN_MULT: {
        /* sequence repetition, as list's and tuple's: a bad count is an error
         * unless the count's class may answer with __rmul__ */
        Value seq = side ? ub : ua, n = side ? a : b;
        if (!IS_STR(seq)) break;
        if (index_like(n)) {
            Value k = obj_index(t, n);
            return k ? str_repeat(t, seq, k) : 0;
        }
        if (side == 0 && seq_defer_binop(n, op)) return V_NOTIMPL;
        return seq_repeat_error(t, a, b, side);
    }
    case BIN_MOD:
        if (IS_STR(ua) && side == 0) return str_percent(t, ua, b);
        break;
    default:
        break;
    }
    return V_NOTIMPL;
}

static Value str_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    other = obj_unbox(other);
    if (!IS_STR(other)) return V_NOTIMPL;
    switch (op) {
    case CMP_EQ: return V_BOOL(str_eq(self, other));
    case CMP_NOTEQ: return V_BOOL(!str_eq(self, other));
    case CMP_LT: return V_BOOL(str_cmp(self, other) < 0);
    case CMP_LTE: return V_BOOL(str_cmp(self, other) <= 0);
    case CMP_GT: return V_BOOL(str_cmp(self, other) > 0);
    case CMP_GTE: return V_BOOL(str_cmp(self, other) >= 0);
    default: return V_NOTIMPL;
    }
}

static int64_t str_hash_slot(Task *t, Value self) { return str_hash(self); }
static int64_t str_len_slot(Task *t, Value self) { return (int64_t)STR_LEN(self); }

static Value str_slice(Task *t, Value s, Value slice)
{
    int64_t start, stop, step, n;
    if (!slice_unpack(t, slice, (int64_t)STR_LEN(s), &start, &stop, &step, &n)) return 0;
    if (n <= 0) return str_empty();
    if (step == 1) {
        size_t a = str_offset(s, start), b = str_offset(s, stop);
        if (a == 0 && b == STR_SIZE(s)) return s;
        return str_new_len(STR_DATA(s) + a, b - a, n);
    }
    if (STR_IS_ASCII(s)) {
        StrObj *r = str_alloc(n);
        if (!r) return err_no_memory(t);
        for (int64_t i = 0, j = start; i < n; i++, j += step) r->data[i] = STR_DATA(s)[j];
        r->len = n;
        return OBJ_VAL(r);
    }
    StrBuf b;
    sb_init(&b, n);
    for (int64_t i = 0, j = start; i < n; i++, j += step) {
        const char *p = STR_DATA(s) + str_offset(s, j);
        sb_putcp(&b, utf8_decode(&p));
    }
    return sb_finish(&b);
}

static Value str_getitem(Task *t, Value self, Value key)
{
    if (IS_SMALL(key)) {
        int64_t i = SMALL_VAL(key);
        if (i < 0) i += STR_LEN(self);
        if (i < 0 || (uint64_t)i >= STR_LEN(self))
            return err_format(t, &exc_IndexError, "string index out of range");
        if (STR_IS_ASCII(self)) return ascii_chars[(unsigned char)STR_DATA(self)[i]];
        const char *p = STR_DATA(self) + str_offset(self, i);
        return str_char(utf8_decode(&p));
    }
    if (IS_SLICE(key)) return str_slice(t, self, key);
    if (index_like(key)) {
        int64_t i;
        if (!index_to_i64(t, key, &exc_IndexError, &i)) return 0;
        return str_getitem(t, self, MAKE_SMALL(i));
    }
    return err_format(t, &exc_TypeError, "string indices must be integers, not '%s'", obj_type_name(key));
}

static int str_contains(Task *t, Value self, Value x)
{
    x = obj_unbox(x);
    if (!IS_STR(x)) {
        err_format(t, &exc_TypeError, "'in <string>' requires string as left operand, not %s", obj_type_name(x));
        return -1;
    }
    if (STR_SIZE(x) == 0) return 1;
    return memmem(STR_DATA(self), STR_SIZE(self), STR_DATA(x), STR_SIZE(x)) != NULL;
}

/* --- repr ------------------------------------------------------------------------ */

Value str_repr(Task *t, Value s)
{
    const char *p = STR_DATA(s), *end = p + STR_SIZE(s);
    bool sq = memchr(p, '\'', STR_SIZE(s)) != NULL, dq = memchr(p, '"', STR_SIZE(s)) != NULL;
    char quote = sq && !dq ? '"' : '\'';
    StrBuf b;
    sb_init(&b, STR_SIZE(s) + 2);
    sb_putc(&b, quote);
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        if (c == (uint32_t)quote || c == '\\') { sb_putc(&b, '\\'); sb_putc(&b, (char)c); }
        else if (c == '\n') sb_puts(&b, "\\n");
        else if (c == '\r') sb_puts(&b, "\\r");
        else if (c == '\t') sb_puts(&b, "\\t");
        else if (c >= 0x20 && c < 0x7F) sb_putc(&b, (char)c);
        else if (c >= 0x80 && uni_has(c, UNI_PRINTABLE)) sb_putcp(&b, c);
        else if (c < 0x100) sb_printf(&b, "\\x%02x", c);
        else if (c < 0x10000) sb_printf(&b, "\\u%04x", c);
        else sb_printf(&b, "\\U%08x", c);
    }
    sb_putc(&b, quote);
    return sb_finish(&b);
}

static Value str_repr_slot(Task *t, Value self) { return str_repr(t, self); }
static Value str_str_slot(Task *t, Value self) { return self; }

/* --- iteration ------------------------------------------------------------------- */

typedef struct StrIterObj {
    Obj hdr;
    Value s;
    size_t off;            /* byte offset of the next code point */
} StrIterObj;

static Value striter_next(Task *t, Value self)
{
    StrIterObj *it = (StrIterObj *)self;
    if (it->off >= STR_SIZE(it->s)) return 0;
    const char *p = STR_DATA(it->s) + it->off;
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
        it->off++;
        return ascii_chars[c];
    }
    uint32_t cp = utf8_decode(&p);
    it->off = p - STR_DATA(it->s);
    return str_char(cp);
}

static Value self_iter(Task *t, Value self) { return self; }

Type str_iterator_type = {
    .hdr = {&type_type}, .name = "str_ascii_iterator", .size = sizeof(StrIterObj),
    .flags = TF_ABSTRACT_NEW, .iter = self_iter, .next = striter_next,
};
REGISTER_TYPE(str_iterator_type);

static Value str_iter(Task *t, Value self)
{
    StrIterObj *it = gc_alloc(sizeof *it);
    if (!it) return err_no_memory(t);
    it->hdr.type = &str_iterator_type;
    it->s = self;
    return OBJ_VAL(it);
}

/* --- construction: str(object='') / str(bytes, encoding, errors) ------------------ */

static const ArgSpec str_spec = {"str", 0, 3, 0, 3, {"object", "encoding", "errors"}};

static Value str_new_slot(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    Value a[3];
    if (nargs == 1 && !kw) return obj_str(t, args[0]);
    if (!args_bind(t, &str_spec, args, nargs, kw, a)) return 0;
    if (!a[0]) return str_empty();
    if (!a[1] && !a[2]) return obj_str(t, a[0]);
    const char *enc, *errors;
    if (!codec_arg(t, a[1], "str", "encoding", &enc) || !codec_arg(t, a[2], "str", "errors", &errors)) return 0;
    if (HAS_FLAG(a[0], TF_STR)) return err_format(t, &exc_TypeError, "decoding str is not supported");
    if (!bytes_like(a[0]))
        return err_format(t, &exc_TypeError, "decoding to str: need a bytes-like object, %s found", obj_type_name(a[0]));
    const char *p;
    size_t n;
    bytes_view(a[0], &p, &n);
    return codec_decode(t, p, n, IS_BYTES(a[0]) ? a[0] : 0, enc, errors);
}

Type str_type = {
    .hdr = {&type_type}, .name = "str", .size = sizeof(StrObj), .flags = TF_BASETYPE | TF_STR,
    .repr = str_repr_slot, .str = str_str_slot, .hash = str_hash_slot, .richcmp = str_richcmp,
    .binop = str_binop, .len = str_len_slot, .getitem = str_getitem, .contains = str_contains,
    .iter = str_iter, .new_ = str_new_slot, .methods = str_methods,
};
REGISTER_TYPE(str_type);

/* --- StrBuf ----------------------------------------------------------------------- */

void sb_init(StrBuf *b, size_t cap)
{
    if (cap < 16) cap = 16;
    b->obj = str_alloc(cap);
    b->size = 0;
    b->cap = cap;
}

static void sb_reserve(StrBuf *b, size_t more)
{
    if (b->size + more <= b->cap) return;
    size_t cap = b->cap * 2;
    if (cap < b->size + more) cap = b->size + more;
    b->obj = GC_REALLOC(b->obj, sizeof(StrObj) + cap + 1);
    b->cap = cap;
}

void sb_put(StrBuf *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    memcpy(b->obj->data + b->size, s, n);
    b->size += n;
}

void sb_putc(StrBuf *b, char c)
{
    sb_reserve(b, 1);
    b->obj->data[b->size++] = c;
}

void sb_puts(StrBuf *b, const char *s) { sb_put(b, s, strlen(s)); }

void sb_putcp(StrBuf *b, uint32_t cp)
{
    char buf[4];
    sb_put(b, buf, utf8_encode(cp, buf));
}

void sb_putv(StrBuf *b, Value s) { sb_put(b, STR_DATA(s), STR_SIZE(s)); }

bool sb_put_repr(Task *t, StrBuf *b, Value v)
{
    Value r = obj_repr(t, v);
    if (!r) return false;
    sb_putv(b, r);
    return true;
}

bool sb_put_str(Task *t, StrBuf *b, Value v)
{
    Value r = obj_str(t, v);
    if (!r) return false;
    sb_putv(b, obj_unbox(r));
    return true;
}

void sb_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < (int)sizeof tmp) {
        sb_put(b, tmp, n);
        return;
    }
    sb_reserve(b, n + 1);
    va_start(ap, fmt);
    vsnprintf(b->obj->data + b->size, n + 1, fmt, ap);
    va_end(ap);
    b->size += n;
}

Value sb_finish(StrBuf *b)
{
    StrObj *s = b->obj;
    s->size = b->size;
    s->data[b->size] = 0;
    s->hash = -1;
    b->obj = NULL;
    return str_finish(s);
}

/* --- str_format: printf plus %R %S %T %U ----------------------------------------- */

/* Copies one standard conversion spec (flags, width, length) and formats it. */
static const char *put_c_directive(StrBuf *b, const char *f, va_list *ap)
{
    char spec[16];
    size_t n = 0;
    spec[n++] = '%';
    while (*f && strchr("-+ #0123456789.", *f) && n < 8) spec[n++] = *f++;
    int longs = 0, size_t_arg = 0;
    while (*f == 'l') { spec[n++] = *f++; longs++; }
    if (*f == 'z') { spec[n++] = *f++; size_t_arg = 1; }
    char conv = *f++;
    spec[n++] = conv;
    spec[n] = 0;
    switch (conv) {
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'c':
        if (size_t_arg) sb_printf(b, spec, va_arg(*ap, size_t));
        else if (longs >= 2) sb_printf(b, spec, va_arg(*ap, long long));
        else if (longs == 1) sb_printf(b, spec, va_arg(*ap, long));
        else sb_printf(b, spec, va_arg(*ap, int));
        break;
    case 's': sb_printf(b, spec, va_arg(*ap, const char *)); break;
    case 'p': sb_printf(b, spec, va_arg(*ap, void *)); break;
    case 'f': case 'g': case 'e': sb_printf(b, spec, va_arg(*ap, double)); break;
    default: sb_putc(b, '%'); sb_putc(b, conv); break;
    }
    return f;
}

Value str_vformat(Task *t, const char *fmt, va_list ap)
{
    StrBuf b;
    va_list aq;
    va_copy(aq, ap);
    sb_init(&b, 64);
    for (const char *f = fmt; *f;) {
        if (*f != '%') {
            const char *e = strchr(f, '%');
            size_t n = e ? (size_t)(e - f) : strlen(f);
            sb_put(&b, f, n);
            f += n;
            continue;
        }
        f++;
        switch (*f) {
        case '%': sb_putc(&b, '%'); f++; break;
        case 'R': f++; if (!sb_put_repr(t, &b, va_arg(aq, Value))) goto fail; break;
        case 'S': f++; if (!sb_put_str(t, &b, va_arg(aq, Value))) goto fail; break;
        case 'T': f++; sb_puts(&b, obj_type_name(va_arg(aq, Value))); break;
        case 'U': f++; sb_putv(&b, obj_unbox(va_arg(aq, Value))); break;
        default: f = put_c_directive(&b, f, &aq); break;
        }
    }
    va_end(aq);
    return sb_finish(&b);
fail:
    va_end(aq);
    return 0;
}

Value str_format(Task *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Value r = str_vformat(t, fmt, ap);
    va_end(ap);
    return r;
}
