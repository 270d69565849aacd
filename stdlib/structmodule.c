/* structmodule.c - _struct: packing and unpacking C structs as bytes, as
 * CPython's struct module (x86-64 Linux native sizes and alignment), with
 * its range checks and messages.
 *
 * A format is compiled once into a list of codes (Struct objects keep it):
 * each code has a character, a repeat count or string length, an offset and
 * its size; packing and unpacking walk that list. */
#include <gc/gc.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "floatobj.h"
#include "str.h"
#include "bytes.h"
#include "list.h"
#include "tuple.h"
#include "dict.h"
#include "module.h"
#include "import.h"
#include "alloc.h"
#include "iterobj.h"
#include "interp.h"

typedef struct Code {
    char fmt;
    size_t count;          /* items (or string length for s, p) */
    size_t offset, size;   /* size of one item */
} Code;

typedef struct StructObj {
    Obj hdr;
    Value format;          /* the str it was made from */
    Code *codes;           /* pointer-free */
    size_t ncodes, nitems, size;
    char order;            /* '@' native, '<' little, '>' big ('=' is '<' here, '!' is '>') */
} StructObj;

extern Type struct_type;
#define AS_STRUCT(v) ((StructObj *)(v))

static Value struct_error(Task *t, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Value mod = import_module(t, "_struct");
    Value cls = mod ? dict_get_cstr(module_dict(mod), "error") : 0;
    if (!cls) return mod ? err_format(t, &exc_ValueError, "%s", msg) : 0;
    Value m = str_from_cstr(msg);
    Value exc = obj_call(t, cls, &m, 1, 0);
    return exc ? err_set(t, exc) : 0;
}

/* Size and alignment of a code; 0 when it is not one. */
static size_t code_size(char order, char c, size_t *align)
{
    bool native = order == '@';
    size_t s;
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': s = 1; break;
    case 'h': case 'H': case 'e': s = 2; break;
    case 'i': case 'I': case 'f': s = 4; break;
    case 'l': case 'L': s = native ? 8 : 4; break;
    case 'q': case 'Q': case 'd': s = 8; break;
    case 'n': case 'N': case 'P': if (!native) return 0; s = 8; break;
    default: return 0;
    }
    *align = native ? s : 1;
    return s;
}

/* Compiles fmt into s; false with struct.error raised. */
static bool compile_format(Task *t, Value fmtv, StructObj *s)
{
    const char *f = STR_DATA(fmtv);
    size_t n = STR_SIZE(fmtv);
    if (strlen(f) != n) {
        struct_error(t, "embedded null character");
        return false;
    }
    char order = '@';
    size_t i = 0;
    if (n && strchr("@=<>!", f[0])) {
        order = f[0] == '!' ? '>' : f[0] == '=' ? '<' : f[0];
        i = 1;
    }
    if (f[0] == '=') order = '<';   /* standard sizes, native (little) order */
    Code *codes = GC_MALLOC_ATOMIC((n + 1) * sizeof(Code));
    if (!codes) {
        err_no_memory(t);
        return false;
    }
    size_t ncodes = 0, size = 0, nitems = 0;
    while (i < n) {
        char c = f[i];
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            i++;
            continue;
        }
        size_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < n && f[i] >= '0' && f[i] <= '9') {
                if (count > ((size_t)-1 >> 1) / 10) {
                    struct_error(t, "total struct size too long");
                    return false;
                }
                count = count * 10 + (size_t)(f[i++] - '0');
            }
            if (i >= n) {
                struct_error(t, "repeat count given without format specifier");
                return false;
            }
            c = f[i];
        }
        size_t align, isz = code_size(order, c, &align);
        if (!isz) {
            struct_error(t, "bad char in struct format");
            return false;
        }
        if (align > 1) size = (size + align - 1) / align * align;
        codes[ncodes].fmt = c;
        codes[ncodes].count = count;
        codes[ncodes].offset = size;
        codes[ncodes].size = isz;
        ncodes++;
        if (c == 's' || c == 'p') {
            size += count;
            nitems++;
        } else {
            size += isz * count;
            if (c != 'x') nitems += count;
        }
        i++;
    }
    s->codes = codes;
    s->ncodes = ncodes;
    s->nitems = nitems;
    s->size = size;
    s->order = order;
    return true;
}

