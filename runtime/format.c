/* format.c - the glue between values and the pure formatting code in
 * fmtspec.c/numfmt.c: format() and __format__ of int, float and str,
 * ascii(), and printf-style `str % args` and `bytes % args`. */
#include <gc/gc.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "str.h"
#include "tuple.h"
#include "dict.h"
#include "names.h"
#include "int.h"
#include "floatobj.h"
#include "fmtspec.h"
#include "numfmt.h"
#include "format.h"
#include "slice.h"
#include "bytes.h"

/* Raises a formatting error text with the exception numfmt says. */
static Value fmt_error(Task *t, const char *err)
{
    NumfmtErrorKind k = numfmt_error_kind(err);
    if (k == NUMFMT_MEMORY_ERROR) return err_no_memory(t);
    return err_format(t, k == NUMFMT_OVERFLOW_ERROR ? &exc_OverflowError : &exc_ValueError, "%s", err);
}

/* format(v, spec) of the built-in int, float and str (exact types): the
 * text at (*out, *len). 1 done, 0 not one of them, -1 error raised. */
/* The digits of |v| (an int; neg: v < 0) in base, writable (for 'X'); NULL
 * when memory runs out. A small int's go into buf, of INT_SMALL_DIGITS_MAX
 * bytes: no GC string for the common case. */
static char *abs_digits(Value v, bool neg, int base, char *buf, size_t *nd)
{
    if (IS_SMALL(v)) {
        *nd = int_small_digits(SMALL_VAL(v), base, buf + INT_SMALL_DIGITS_MAX);
        return buf + INT_SMALL_DIGITS_MAX - *nd;
    }
    return big_to_str(neg ? big_neg(v) : v, base, nd);
}

/* str(x) of a small int's value x, appended without printf. */
static void sb_put_small(StrBuf *b, intptr_t x)
{
    char buf[INT_SMALL_DIGITS_MAX + 1];
    char *end = buf + sizeof buf;
    size_t n = int_small_digits(x, 10, end);
    if (x < 0) end[-(ptrdiff_t)++n] = '-';
    sb_put(b, end - n, n);
}

static int builtin_format(Task *t, Value v, const char *spec, size_t n, char **out, size_t *len)
{
    FmtSpec f;
    const char *err;
    if (IS_STR(v)) {
        if (!(err = fmtspec_parse(spec, n, FMT_STR, "str", &f)))
            err = fmtspec_format_str(&f, STR_DATA(v), STR_SIZE(v), out, len);
    } else if (IS_FLOAT(v)) {
        if (!(err = fmtspec_parse(spec, n, FMT_FLOAT, "float", &f)))
            err = fmtspec_format_float(&f, FLOAT_VAL(v), out, len);
    } else if (IS_SMALL(v) || IS_BIG(v)) {
        if ((err = fmtspec_parse(spec, n, FMT_INT, "int", &f))) goto fail;
        int base = fmtspec_int_base(&f);
        if (base == FMT_BASE_FLOAT) {
            double d;
            if (!int_as_double(t, v, &d)) return -1;
            err = fmtspec_format_float(&f, d, out, len);
        } else if (base == FMT_BASE_CHAR) {
            int64_t cp;
            if (!int_to_i64(v, &cp) || cp < 0 || cp > 0x10ffff) {
                err_format(t, &exc_OverflowError, "%%c arg not in range(0x110000)");
                return -1;
            }
            err = fmtspec_format_char(&f, (uint32_t)cp, out, len);
        } else {
            bool neg = big_sign(v) < 0;
            size_t nd;
            char buf[INT_SMALL_DIGITS_MAX];
            char *digits = abs_digits(v, neg, base, buf, &nd);
            if (!digits) {
                err_no_memory(t);
                return -1;
            }
            if (f.type == 'X')
                for (size_t i = 0; i < nd; i++)
                    if (digits[i] >= 'a') digits[i] -= 32;
            err = fmtspec_format_int(&f, neg, digits, nd, out, len);
        }
    } else {
        return 0;
    }
fail:
    if (err) {
        fmt_error(t, err);
        return -1;
    }
    return 1;
}

static Value format_builtin_value(Task *t, Value v, Value spec)
{
    char *out;
    size_t len;
    return builtin_format(t, v, STR_DATA(spec), STR_SIZE(spec), &out, &len) > 0 ? str_new(out, len) : 0;
}

