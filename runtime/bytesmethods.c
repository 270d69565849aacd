/* bytesmethods.c - the methods of bytes and bytearray.
 *
 * One implementation serves both types (and their subclasses): self is
 * viewed as bytes, and results are made of self's kind (a bytearray method
 * returns bytearrays). The algorithms are textops.c's, shared with str;
 * here are argument conversions with CPython's messages, hex/fromhex,
 * translate/maketrans, and the mutators of bytearray. */
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "bytes.h"
#include "list.h"
#include "tuple.h"
#include "slice.h"
#include "codecs.h"
#include "interp.h"
#include "textops.h"

#define SELF args[0]

static bool is_array(Value v) { return !IS_SMALL(v) && type_is_subtype(TYPE_OF(v), &bytearray_type); }

static Text text_of(Value v)
{
    Text s;
    s.kind = is_array(v) ? TEXT_BYTEARRAY : TEXT_BYTES;
    s.obj = v;
    bytes_view(v, &s.p, &s.n);
    return s;
}

/* "bytes.lower" or "bytearray.lower", for messages. */
static const char *qual(Value self, const char *name, char *buf, size_t size)
{
    snprintf(buf, size, "%s.%s", is_array(self) ? "bytearray" : "bytes", name);
    return buf;
}

/* A bytes-like argument: "a bytes-like object is required, not 'str'". */
static bool buffer_arg(Task *t, Value v, const char **p, size_t *n)
{
    if (!bytes_like(v)) {
        err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(v));
        return false;
    }
    bytes_view(v, p, n);
    return true;
}

/* An int in range(256) through __index__. */
static bool byte_arg(Task *t, Value v, unsigned char *out)
{
    int64_t x;
    if (!text_int_arg(t, v, false, &x)) {
        if (err_matches(t, &exc_OverflowError)) {
            err_clear(t);
            x = -1;
        } else {
            return false;
        }
    }
    if (x < 0 || x > 255) {
        err_format(t, &exc_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    *out = (unsigned char)x;
    return true;
}

/* The sub argument of find/count/index: bytes-like or an int (*byte holds it). */
static bool sub_arg(Task *t, Value v, const char **p, size_t *n, unsigned char *byte)
{
    if (bytes_like(v)) {
        bytes_view(v, p, n);
        return true;
    }
    if (!index_like(v)) {
        err_format(t, &exc_TypeError, "argument should be integer or bytes-like object, not '%s'", obj_type_name(v));
        return false;
    }
    if (!byte_arg(t, v, byte)) return false;
    *p = (const char *)byte;
    *n = 1;
    return true;
}

/* --- case and classes ---------------------------------------------------------- */

#define CASE_METHOD(fn, name, op)                                            \
    static Value fn(Task *t, const Value *args, size_t n, Value kw)          \
    {                                                                        \
        char q[32];                                                          \
        if (!meth_check_none(t, qual(SELF, name, q, sizeof q), n - 1, kw)) return 0; \
        Text s = text_of(SELF);                                              \
        return text_case(t, &s, op);                                         \
    }
CASE_METHOD(m_lower, "lower", CASE_LOWER)
CASE_METHOD(m_upper, "upper", CASE_UPPER)
CASE_METHOD(m_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(m_title, "title", CASE_TITLE)
CASE_METHOD(m_capitalize, "capitalize", CASE_CAPITALIZE)

#define CLASS_METHOD(fn, name, cls)                                          \
    static Value fn(Task *t, const Value *args, size_t n, Value kw)          \
    {                                                                        \
        char q[32];                                                          \
        if (!meth_check_none(t, qual(SELF, name, q, sizeof q), n - 1, kw)) return 0; \
        Text s = text_of(SELF);                                              \
        return V_BOOL(text_ascii_all(s.p, s.n, cls));                        \
    }
CLASS_METHOD(m_isalpha, "isalpha", CLASS_ALPHA)
CLASS_METHOD(m_isalnum, "isalnum", CLASS_ALNUM)
CLASS_METHOD(m_isdigit, "isdigit", CLASS_DIGIT)
CLASS_METHOD(m_isspace, "isspace", CLASS_SPACE)

#define CASETEST_METHOD(fn, name, which)                                     \
    static Value fn(Task *t, const Value *args, size_t n, Value kw)          \
    {                                                                        \
        char q[32];                                                          \
        if (!meth_check_none(t, qual(SELF, name, q, sizeof q), n - 1, kw)) return 0; \
        Text s = text_of(SELF);                                              \
        return V_BOOL(text_case_test(s.p, s.n, false, which));               \
    }
CASETEST_METHOD(m_islower, "islower", CASETEST_LOWER)
CASETEST_METHOD(m_isupper, "isupper", CASETEST_UPPER)
CASETEST_METHOD(m_istitle, "istitle", CASETEST_TITLE)

static Value m_isascii(Task *t, const Value *args, size_t n, Value kw)
{
    char q[32];
    if (!meth_check_none(t, qual(SELF, "isascii", q, sizeof q), n - 1, kw)) return 0;
    Text s = text_of(SELF);
    for (size_t i = 0; i < s.n; i++)
        if ((unsigned char)s.p[i] >= 0x80) return V_FALSE;
    return V_TRUE;
}

/* --- searching -------------------------------------------------------------------- */

static Value search(Task *t, const Value *args, size_t n, Value kw, const char *name, int mode, bool raise)
{
    char q[32];
    if (!text_find_args(t, name, qual(SELF, name, q, sizeof q), n - 1, kw)) return 0;
    const char *sub;
    size_t m;
    unsigned char byte;
    Text s = text_of(SELF);
    int64_t start, end;
    if (!sub_arg(t, args[1], &sub, &m, &byte) ||
        !text_bounds(t, n > 2 ? args[2] : 0, n > 3 ? args[3] : 0, (int64_t)s.n, &start, &end))
        return 0;
    int64_t r = text_search(&s, sub, m, (int64_t)m, start, end, mode);
    if (r < 0 && raise) return err_format(t, &exc_ValueError, "subsection not found");
    return MAKE_SMALL(r);
}

static Value m_find(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "find", 1, false); }
static Value m_rfind(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "rfind", -1, false); }
static Value m_index(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "index", 1, true); }
static Value m_rindex(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "rindex", -1, true); }
static Value m_count(Task *t, const Value *a, size_t n, Value kw) { return search(t, a, n, kw, "count", 0, false); }