static Value struct_from_format(Task *t, Value fmt)
{
    if (!IS_SMALL(fmt) && bytes_like(fmt)) {
        const char *p;
        size_t n;
        bytes_view(fmt, &p, &n);
        fmt = str_new(p, n);
    }
    if (!IS_STR(fmt))
        return err_format(t, &exc_TypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                          obj_type_name(fmt));
    StructObj *s = gc_alloc(sizeof *s);
    if (!s) return err_no_memory(t);
    s->hdr.type = &struct_type;
    s->format = fmt;
    if (!compile_format(t, fmt, s)) return 0;
    return OBJ_VAL(s);
}

/* --- packing ------------------------------------------------------------------------------ */

static void store_uint(unsigned char *p, uint64_t v, size_t n, bool big)
{
    for (size_t i = 0; i < n; i++) {
        size_t k = big ? n - 1 - i : i;
        p[k] = (unsigned char)(v >> (8 * i));
    }
}

static uint64_t load_uint(const unsigned char *p, size_t n, bool big)
{
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = big ? i : n - 1 - i;
        v = v << 8 | p[k];
    }
    return v;
}

/* The int an integer code packs: ints and objects with __index__. */
static Value int_arg(Task *t, Value v)
{
    if (IS_SMALL(v) || IS_INT(v) || IS_BOOL(v)) return obj_index(t, v);
    if (!IS_SMALL(v) && type_lookup(TYPE_OF(v), str_intern_cstr("__index__"))) return obj_index(t, v);
    return struct_error(t, "required argument is not an integer");
}

/* Half precision (IEEE 754 binary16), round half to even. */
static bool pack_half(Task *t, double x, unsigned char *p, bool big)
{
    uint16_t bits;
    unsigned sign = signbit(x) ? 1 : 0;
    if (isnan(x)) {
        bits = (uint16_t)(sign << 15 | 0x7e00);
    } else if (isinf(x)) {
        bits = (uint16_t)(sign << 15 | 0x7c00);
    } else {
        double a = fabs(x);
        int e;
        double m = frexp(a, &e);           /* a = m * 2^e, 0.5 <= m < 1 */
        if (a == 0.0) {
            bits = (uint16_t)(sign << 15);
        } else {
            /* as a multiple of the smallest subnormal, 2^-24, or of the
             * ulp of its binade */
            int exp = e - 1;               /* a = 1.f * 2^exp */
            if (exp < -14) {
                double q = ldexp(a, 24);   /* subnormal units */
                double r = nearbyint(q);   /* ties to even (default mode) */
                bits = (uint16_t)(sign << 15 | (unsigned)r);   /* r may reach 0x400: the smallest normal */
            } else {
                double q = ldexp(m, 11);   /* 1024 .. 2048 */
                double r = nearbyint(q);
                if (r == 2048.0) {
                    r = 1024.0;
                    exp++;
                }
                if (exp > 15) {
                    err_format(t, &exc_OverflowError, "float too large to pack with e format");
                    return false;
                }
                bits = (uint16_t)(sign << 15 | (unsigned)(exp + 15) << 10 | ((unsigned)r - 1024));
            }
        }
        (void)m;
    }
    store_uint(p, bits, 2, big);
    return true;
}

static double unpack_half(const unsigned char *p, bool big)
{
    unsigned bits = (unsigned)load_uint(p, 2, big);
    unsigned sign = bits >> 15, exp = (bits >> 10) & 31, frac = bits & 1023;
    double x;
    if (exp == 0) x = ldexp(frac, -24);
    else if (exp == 31) x = frac ? NAN : INFINITY;
    else x = ldexp(frac + 1024, (int)exp - 25);
    return sign ? -x : x;
}

static bool float_arg(Task *t, Value v, double *out)
{
    if (IS_FLOAT(v)) {
        *out = FLOAT_VAL(v);
        return true;
    }
    if (IS_SMALL(v) || HAS_FLAG(v, TF_INT) || HAS_FLAG(v, TF_FLOAT) ||
        type_lookup(TYPE_OF(v), str_intern_cstr("__float__")) ||
        type_lookup(TYPE_OF(v), str_intern_cstr("__index__"))) {
        return float_from_object(t, v, out);
    }
    struct_error(t, "required argument is not a float");
    return false;
}