Value str_format_spec(Task *t, Value s, Value spec) { return format_builtin_value(t, s, spec); }
Value int_format_spec(Task *t, Value n, Value spec) { return format_builtin_value(t, n, spec); }

Value float_format_spec(Task *t, double d, Value spec)
{
    Value f = float_new(t, d);
    return f ? format_builtin_value(t, f, spec) : 0;
}

Value obj_format(Task *t, Value v, Value spec)
{
    if (IS_STR(v) && STR_SIZE(spec) == 0) return v;
    char *out;
    size_t len;
    int r = builtin_format(t, v, STR_DATA(spec), STR_SIZE(spec), &out, &len);
    if (r) return r > 0 ? str_new(out, len) : 0;
    if (IS_BOOL(v) && STR_SIZE(spec) == 0) return obj_str(t, v);   /* int.__format__(True, '') is str(True) */
    bool found;
    Value res = call_special(t, v, NAME(__format__), &spec, 1, &found);
    if (!found) {
        /* object.__format__ */
        if (STR_SIZE(spec) == 0) return obj_str(t, v);
        return err_format(t, &exc_TypeError, "unsupported format string passed to %s.__format__", obj_type_name(v));
    }
    if (res && !HAS_FLAG(res, TF_STR))
        return err_format(t, &exc_TypeError, "__format__ must return a str, not %s", obj_type_name(res));
    return res;
}

bool obj_format_into(Task *t, StrBuf *b, Value v, const char *spec, size_t n)
{
    if (n == 0 && IS_STR(v)) {
        sb_putv(b, v);
        return true;
    }
    if (n == 0 && IS_SMALL(v)) {
        sb_put_small(b, SMALL_VAL(v));
        return true;
    }
    char *out;
    size_t len;
    int r = builtin_format(t, v, spec, n, &out, &len);
    if (r) {
        if (r > 0) sb_put(b, out, len);
        return r > 0;
    }
    Value specv = n ? str_new(spec, n) : str_empty();
    Value s = specv ? obj_format(t, v, specv) : 0;
    if (!s) return false;
    sb_putv(b, obj_unbox(s));
    return true;
}

/* ascii(): repr with every non-ASCII code point escaped. */
Value obj_ascii(Task *t, Value v)
{
    Value r = obj_repr(t, v);
    if (!r || STR_IS_ASCII(r)) return r;
    StrBuf b;
    sb_init(&b, STR_SIZE(r) + 16);
    const char *p = STR_DATA(r), *end = p + STR_SIZE(r);
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        if (c < 0x80) sb_putc(&b, (char)c);
        else if (c < 0x100) sb_printf(&b, "\\x%02x", c);
        else if (c < 0x10000) sb_printf(&b, "\\u%04x", c);
        else sb_printf(&b, "\\U%08x", c);
    }
    return sb_finish(&b);
}

/* --- str % args and bytes % args ------------------------------------------------------
 *
 * CPython's PyUnicode_Format and _PyBytes_FormatEx, sharing one scanner: the
 * conversions of numbers are the same; %s %r %a %c differ (bytes take
 * buffers, and pad and truncate by bytes). */

typedef struct PctArgs {
    Value args;            /* the right operand */
    Value cur;             /* what the next argument is when arglen < 0 */
    int64_t arglen, argidx;/* CPython's: -1/-2 for a single (or keyed) argument */
    Value dict;            /* the right operand when it is a mapping, else 0 */
    bool bytes;
} PctArgs;

static Value next_arg(Task *t, PctArgs *a)
{
    if (a->argidx < a->arglen) {
        int64_t i = a->argidx++;
        if (a->arglen < 0) return a->cur;
        return AS_TUPLE(obj_unbox(a->args))->items[i];
    }
    return err_format(t, &exc_TypeError, "not enough arguments for format string");
}