static Value tailmatch(Task *t, const Value *args, size_t n, Value kw, bool suffix)
{
    const char *name = suffix ? "endswith" : "startswith";
    char q[32];
    if (!text_find_args(t, name, qual(SELF, name, q, sizeof q), n - 1, kw)) return 0;
    Text s = text_of(SELF);
    int64_t start, end;
    if (!text_bounds(t, n > 2 ? args[2] : 0, n > 3 ? args[3] : 0, (int64_t)s.n, &start, &end)) return 0;
    Value x = args[1];
    bool tuple = IS_TUPLE_LIKE(x);
    if (!tuple && !bytes_like(x))
        return err_format(t, &exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                          obj_type_name(x));
    Value items = tuple ? obj_unbox(x) : 0;
    size_t cnt = tuple ? TUPLE_LEN(items) : 1;
    for (size_t i = 0; i < cnt; i++) {
        const char *p;
        size_t m;
        if (!buffer_arg(t, tuple ? TUPLE_ITEM(items, i) : x, &p, &m)) return 0;
        if (text_tailmatch(&s, p, m, (int64_t)m, start, end, suffix)) return V_TRUE;
    }
    return V_FALSE;
}

static Value m_startswith(Task *t, const Value *a, size_t n, Value kw) { return tailmatch(t, a, n, kw, false); }
static Value m_endswith(Task *t, const Value *a, size_t n, Value kw) { return tailmatch(t, a, n, kw, true); }

static Value partition(Task *t, const Value *args, size_t n, Value kw, bool right)
{
    char q[32];
    const char *sep;
    size_t m;
    if (!meth_check_one(t, qual(SELF, right ? "rpartition" : "partition", q, sizeof q), n - 1, kw) ||
        !buffer_arg(t, args[1], &sep, &m))
        return 0;
    if (!m) return err_format(t, &exc_ValueError, "empty separator");
    Text s = text_of(SELF);
    return text_partition(t, &s, args[1], sep, m, right);
}

static Value m_partition(Task *t, const Value *a, size_t n, Value kw) { return partition(t, a, n, kw, false); }
static Value m_rpartition(Task *t, const Value *a, size_t n, Value kw) { return partition(t, a, n, kw, true); }