/* The low 64 bits of an int known to be in [0, 2^64). */
static bool low64(Task *t, Value iv, uint64_t *u)
{
    int64_t x;
    if (int_as_i64(t, iv, &x)) {
        *u = (uint64_t)x;
        return true;
    }
    err_fetch(t);
    Value mask = int_from_i64(t, INT64_MAX);
    Value low = mask ? int_arith(t, iv, mask, BIN_BITAND) : 0;
    if (!low || !int_as_i64(t, low, &x)) return false;
    *u = (uint64_t)x | 0x8000000000000000ULL;
    return true;
}

/* Packs one value of an integer code. The checks and messages follow
 * CPython's: the small codes name their range for any value that fits a C
 * long; 'i', 'I' (and standard 'l', 'L') name theirs; beyond a long (or
 * below zero for the unsigned ones but B and H) it is "argument out of
 * range". */
static bool pack_int(Task *t, StructObj *s, const Code *c, Value v, unsigned char *p)
{
    Value iv = int_arg(t, v);
    if (!iv) return false;
    bool big = s->order == '>';
    char f = c->fmt;
    int64_t x = 0;
    bool fits = int_as_i64(t, iv, &x);      /* in a C long */
    if (!fits) err_fetch(t);
    bool negative = int_compare(iv, MAKE_SMALL(0)) < 0;
    bool fits_ulong = false;                /* in an unsigned long: [0, 2^64) */
    if (!negative) {
        Value lim = int_arith(t, MAKE_SMALL(1), MAKE_SMALL(64), BIN_LSHIFT);
        if (!lim) return false;
        fits_ulong = int_compare(iv, lim) < 0;
    }
    uint64_t u;
    switch (f) {
    case 'b':
        if (!fits) break;
        if (x < -128 || x > 127) { struct_error(t, "byte format requires -128 <= number <= 127"); return false; }
        *p = (unsigned char)x;
        return true;
    case 'B':
        if (!fits) break;
        if (x < 0 || x > 255) { struct_error(t, "ubyte format requires 0 <= number <= 255"); return false; }
        *p = (unsigned char)x;
        return true;
    case 'h':
        if (!fits) break;
        if (x < -32768 || x > 32767) {
            /* the big-endian packer names the code, the others the C type */
            struct_error(t, big ? "'h' format requires -32768 <= number <= 32767"
                                : "short format requires -32768 <= number <= 32767");
            return false;
        }
        store_uint(p, (uint64_t)x, 2, big);
        return true;
    case 'H':
        if (big) {
            if (!fits_ulong) break;
            if (!low64(t, iv, &u)) return false;
            if (u > 65535) { struct_error(t, "'H' format requires 0 <= number <= 65535"); return false; }
            store_uint(p, u, 2, big);
            return true;
        }
        if (!fits) break;
        if (x < 0 || x > 65535) { struct_error(t, "ushort format requires 0 <= number <= 65535"); return false; }
        store_uint(p, (uint64_t)x, 2, big);
        return true;
    case 'i':
    case 'l':
        if (!fits) break;
        if (c->size == 4 && (x < INT32_MIN || x > INT32_MAX)) {
            struct_error(t, "'%c' format requires -2147483648 <= number <= 2147483647", f);
            return false;
        }
        store_uint(p, (uint64_t)x, c->size, big);
        return true;
    case 'I':
    case 'L':
        if (!fits_ulong) break;
        if (!low64(t, iv, &u)) return false;
        if (c->size == 4 && u > UINT32_MAX) {
            struct_error(t, "'%c' format requires 0 <= number <= 4294967295", f);
            return false;
        }
        store_uint(p, u, c->size, big);
        return true;
    case 'q':
    case 'n':
        if (!fits) break;
        store_uint(p, (uint64_t)x, 8, big);
        return true;
    case 'P':
        if (fits && negative) {
            store_uint(p, (uint64_t)x, 8, big);
            return true;
        }
        /* fall through */
    default:    /* Q, N */
        if (!fits_ulong || !low64(t, iv, &u)) break;
        store_uint(p, u, 8, big);
        return true;
    }
    if (t->exc) return false;
    struct_error(t, big && (f == 'q' || f == 'Q') ? "int too large to convert" : "argument out of range");
    return false;
}