/* %s %r %a %c of str formatting: the text of one argument. */
static Value text_of(Task *t, uint32_t conv, Value v)
{
    switch (conv) {
    case 's': return obj_str(t, v);
    case 'r': return obj_repr(t, v);
    case 'a': return obj_ascii(t, v);
    default: break;
    }
    Value u = obj_unbox(v);
    if (IS_STR(u)) {
        if (STR_LEN(u) != 1) return err_format(t, &exc_TypeError, "%%c requires int or char");
        return u;
    }
    Value n = int_norm(v);
    if (!n) return err_format(t, &exc_TypeError, "%%c requires int or char");
    int64_t cp;
    if (!int_to_i64(n, &cp) || cp < 0 || cp > 0x10ffff)
        return err_format(t, &exc_OverflowError, "%%c arg not in range(0x110000)");
    return str_char((uint32_t)cp);
}

/* %s %b %r %a %c of bytes formatting: the bytes of one argument. */
static bool bytes_text_of(Task *t, uint32_t conv, Value v, const char **p, size_t *n)
{
    if (conv == 'r' || conv == 'a') {
        Value r = obj_ascii(t, v);
        if (!r) return false;
        *p = STR_DATA(r);
        *n = STR_SIZE(r);
        return true;
    }
    if (conv == 'c') {
        static const char bytevals[256] = {
#define B4(i) (char)(i), (char)(i + 1), (char)(i + 2), (char)(i + 3)
#define B16(i) B4(i), B4(i + 4), B4(i + 8), B4(i + 12)
#define B64(i) B16(i), B16(i + 16), B16(i + 32), B16(i + 48)
            B64(0), B64(64), B64(128), B64(192)
#undef B4
#undef B16
#undef B64
        };
        if (bytes_like(v) && bytes_size(v) == 1) {
            bytes_view(v, p, n);
            return true;
        }
        Value i = int_norm(v);
        if (!i) {
            err_format(t, &exc_TypeError, "%%c requires an integer in range(256) or a single byte");
            return false;
        }
        int64_t c;
        if (!int_to_i64(i, &c) || c < 0 || c > 255) {
            err_format(t, &exc_OverflowError, "%%c arg not in range(256)");
            return false;
        }
        *p = &bytevals[c];
        *n = 1;
        return true;
    }
    if (bytes_like(v)) {
        bytes_view(v, p, n);
        return true;
    }
    bool found;
    Value r = call_special(t, v, str_intern_cstr("__bytes__"), NULL, 0, &found);
    if (found) {
        if (!r) return false;
        if (!IS_BYTES(r)) {
            err_format(t, &exc_TypeError, "__bytes__ returned non-bytes (type %s)", obj_type_name(r));
            return false;
        }
        bytes_view(r, p, n);
        return true;
    }
    err_format(t, &exc_TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
               obj_type_name(v));
    return false;
}

/* The int of %d %i %u (int(), through __int__ or __index__) and of %o %x %X
 * (__index__ only). */
static Value int_of(Task *t, uint32_t conv, Value v, bool bytes)
{
    Value n = int_norm(v);
    if (n) return n;
    if (conv != 'x' && conv != 'X' && conv != 'o') {
        Value u = obj_unbox(v);
        if (IS_FLOAT(u)) return int_from_double(t, FLOAT_VAL(u));
        bool found;
        Value r = call_special(t, v, NAME(__int__), NULL, 0, &found);
        if (found) {
            if (!r) return 0;
            if ((n = int_norm(r))) return n;
            return err_format(t, &exc_TypeError, "__int__ returned non-int (type %s)", obj_type_name(r));
        }
    }
    if (index_like(v)) return obj_index(t, v);
    if (bytes && conv == 'i') conv = 'd';
    if (conv == 'x' || conv == 'X' || conv == 'o')
        return err_format(t, &exc_TypeError, "%%%c format: an integer is required, not %s", (int)conv, obj_type_name(v));
    return err_format(t, &exc_TypeError, "%%%c format: a real number is required, not %s", (int)conv, obj_type_name(v));
}

/* Bytes text padded to the width and cut to the precision, by bytes. */
static void put_padded_bytes(StrBuf *b, const FmtPrintf *p, const char *s, size_t n)
{
    if (p->prec >= 0 && p->conv != 'c' && (size_t)p->prec < n) n = (size_t)p->prec;
    size_t pad = p->width > 0 && (size_t)p->width > n ? (size_t)p->width - n : 0;
    if (!(p->flags & FMT_LJUST))
        for (size_t i = 0; i < pad; i++) sb_putc(b, ' ');
    sb_put(b, s, n);
    if (p->flags & FMT_LJUST)
        for (size_t i = 0; i < pad; i++) sb_putc(b, ' ');
}