/* --- splitting, joining, stripping --------------------------------------------------- */

static Value split_dir(Task *t, const Value *args, size_t n, Value kw, bool right)
{
    Value sepv;
    int64_t maxsplit;
    const char *sep = NULL;
    size_t m = 0;
    if (!text_split_args(t, right, args + 1, n - 1, kw, &sepv, &maxsplit) ||
        (sepv && !buffer_arg(t, sepv, &sep, &m)))
        return 0;
    Text s = text_of(SELF);
    return text_split_any(t, &s, sep, m, maxsplit, right);
}

static Value m_split(Task *t, const Value *a, size_t n, Value kw) { return split_dir(t, a, n, kw, false); }
static Value m_rsplit(Task *t, const Value *a, size_t n, Value kw) { return split_dir(t, a, n, kw, true); }

static Value m_splitlines(Task *t, const Value *args, size_t n, Value kw)
{
    Text s = text_of(SELF);
    return text_m_splitlines(t, &s, args + 1, n - 1, kw);
}

static Value m_join(Task *t, const Value *args, size_t n, Value kw)
{
    char q[32];
    if (!meth_check_one(t, qual(SELF, "join", q, sizeof q), n - 1, kw)) return 0;
    const Value *items;
    size_t cnt;
    if (!seq_fast(t, args[1], "can only join an iterable", &items, &cnt)) return 0;
    Text sep = text_of(SELF);
    if (cnt == 1 && IS_BYTES(items[0]) && sep.kind == TEXT_BYTES) return items[0];
    size_t size = cnt ? sep.n * (cnt - 1) : 0;
    for (size_t i = 0; i < cnt; i++) {
        if (!bytes_like(items[i]))
            return err_format(t, &exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                              obj_type_name(items[i]));
        size += bytes_size(items[i]);
    }
    char *d;
    Value r = text_alloc(t, sep.kind, size, &d);
    if (!r) return 0;
    for (size_t i = 0; i < cnt; i++) {
        if (i) {
            memcpy(d, sep.p, sep.n);
            d += sep.n;
        }
        const char *p;
        size_t m;
        bytes_view(items[i], &p, &m);
        memcpy(d, p, m);
        d += m;
    }
    return r;
}

static Value strip(Task *t, const Value *args, size_t n, Value kw, int which, const char *name)
{
    char q[32];
    if (!meth_check_range(t, name, qual(SELF, name, q, sizeof q), n - 1, kw, 0, 1)) return 0;
    Text s = text_of(SELF);
    if (n == 1 || args[1] == V_NONE) return text_strip_ws(t, &s, which);
    const char *chars;
    size_t m;
    if (!buffer_arg(t, args[1], &chars, &m)) return 0;
    return text_strip_bytes(t, &s, which, chars, m);
}

static Value m_strip(Task *t, const Value *a, size_t n, Value kw) { return strip(t, a, n, kw, 3, "strip"); }
static Value m_lstrip(Task *t, const Value *a, size_t n, Value kw) { return strip(t, a, n, kw, 1, "lstrip"); }
static Value m_rstrip(Task *t, const Value *a, size_t n, Value kw) { return strip(t, a, n, kw, 2, "rstrip"); }

static Value affix(Task *t, const Value *args, size_t n, Value kw, bool suffix)
{
    char q[32];
    const char *a;
    size_t m;
    if (!meth_check_one(t, qual(SELF, suffix ? "removesuffix" : "removeprefix", q, sizeof q), n - 1, kw) ||
        !buffer_arg(t, args[1], &a, &m))
        return 0;
    Text s = text_of(SELF);
    if (m && m <= s.n && !memcmp(suffix ? s.p + s.n - m : s.p, a, m))
        return text_piece(t, &s, suffix ? 0 : m, s.n - m);
    return text_piece(t, &s, 0, s.n);
}

static Value m_removeprefix(Task *t, const Value *a, size_t n, Value kw) { return affix(t, a, n, kw, false); }
static Value m_removesuffix(Task *t, const Value *a, size_t n, Value kw) { return affix(t, a, n, kw, true); }

/* --- building --------------------------------------------------------------------------- */