static bool pack_value(Task *t, StructObj *s, const Code *c, Value v, unsigned char *p)
{
    bool big = s->order == '>';
    switch (c->fmt) {
    case 'c': {
        if (!IS_SMALL(v) && bytes_like(v) && !type_is_subtype(TYPE_OF(obj_unbox(v)), &bytearray_type) &&
            bytes_size(v) == 1) {
            const char *q;
            size_t n;
            bytes_view(v, &q, &n);
            *p = (unsigned char)q[0];
            return true;
        }
        if (!IS_SMALL(v) && IS_BYTEARRAY(v) && bytes_size(v) == 1) {
            *p = (unsigned char)AS_BYTEARRAY(v)->data[0];
            return true;
        }
        struct_error(t, "char format requires a bytes object of length 1");
        return false;
    }
    case '?': {
        int r = obj_truthy(t, v);
        if (r < 0) return false;
        *p = (unsigned char)r;
        return true;
    }
    case 'e': case 'f': case 'd': {
        double x;
        if (!float_arg(t, v, &x)) return false;
        if (c->fmt == 'e') return pack_half(t, x, p, big);
        if (c->fmt == 'f') {
            float fv = (float)x;
            if (s->order != '@' && isinf(fv) && !isinf(x)) {
                err_format(t, &exc_OverflowError, "float too large to pack with f format");
                return false;
            }
            uint32_t bits;
            memcpy(&bits, &fv, 4);
            store_uint(p, bits, 4, big);
        } else {
            uint64_t bits;
            memcpy(&bits, &x, 8);
            store_uint(p, bits, 8, big);
        }
        return true;
    }
    default:
        return pack_int(t, s, c, v, p);
    }
}

/* Packs args into buf (s->size bytes, zeroed). */
static bool pack_into_buffer(Task *t, StructObj *s, const Value *args, size_t nargs, unsigned char *buf)
{
    size_t k = 0;
    for (size_t i = 0; i < s->ncodes; i++) {
        const Code *c = &s->codes[i];
        unsigned char *p = buf + c->offset;
        if (c->fmt == 'x') continue;
        if (c->fmt == 's' || c->fmt == 'p') {
            Value v = args[k++];
            if (IS_SMALL(v) || !bytes_like(v)) {
                struct_error(t, "argument for '%c' must be a bytes object", c->fmt);
                return false;
            }
            const char *q;
            size_t n;
            bytes_view(v, &q, &n);
            if (c->fmt == 's') {
                memcpy(p, q, n < c->count ? n : c->count);
            } else if (c->count) {
                size_t m = n < c->count - 1 ? n : c->count - 1;
                memcpy(p + 1, q, m);
                *p = (unsigned char)(m < 255 ? m : 255);
            }
            continue;
        }
        for (size_t r = 0; r < c->count; r++, p += c->size)
            if (!pack_value(t, s, c, args[k++], p)) return false;
    }
    return true;
}

static Value do_pack(Task *t, StructObj *s, const Value *args, size_t nargs)
{
    if (nargs != s->nitems)
        return struct_error(t, "pack expected %zu items for packing (got %zu)", s->nitems, nargs);
    unsigned char *buf = GC_MALLOC_ATOMIC(s->size + 1);
    if (!buf) return err_no_memory(t);
    memset(buf, 0, s->size);
    if (!pack_into_buffer(t, s, args, nargs, buf)) return 0;
    return bytes_new(t, (const char *)buf, s->size);
}

/* --- unpacking ---------------------------------------------------------------------------- */