static bool put_conversion(Task *t, StrBuf *b, FmtPrintf *p, Value v, bool bytes)
{
    char *out = NULL;
    size_t len = 0;
    const char *err;
    int base = fmtspec_printf_int_base(p->conv);
    if (p->width < 0 && p->prec < 0 && !bytes) {
        /* no padding, no truncation: straight into the buffer */
        if (p->conv == 's' && IS_STR(v)) {
            sb_putv(b, v);
            return true;
        }
        if ((p->conv == 'd' || p->conv == 'i' || p->conv == 'u') && IS_SMALL(v) && !(p->flags & (FMT_SIGN | FMT_BLANK))) {
            sb_put_small(b, SMALL_VAL(v));
            return true;
        }
    }
    if (p->conv < 128 && strchr("sracb", (int)p->conv)) {
        if (bytes) {
            const char *s;
            size_t n;
            if (!bytes_text_of(t, p->conv, v, &s, &n)) return false;
            put_padded_bytes(b, p, s, n);
            return true;
        }
        Value s = text_of(t, p->conv, v);
        if (!s) return false;
        err = fmtspec_printf_str(p, STR_DATA(s), STR_SIZE(s), &out, &len);
    } else if (base) {
        Value n = int_of(t, p->conv, v, bytes);
        if (!n) return false;
        bool neg = big_sign(n) < 0;
        size_t nd;
        char buf[INT_SMALL_DIGITS_MAX];
        char *digits = abs_digits(n, neg, base, buf, &nd);
        if (!digits) return err_no_memory(t);
        if (p->conv == 'X')
            for (size_t i = 0; i < nd; i++)
                if (digits[i] >= 'a') digits[i] -= 32;
        err = fmtspec_printf_int(p, neg, digits, nd, &out, &len);
    } else {
        double d;
        const char *not_real = bytes ? "float argument required, not %s" : "must be real number, not %s";
        if (!float_as_double_or(t, v, &d, not_real)) return false;
        err = fmtspec_printf_float(p, d, &out, &len);
    }
    if (err) {
        fmt_error(t, err);
        return false;
    }
    sb_put(b, out, len);
    return true;
}

/* "%(name)s": the mapping lookup of the key between the parentheses. */
static bool keyed_arg(Task *t, PctArgs *a, const char *fmt, size_t len, size_t *pos)
{
    if (!a->dict) {
        err_format(t, &exc_TypeError, "format requires a mapping");
        return false;
    }
    size_t start = ++*pos, depth = 1;
    while (*pos < len && depth) {
        if (fmt[*pos] == '(') depth++;
        else if (fmt[*pos] == ')') depth--;
        (*pos)++;
    }
    if (depth) {
        err_format(t, &exc_ValueError, "incomplete format key");
        return false;
    }
    Value key = a->bytes ? bytes_new(t, fmt + start, *pos - start - 1) : str_new(fmt + start, *pos - start - 1);
    Value v = key ? obj_getitem(t, a->dict, key) : 0;
    if (!v) return false;
    a->cur = v;
    a->arglen = -1;
    a->argidx = -2;
    return true;
}

static bool star_arg(Task *t, PctArgs *a, FmtPrintf *p, bool is_width)
{
    Value v = next_arg(t, a);
    if (!v) return false;
    Value n = int_norm(v);
    int64_t x;
    if (!n) {
        err_format(t, &exc_TypeError, "* wants int");
        return false;
    }
    if (!int_to_i64(n, &x) || x > INT32_MAX || x < INT32_MIN) {
        err_format(t, &exc_OverflowError, "Python int too large to convert to C int");
        return false;
    }
    fmtspec_printf_star(p, is_width, x);
    return true;
}

/* "unsupported format character": spec_start is where the flags of the
 * conversion begin, pos just past it. */