static Value m_replace(Task *t, const Value *args, size_t n, Value kw)
{
    char q[32];
    const char *old, *new_;
    size_t m, k;
    int64_t count = -1;
    if (!meth_check_range(t, "replace", qual(SELF, "replace", q, sizeof q), n - 1, kw, 2, 3) ||
        !buffer_arg(t, args[1], &old, &m) || !buffer_arg(t, args[2], &new_, &k) ||
        (n > 3 && !text_int_arg(t, args[3], false, &count)))
        return 0;
    Text s = text_of(SELF);
    return text_replace(t, &s, s.kind, old, m, new_, k, count);
}

static Value pad_method(Task *t, const Value *args, size_t n, Value kw, char align, const char *name)
{
    char q[32];
    int64_t width;
    if (!meth_check_range(t, name, qual(SELF, name, q, sizeof q), n - 1, kw, 1, 2) ||
        !text_int_arg(t, args[1], false, &width))
        return 0;
    const char *fill = " ";
    if (n > 2) {
        if (!bytes_like(args[2]) || bytes_size(args[2]) != 1)
            return err_format(t, &exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                              obj_type_name(args[2]));
        size_t one;
        bytes_view(args[2], &fill, &one);
    }
    Text s = text_of(SELF);
    return text_pad(t, &s, s.n, width, align, fill, 1);
}

static Value m_center(Task *t, const Value *a, size_t n, Value kw) { return pad_method(t, a, n, kw, '^', "center"); }
static Value m_ljust(Task *t, const Value *a, size_t n, Value kw) { return pad_method(t, a, n, kw, '<', "ljust"); }
static Value m_rjust(Task *t, const Value *a, size_t n, Value kw) { return pad_method(t, a, n, kw, '>', "rjust"); }

static Value m_zfill(Task *t, const Value *args, size_t n, Value kw)
{
    char q[32];
    int64_t width;
    if (!meth_check_one(t, qual(SELF, "zfill", q, sizeof q), n - 1, kw) || !text_int_arg(t, args[1], false, &width))
        return 0;
    Text s = text_of(SELF);
    return text_zfill(t, &s, s.n, width);
}

static Value m_expandtabs(Task *t, const Value *args, size_t n, Value kw)
{
    Text s = text_of(SELF);
    return text_m_expandtabs(t, &s, args + 1, n - 1, kw);
}

static Value m_decode(Task *t, const Value *args, size_t n, Value kw)
{
    static const char *const names[] = {"encoding", "errors"};
    Value a[2];
    const char *enc, *errors;
    if (!text_args(t, "decode", names, 2, args + 1, n - 1, kw, a) || !codec_arg(t, a[0], "decode", "encoding", &enc) ||
        !codec_arg(t, a[1], "decode", "errors", &errors))
        return 0;
    Text s = text_of(SELF);
    return codec_decode(t, s.p, s.n, s.kind == TEXT_BYTES ? SELF : 0, enc, errors);
}

/* --- hex and fromhex --------------------------------------------------------------------- */

static Value m_hex(Task *t, const Value *args, size_t n, Value kw)
{
    static const char *const names[] = {"sep", "bytes_per_sep"};
    Value a[2];
    int64_t per = 1;
    char sep = 0;
    if (!text_args(t, "hex", names, 2, args + 1, n - 1, kw, a)) return 0;
    if (a[1] && !text_int_arg(t, a[1], true, &per)) return 0;
    if (a[0]) {
        const char *p;
        size_t m;
        Value u = obj_unbox(a[0]);
        if (IS_STR(u)) {
            p = STR_DATA(u);
            m = STR_LEN(u);
        } else if (bytes_like(u)) {
            bytes_view(u, &p, &m);
        } else {
            return err_format(t, &exc_TypeError, "object of type '%s' has no len()", obj_type_name(a[0]));
        }
        if (m != 1) return err_format(t, &exc_ValueError, "sep must be length 1.");
        if ((unsigned char)p[0] >= 0x80) return err_format(t, &exc_ValueError, "sep must be ASCII.");
        sep = p[0];
    }
    Text s = text_of(SELF);
    size_t group = per < 0 ? (size_t)-per : (size_t)per;
    if (!sep || group == 0 || group >= s.n) sep = 0;
    size_t nseps = sep && s.n ? (s.n - 1) / group : 0;
    StrObj *r = str_alloc(s.n * 2 + nseps);
    if (!r) return err_no_memory(t);
    static const char digits[] = "0123456789abcdef";
    char *d = r->data;
    for (size_t i = 0; i < s.n; i++) {
        /* groups are counted from the right for a positive bytes_per_sep */
        if (sep && i && (per > 0 ? (s.n - i) % group == 0 : i % group == 0)) *d++ = sep;
        unsigned char c = (unsigned char)s.p[i];
        *d++ = digits[c >> 4];
        *d++ = digits[c & 15];
    }
    r->len = r->size;
    return OBJ_VAL(r);
}