static Value unpack_value(Task *t, StructObj *s, const Code *c, const unsigned char *p)
{
    bool big = s->order == '>';
    switch (c->fmt) {
    case 'c': return bytes_new(t, (const char *)p, 1);
    case '?': return V_BOOL(*p != 0);
    case 'e': return float_new(t, unpack_half(p, big));
    case 'f': {
        uint32_t bits = (uint32_t)load_uint(p, 4, big);
        float f;
        memcpy(&f, &bits, 4);
        return float_new(t, (double)f);
    }
    case 'd': {
        uint64_t bits = load_uint(p, 8, big);
        double d;
        memcpy(&d, &bits, 8);
        return float_new(t, d);
    }
    case 'b': return MAKE_SMALL((int8_t)*p);
    case 'B': return MAKE_SMALL(*p);
    default: {
        uint64_t u = load_uint(p, c->size, big);
        bool is_signed = c->fmt == 'h' || c->fmt == 'i' || c->fmt == 'l' || c->fmt == 'q' || c->fmt == 'n';
        if (is_signed) {
            int64_t v = c->size == 8 ? (int64_t)u : (int64_t)(u << (64 - 8 * c->size)) >> (64 - 8 * c->size);
            return int_from_i64(t, v);
        }
        if (u <= (uint64_t)INT64_MAX) return int_from_i64(t, (int64_t)u);
        Value hi = int_from_i64(t, (int64_t)(u >> 1));
        Value two = hi ? int_arith(t, hi, MAKE_SMALL(2), BIN_MULT) : 0;
        return two ? int_arith(t, two, MAKE_SMALL((int64_t)(u & 1)), BIN_ADD) : 0;
    }
    }
}

static Value unpack_buffer(Task *t, StructObj *s, const unsigned char *buf)
{
    Value tup = tuple_new(s->nitems);
    size_t k = 0;
    for (size_t i = 0; i < s->ncodes; i++) {
        const Code *c = &s->codes[i];
        const unsigned char *p = buf + c->offset;
        if (c->fmt == 'x') continue;
        Value v;
        if (c->fmt == 's') {
            v = bytes_new(t, (const char *)p, c->count);
        } else if (c->fmt == 'p') {
            size_t n = c->count ? *p : 0;
            if (c->count && n >= c->count) n = c->count - 1;
            v = bytes_new(t, (const char *)p + 1, n);
        } else {
            for (size_t r = 0; r < c->count; r++, p += c->size) {
                v = unpack_value(t, s, c, p);
                if (!v) return 0;
                AS_TUPLE(tup)->items[k++] = v;
            }
            continue;
        }
        if (!v) return 0;
        AS_TUPLE(tup)->items[k++] = v;
    }
    return tup;
}

static bool buffer_arg(Task *t, Value v, const char **p, size_t *n)
{
    if (IS_SMALL(v) || !bytes_like(v)) {
        err_format(t, &exc_TypeError, "a bytes-like object is required, not '%s'", obj_type_name(v));
        return false;
    }
    bytes_view(v, p, n);
    return true;
}

static Value do_unpack(Task *t, StructObj *s, Value buffer)
{
    const char *p;
    size_t n;
    if (!buffer_arg(t, buffer, &p, &n)) return 0;
    if (n != s->size) return struct_error(t, "unpack requires a buffer of %zu bytes", s->size);
    return unpack_buffer(t, s, (const unsigned char *)p);
}

static Value do_unpack_from(Task *t, StructObj *s, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"unpack_from", 0, 2, 1, 2, {"buffer", "offset"}};
    Value a[2];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    const char *p;
    size_t n;
    if (!buffer_arg(t, a[0], &p, &n)) return 0;
    int64_t off = 0;
    if (a[1] && !int_as_i64(t, a[1], &off)) return 0;
    if (off < 0) {
        if ((uint64_t)-off > n) return struct_error(t, "offset %lld out of range for %zu-byte buffer", (long long)off, n);
        off += (int64_t)n;
    }
    if ((uint64_t)off > n || n - (size_t)off < s->size) {
        if ((uint64_t)off > n && s->size == 0)
            return struct_error(t, "offset %lld out of range for %zu-byte buffer", (long long)off, n);
        return struct_error(t, "unpack_from requires a buffer of at least %zu bytes for unpacking %zu bytes "
                            "at offset %lld (actual buffer size is %zu)",
                            s->size + (size_t)off, s->size, (long long)off, n);
    }
    return unpack_buffer(t, s, (const unsigned char *)p + off);
}