static void unsupported_conv(Task *t, const char *s, size_t len, size_t spec_start, size_t pos, bool bytes)
{
    if (!bytes) {
        /* the character is a code point, maybe of several bytes */
        const char *q = s + pos - 1;
        while (q > s && ((unsigned char)*q & 0xC0) == 0x80) q--;
        const char *c = q;
        uint32_t cp = utf8_decode(&c);
        err_format(t, &exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
                   cp >= 32 && cp < 127 ? (int)cp : '?', cp, utf8_count_prefix(s, q - s));
        return;
    }
    /* bytes: the byte after flags, width, precision and length modifier */
    size_t i = spec_start;
    while (i < len && strchr("-+ #0", s[i])) i++;
    bool digits = false;
    if (i < len && s[i] == '*') i++;
    else while (i < len && s[i] >= '0' && s[i] <= '9') i++, digits = true;
    if (i < len && s[i] == '.') {
        i++;
        digits = false;
        if (i < len && s[i] == '*') i++;
        else while (i < len && s[i] >= '0' && s[i] <= '9') i++, digits = true;
    }
    if (i < len && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++, digits = false;
    unsigned char c = (unsigned char)s[i];
    /* CPython reads the byte as a signed char (out of range for chr()),
       except just after the digits of a width or precision */
    if (c >= 0x80 && !digits) {
        err_format(t, &exc_OverflowError, "character argument not in range(0x110000)");
        return;
    }
    err_format(t, &exc_ValueError, "unsupported format character '%U' (0x%x) at index %zu", str_char(c), c, i);
}

/* Formats fmt[0..len) (UTF-8 for str, any bytes for bytes) into b. */
static bool percent(Task *t, StrBuf *b, const char *s, size_t len, Value args, bool bytes)
{
    PctArgs a = {args, args, -1, -2, 0, bytes};
    if (IS_TUPLE_LIKE(args)) {
        a.arglen = (int64_t)TUPLE_LEN(obj_unbox(args));
        a.argidx = 0;
    }
    if (TYPE_OF(args)->getitem && !IS_TUPLE_LIKE(args) && !HAS_FLAG(args, TF_STR) &&
        !(bytes && bytes_like(args)))
        a.dict = args;
    size_t pos = 0;
    while (pos < len) {
        const char *pct = memchr(s + pos, '%', len - pos);
        if (!pct) {
            sb_put(b, s + pos, len - pos);
            break;
        }
        sb_put(b, s + pos, pct - (s + pos));
        pos = pct - s + 1;
        if (pos < len && s[pos] == '%') {
            sb_putc(b, '%');
            pos++;
            continue;
        }
        if (pos < len && s[pos] == '(' && !keyed_arg(t, &a, s, len, &pos)) return false;
        size_t spec_start = pos;
        FmtPrintf p;
        const char *err = fmtspec_printf_parse(s, len, &pos, &p);
        if (err) {
            /* CPython takes the '*' arguments as it parses, before it finds the end */
            if (!strcmp(err, "incomplete format") && ((p.width == FMT_STAR && !star_arg(t, &a, &p, true)) ||
                                                      (p.prec == FMT_STAR && !star_arg(t, &a, &p, false))))
                return false;
            fmt_error(t, err);
            return false;
        }
        if (p.width == FMT_STAR && !star_arg(t, &a, &p, true)) return false;
        if (p.prec == FMT_STAR && !star_arg(t, &a, &p, false)) return false;
        Value v = next_arg(t, &a);
        if (!v) return false;
        const char *convs = bytes ? "sracbdiuoxXeEfFgG" : "sracdiuoxXeEfFgG";
        if (p.conv == 0 || p.conv >= 128 || !strchr(convs, (int)p.conv)) {
            unsupported_conv(t, s, len, spec_start, pos, bytes);
            return false;
        }
        if (!put_conversion(t, b, &p, v, bytes)) return false;
    }
    if (a.argidx < a.arglen && !a.dict) {
        err_format(t, &exc_TypeError, "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
        return false;
    }
    return true;
}

Value str_percent(Task *t, Value fmt, Value args)
{
    StrBuf b;
    sb_init(&b, STR_SIZE(fmt) + 16);
    if (!percent(t, &b, STR_DATA(fmt), STR_SIZE(fmt), args, false)) return 0;
    return sb_finish(&b);
}

Value bytes_percent(Task *t, const char *fmt, size_t len, Value args)
{
    StrBuf b;
    sb_init(&b, len + 16);
    if (!percent(t, &b, fmt, len, args, true)) return 0;
    return bytes_new(t, SB_DATA(&b), b.size);
}