static int hexval(unsigned c)
{
    if (c - '0' < 10u) return c - '0';
    if ((c | 32) - 'a' < 6u) return (c | 32) - 'a' + 10;
    return -1;
}

/* bytes.fromhex(string) (a classmethod: args[0] is the class). */
static Value m_fromhex(Task *t, const Value *args, size_t n, Value kw)
{
    char q[32];
    snprintf(q, sizeof q, "%s.fromhex", AS_TYPE(args[0])->name);
    if (!meth_check_one(t, q, n - 1, kw)) return 0;
    Value s = obj_unbox(args[1]);
    if (!IS_STR(s)) return err_format(t, &exc_TypeError, "fromhex() argument must be str, not %s", obj_type_name(args[1]));
    const unsigned char *p = (const unsigned char *)STR_DATA(s), *end = p + STR_SIZE(s);
    char *buf = GC_MALLOC_ATOMIC(STR_SIZE(s) / 2 + 1);
    if (!buf) return err_no_memory(t);
    size_t out = 0;
    while (p < end) {
        if (*p == ' ' || (*p >= 9 && *p <= 13)) {
            p++;
            continue;
        }
        int hi = hexval(*p), lo = hi >= 0 && p + 1 < end ? hexval(p[1]) : -1;
        if (hi < 0 || lo < 0) {
            const unsigned char *bad = hi < 0 ? p : p + 1;
            return err_format(t, &exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                              utf8_count_prefix(STR_DATA(s), (const char *)bad - STR_DATA(s)));
        }
        buf[out++] = (char)(hi << 4 | lo);
        p += 2;
    }
    Type *cls = AS_TYPE(args[0]);
    if (cls == &bytes_type) return bytes_new(t, buf, out);
    if (cls == &bytearray_type) return bytearray_new(t, buf, out);
    Value b = bytes_new(t, buf, out);
    return b ? obj_call(t, args[0], &b, 1, 0) : 0;
}

/* --- translate and maketrans ----------------------------------------------------------- */