static Value do_pack_into(Task *t, StructObj *s, const Value *args, size_t nargs)
{
    if (nargs < 1) return struct_error(t, "pack_into expected buffer argument");
    if (nargs < 2) return struct_error(t, "pack_into expected offset argument");
    if (nargs - 2 != s->nitems)
        return struct_error(t, "pack_into expected %zu items for packing (got %zu)", s->nitems, nargs - 2);
    Value buf = args[0];
    if (IS_SMALL(buf) || !IS_BYTEARRAY(buf)) {
        if (!IS_SMALL(buf) && bytes_like(buf))
            return err_format(t, &exc_TypeError, "argument must be read-write bytes-like object, not %s",
                              obj_type_name(buf));
        return err_format(t, &exc_TypeError, "argument must be read-write bytes-like object, not %s",
                          obj_type_name(buf));
    }
    int64_t off;
    if (!int_as_i64(t, args[1], &off)) return 0;
    size_t n = AS_BYTEARRAY(buf)->size;
    if (off < 0) {
        if ((uint64_t)-off < s->size)
            return struct_error(t, "no space to pack %zu bytes at offset %lld", s->size, (long long)off);
        if ((uint64_t)-off > n) return struct_error(t, "offset %lld out of range for %zu-byte buffer", (long long)off, n);
        off += (int64_t)n;
    }
    if ((uint64_t)off > n || n - (size_t)off < s->size)
        return struct_error(t, "pack_into requires a buffer of at least %zu bytes for packing %zu bytes at "
                            "offset %lld (actual buffer size is %zu)",
                            s->size + (size_t)off, s->size, (long long)off, n);
    unsigned char *tmp = GC_MALLOC_ATOMIC(s->size + 1);
    if (!tmp) return err_no_memory(t);
    memset(tmp, 0, s->size);
    if (!pack_into_buffer(t, s, args + 2, nargs - 2, tmp)) return 0;
    /* the whole struct, its pad bytes zeroed */
    memcpy(AS_BYTEARRAY(buf)->data + off, tmp, s->size);
    return V_NONE;
}

/* iter_unpack: a list iterator over the unpacked items (CPython's is a
 * lazy iterator of its own type). */
static Value do_iter_unpack(Task *t, StructObj *s, Value buffer)
{
    const char *p;
    size_t n;
    if (!buffer_arg(t, buffer, &p, &n)) return 0;
    if (s->size == 0) return struct_error(t, "cannot iteratively unpack with a struct of length 0");
    if (n % s->size) return struct_error(t, "iterative unpacking requires a buffer of a multiple of %zu bytes", s->size);
    Value list = list_new(n / s->size);
    for (size_t off = 0; off < n; off += s->size) {
        Value tup = unpack_buffer(t, s, (const unsigned char *)p + off);
        if (!tup || !list_append(t, list, tup)) return 0;
    }
    return obj_iter(t, list);
}

/* --- Struct objects ------------------------------------------------------------------------ */

static Value struct_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    (void)tp;
    static const ArgSpec spec = {"Struct", 0, 1, 1, 1, {"format"}};
    Value a[1];
    if (!args_bind(t, &spec, args, nargs, kw, a)) return 0;
    return struct_from_format(t, a[0]);
}

static Value st_pack(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "pack", kw)) return 0;
    return do_pack(t, AS_STRUCT(args[0]), args + 1, nargs - 1);
}

static Value st_pack_into(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "pack_into", kw)) return 0;
    return do_pack_into(t, AS_STRUCT(args[0]), args + 1, nargs - 1);
}

static Value st_unpack(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "unpack", nargs - 1, kw, 1, 1)) return 0;
    return do_unpack(t, AS_STRUCT(args[0]), args[1]);
}

static Value st_unpack_from(Task *t, const Value *args, size_t nargs, Value kw)
{
    return do_unpack_from(t, AS_STRUCT(args[0]), args + 1, nargs - 1, kw);
}

static Value st_iter_unpack(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "iter_unpack", nargs - 1, kw, 1, 1)) return 0;
    return do_iter_unpack(t, AS_STRUCT(args[0]), args[1]);
}

static Value st_get_format(Task *t, Value self) { (void)t; return AS_STRUCT(self)->format; }
static Value st_get_size(Task *t, Value self) { return int_from_i64(t, (int64_t)AS_STRUCT(self)->size); }

static const MethodDef struct_methods[] = {
    {"pack", st_pack, METH_PLAIN, "S.pack(v1, v2, ...) -> bytes"},
    {"pack_into", st_pack_into, METH_PLAIN, "S.pack_into(buffer, offset, v1, v2, ...)"},
    {"unpack", st_unpack, METH_PLAIN, "Return a tuple containing unpacked values."},
    {"unpack_from", st_unpack_from, METH_PLAIN, "Return a tuple containing unpacked values."},
    {"iter_unpack", st_iter_unpack, METH_PLAIN, "Return an iterator yielding tuples."},
    {NULL},
};

static const MemberDef struct_members[] = {
    {"format", st_get_format, NULL},
    {"size", st_get_size, NULL},
    {NULL, NULL, NULL},
};

Type struct_type = {
    .hdr = {&type_type}, .name = "_struct.Struct", .size = sizeof(StructObj), .flags = TF_BASETYPE,
    .new_ = struct_new, .methods = struct_methods, .members = struct_members,
};
REGISTER_TYPE(struct_type);

/* --- module functions: a format first ------------------------------------------------------ */

static StructObj *format_arg(Task *t, Value fmt)
{
    if (IS_TYPE(fmt, &struct_type)) return AS_STRUCT(fmt);
    Value s = struct_from_format(t, fmt);
    return s ? AS_STRUCT(s) : NULL;
}

static Value m_pack(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "pack", kw)) return 0;
    if (nargs < 1) return err_format(t, &exc_TypeError, "pack expected at least 1 argument, got 0");
    StructObj *s = format_arg(t, args[0]);
    return s ? do_pack(t, s, args + 1, nargs - 1) : 0;
}

static Value m_pack_into(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "pack_into", kw)) return 0;
    if (nargs < 1) return err_format(t, &exc_TypeError, "pack_into expected at least 1 argument, got 0");
    StructObj *s = format_arg(t, args[0]);
    return s ? do_pack_into(t, s, args + 1, nargs - 1) : 0;
}

static Value m_unpack(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "unpack", nargs, kw, 2, 2)) return 0;
    StructObj *s = format_arg(t, args[0]);
    return s ? do_unpack(t, s, args[1]) : 0;
}

static Value m_unpack_from(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs < 1) return err_format(t, &exc_TypeError, "unpack_from() missing required argument 'format' (pos 1)");
    StructObj *s = format_arg(t, args[0]);
    return s ? do_unpack_from(t, s, args + 1, nargs - 1, kw) : 0;
}

static Value m_iter_unpack(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "iter_unpack", nargs, kw, 2, 2)) return 0;
    StructObj *s = format_arg(t, args[0]);
    return s ? do_iter_unpack(t, s, args[1]) : 0;
}

static Value m_calcsize(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "calcsize", nargs, kw, 1, 1)) return 0;
    StructObj *s = format_arg(t, args[0]);
    return s ? int_from_i64(t, (int64_t)s->size) : 0;
}

static Value m_clearcache(Task *t, const Value *args, size_t nargs, Value kw)
{
    (void)args;
    if (!args_check(t, "_clearcache", nargs, kw, 0, 0)) return 0;
    return V_NONE;
}

static const MethodDef struct_functions[] = {
    {"pack", m_pack, METH_PLAIN, "pack(format, v1, v2, ...) -> bytes"},
    {"pack_into", m_pack_into, METH_PLAIN, "pack_into(format, buffer, offset, v1, v2, ...)"},
    {"unpack", m_unpack, METH_PLAIN, "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", m_unpack_from, METH_PLAIN, "Return a tuple containing values unpacked according to the format string."},
    {"iter_unpack", m_iter_unpack, METH_PLAIN, "Return an iterator yielding tuples unpacked from the given bytes."},
    {"calcsize", m_calcsize, METH_PLAIN, "Return size in bytes of the struct described by the format string."},
    {"_clearcache", m_clearcache, METH_PLAIN, "Clear the internal cache."},
    {NULL},
};

static bool struct_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    dict_set_cstr(d, "Struct", OBJ_VAL(&struct_type));
    Value ns = dict_new_value();
    dict_set_cstr(AS_DICT(ns), "__module__", str_from_cstr("struct"));
    Value cls = type_new_class(t, str_from_cstr("error"), tuple_pack(1, OBJ_VAL(&exc_Exception)), AS_DICT(ns), 0);
    if (!cls) return false;
    dict_set_cstr(d, "error", cls);
    return true;
}

const NativeModule struct_native_module = {"_struct", struct_functions, struct_init};