static Value m_translate(Task *t, const Value *args, size_t n, Value kw)
{
    static const char *const names[] = {"table", "delete"};
    Value a[2];
    if (n < 2) return err_format(t, &exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
    if (!text_args(t, "translate", names, 2, args + 1, n - 1, kw, a)) return 0;
    const char *table = NULL, *del = "";
    size_t tn = 0, dn = 0;
    if (a[0] != V_NONE) {
        if (!buffer_arg(t, a[0], &table, &tn)) return 0;
        if (tn != 256) return err_format(t, &exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && !buffer_arg(t, a[1], &del, &dn)) return 0;
    bool drop[256] = {false};
    for (size_t i = 0; i < dn; i++) drop[(unsigned char)del[i]] = true;
    Text s = text_of(SELF);
    size_t size = 0;
    for (size_t i = 0; i < s.n; i++) size += !drop[(unsigned char)s.p[i]];
    if (!table && size == s.n) return text_piece(t, &s, 0, s.n);
    char *d;
    Value r = text_alloc(t, s.kind, size, &d);
    if (!r) return 0;
    for (size_t i = 0; i < s.n; i++) {
        unsigned char c = (unsigned char)s.p[i];
        if (!drop[c]) *d++ = table ? table[c] : (char)c;
    }
    return r;
}

static Value m_maketrans(Task *t, const Value *args, size_t n, Value kw)
{
    const char *from, *to;
    size_t fn, tn;
    if (!args_check(t, "maketrans", n, kw, 2, 2) || !buffer_arg(t, args[0], &from, &fn) ||
        !buffer_arg(t, args[1], &to, &tn))
        return 0;
    if (fn != tn) return err_format(t, &exc_ValueError, "maketrans arguments must have same length");
    BytesObj *b = bytes_alloc(256);
    if (!b) return err_no_memory(t);
    for (int i = 0; i < 256; i++) b->data[i] = (char)i;
    for (size_t i = 0; i < fn; i++) b->data[(unsigned char)from[i]] = to[i];
    return OBJ_VAL(b);
}

/* --- bytearray's mutators ------------------------------------------------------------- */

static bool array_insert(Task *t, ByteArrayObj *b, size_t at, const char *p, size_t n)
{
    if (!bytearray_reserve(t, b, b->size + n)) return false;
    memmove(b->data + at + n, b->data + at, b->size - at);
    memcpy(b->data + at, p, n);
    b->size += n;
    return true;
}

static Value m_append(Task *t, const Value *args, size_t n, Value kw)
{
    unsigned char c;
    if (!meth_check_one(t, "bytearray.append", n - 1, kw) || !byte_arg(t, args[1], &c)) return 0;
    ByteArrayObj *b = AS_BYTEARRAY(SELF);
    return array_insert(t, b, b->size, (const char *)&c, 1) ? V_NONE : 0;
}

static Value m_extend(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_one(t, "bytearray.extend", n - 1, kw)) return 0;
    ByteArrayObj *b = AS_BYTEARRAY(SELF);
    Value src = args[1];
    if (bytes_like(src)) {
        const char *p;
        size_t m;
        bytes_view(src, &p, &m);
        if (src == SELF) {
            char *copy = GC_MALLOC_ATOMIC(m + 1);
            if (!copy) return err_no_memory(t);
            memcpy(copy, p, m);
            p = copy;
        }
        return array_insert(t, b, b->size, p, m) ? V_NONE : 0;
    }
    Value it = obj_iter(t, src);
    if (!it) {
        if (!err_matches(t, &exc_TypeError)) return 0;
        err_clear(t);
        return err_format(t, &exc_TypeError, "can't extend bytearray with %s", obj_type_name(src));
    }
    for (Value x; (x = obj_next(t, it));) {
        unsigned char c;
        if (!byte_arg(t, x, &c) || !array_insert(t, b, b->size, (const char *)&c, 1)) return 0;
    }
    return t->exc ? 0 : V_NONE;
}

static Value m_insert(Task *t, const Value *args, size_t n, Value kw)
{
    int64_t i;
    unsigned char c;
    if (!meth_check_range(t, "insert", "bytearray.insert", n - 1, kw, 2, 2) || !text_int_arg(t, args[1], false, &i) ||
        !byte_arg(t, args[2], &c))
        return 0;
    ByteArrayObj *b = AS_BYTEARRAY(SELF);
    int64_t len = (int64_t)b->size;
    if (i < 0 && (i += len) < 0) i = 0;
    if (i > len) i = len;
    return array_insert(t, b, (size_t)i, (const char *)&c, 1) ? V_NONE : 0;
}

static Value m_pop(Task *t, const Value *args, size_t n, Value kw)
{
    int64_t i = -1;
    if (!meth_check_range(t, "pop", "bytearray.pop", n - 1, kw, 0, 1) || (n > 1 && !text_int_arg(t, args[1], false, &i)))
        return 0;
    ByteArrayObj *b = AS_BYTEARRAY(SELF);
    if (b->size == 0) return err_format(t, &exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += (int64_t)b->size;
    if (i < 0 || i >= (int64_t)b->size) return err_format(t, &exc_IndexError, "pop index out of range");
    unsigned char c = (unsigned char)b->data[i];
    memmove(b->data + i, b->data + i + 1, b->size - i - 1);
    b->size--;
    return MAKE_SMALL(c);
}

static Value m_remove(Task *t, const Value *args, size_t n, Value kw)
{
    unsigned char c;
    if (!meth_check_one(t, "bytearray.remove", n - 1, kw) || !byte_arg(t, args[1], &c)) return 0;
    ByteArrayObj *b = AS_BYTEARRAY(SELF);
    char *hit = memchr(b->data, c, b->size);
    if (!hit) return err_format(t, &exc_ValueError, "value not found in bytearray");
    memmove(hit, hit + 1, b->size - (hit - b->data) - 1);
    b->size--;
    return V_NONE;
}

static Value m_reverse(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "bytearray.reverse", n - 1, kw)) return 0;
    ByteArrayObj *b = AS_BYTEARRAY(SELF);
    for (size_t i = 0, j = b->size; i + 1 < j; i++, j--) {
        char c = b->data[i];
        b->data[i] = b->data[j - 1];
        b->data[j - 1] = c;
    }
    return V_NONE;
}

static Value m_clear(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "bytearray.clear", n - 1, kw)) return 0;
    AS_BYTEARRAY(SELF)->size = 0;
    return V_NONE;
}

static Value m_copy(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "bytearray.copy", n - 1, kw)) return 0;
    return bytearray_new(t, AS_BYTEARRAY(SELF)->data, AS_BYTEARRAY(SELF)->size);
}

/* The methods bytes and bytearray share, then bytearray's own. */
#define SHARED_METHODS                                                                        \
    {"capitalize", m_capitalize, METH_PLAIN, NULL}, {"center", m_center, METH_PLAIN, NULL},  \
    {"count", m_count, METH_PLAIN, NULL}, {"decode", m_decode, METH_PLAIN, NULL},            \
    {"endswith", m_endswith, METH_PLAIN, NULL}, {"expandtabs", m_expandtabs, METH_PLAIN, NULL}, \
    {"find", m_find, METH_PLAIN, NULL}, {"fromhex", m_fromhex, METH_CLASS, NULL},            \
    {"hex", m_hex, METH_PLAIN, NULL}, {"index", m_index, METH_PLAIN, NULL},                  \
    {"isalnum", m_isalnum, METH_PLAIN, NULL}, {"isalpha", m_isalpha, METH_PLAIN, NULL},      \
    {"isascii", m_isascii, METH_PLAIN, NULL}, {"isdigit", m_isdigit, METH_PLAIN, NULL},      \
    {"islower", m_islower, METH_PLAIN, NULL}, {"isspace", m_isspace, METH_PLAIN, NULL},      \
    {"istitle", m_istitle, METH_PLAIN, NULL}, {"isupper", m_isupper, METH_PLAIN, NULL},      \
    {"join", m_join, METH_PLAIN, NULL}, {"ljust", m_ljust, METH_PLAIN, NULL},                \
    {"lower", m_lower, METH_PLAIN, NULL}, {"lstrip", m_lstrip, METH_PLAIN, NULL},            \
    {"maketrans", m_maketrans, METH_STATIC, NULL}, {"partition", m_partition, METH_PLAIN, NULL}, \
    {"removeprefix", m_removeprefix, METH_PLAIN, NULL},                                      \
    {"removesuffix", m_removesuffix, METH_PLAIN, NULL}, {"replace", m_replace, METH_PLAIN, NULL}, \
    {"rfind", m_rfind, METH_PLAIN, NULL}, {"rindex", m_rindex, METH_PLAIN, NULL},            \
    {"rjust", m_rjust, METH_PLAIN, NULL}, {"rpartition", m_rpartition, METH_PLAIN, NULL},    \
    {"rsplit", m_rsplit, METH_PLAIN, NULL}, {"rstrip", m_rstrip, METH_PLAIN, NULL},          \
    {"split", m_split, METH_PLAIN, NULL}, {"splitlines", m_splitlines, METH_PLAIN, NULL},    \
    {"startswith", m_startswith, METH_PLAIN, NULL}, {"strip", m_strip, METH_PLAIN, NULL},    \
    {"swapcase", m_swapcase, METH_PLAIN, NULL}, {"title", m_title, METH_PLAIN, NULL},        \
    {"translate", m_translate, METH_PLAIN, NULL}, {"upper", m_upper, METH_PLAIN, NULL},      \
    {"zfill", m_zfill, METH_PLAIN, NULL}

const MethodDef bytes_methods[] = {
    SHARED_METHODS,
    {NULL},
};

const MethodDef bytearray_methods[] = {
    SHARED_METHODS,
    {"append", m_append, METH_PLAIN, NULL}, {"clear", m_clear, METH_PLAIN, NULL},
    {"copy", m_copy, METH_PLAIN, NULL}, {"extend", m_extend, METH_PLAIN, NULL},
    {"insert", m_insert, METH_PLAIN, NULL}, {"pop", m_pop, METH_PLAIN, NULL},
    {"remove", m_remove, METH_PLAIN, NULL}, {"reverse", m_reverse, METH_PLAIN, NULL},
    {NULL},
};
