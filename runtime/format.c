/* format.c - the glue between values and the pure formatting code in
 * fmtspec.c/numfmt.c: format() and __format__ of int, float and str,
 * ascii(), and printf-style `str % args`. */
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

/* Raises a formatting error text with the exception numfmt says. */
static Value fmt_error(Task *t, const char *err)
{
    NumfmtErrorKind k = numfmt_error_kind(err);
    if (k == NUMFMT_MEMORY_ERROR) return err_no_memory(t);
    return err_format(t, k == NUMFMT_OVERFLOW_ERROR ? &exc_OverflowError : &exc_ValueError, "%s", err);
}

static Value result(Task *t, const char *err, char *out, size_t len)
{
    return err ? fmt_error(t, err) : str_new(out, len);
}

Value str_format_spec(Task *t, Value s, Value spec)
{
    FmtSpec f;
    const char *err = fmtspec_parse(STR_DATA(spec), STR_SIZE(spec), FMT_STR, "str", &f);
    if (err) return fmt_error(t, err);
    char *out;
    size_t len;
    err = fmtspec_format_str(&f, STR_DATA(s), STR_SIZE(s), &out, &len);
    return result(t, err, out, len);
}

Value float_format_spec(Task *t, double d, Value spec)
{
    FmtSpec f;
    const char *err = fmtspec_parse(STR_DATA(spec), STR_SIZE(spec), FMT_FLOAT, "float", &f);
    if (err) return fmt_error(t, err);
    char *out;
    size_t len;
    err = fmtspec_format_float(&f, d, &out, &len);
    return result(t, err, out, len);
}

Value int_format_spec(Task *t, Value n, Value spec)
{
    FmtSpec f;
    const char *err = fmtspec_parse(STR_DATA(spec), STR_SIZE(spec), FMT_INT, "int", &f);
    if (err) return fmt_error(t, err);
    char *out;
    size_t len;
    int base = fmtspec_int_base(&f);
    if (base == FMT_BASE_FLOAT) {
        double d;
        if (!int_as_double(t, n, &d)) return 0;
        err = fmtspec_format_float(&f, d, &out, &len);
    } else if (base == FMT_BASE_CHAR) {
        int64_t cp;
        if (!int_to_i64(n, &cp) || cp < 0 || cp > 0x10ffff)
            return err_format(t, &exc_OverflowError, "%%c arg not in range(0x110000)");
        err = fmtspec_format_char(&f, (uint32_t)cp, &out, &len);
    } else {
        bool neg = big_sign(n) < 0;
        size_t nd;
        char *digits = big_to_str(neg ? big_neg(n) : n, base, &nd);
        if (!digits) return err_no_memory(t);
        if (f.type == 'X')
            for (size_t i = 0; i < nd; i++)
                if (digits[i] >= 'a') digits[i] -= 32;
        err = fmtspec_format_int(&f, neg, digits, nd, &out, &len);
    }
    return result(t, err, out, len);
}

Value obj_format(Task *t, Value v, Value spec)
{
    if (IS_STR(v)) return STR_SIZE(spec) ? str_format_spec(t, v, spec) : v;
    if (IS_SMALL(v) || IS_BIG(v)) return int_format_spec(t, v, spec);
    if (IS_FLOAT(v)) return float_format_spec(t, FLOAT_VAL(v), spec);
    bool found;
    Value r = call_special(t, v, NAME(__format__), &spec, 1, &found);
    if (!found) {
        /* object.__format__ */
        if (STR_SIZE(spec) == 0) return obj_str(t, v);
        return err_format(t, &exc_TypeError, "unsupported format string passed to %s.__format__", obj_type_name(v));
    }
    if (r && !HAS_FLAG(r, TF_STR))
        return err_format(t, &exc_TypeError, "__format__ must return a str, not %s", obj_type_name(r));
    return r;
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

/* --- str % args ------------------------------------------------------------------- */

typedef struct PctArgs {
    Value args;            /* the right operand */
    const Value *items;    /* tuple items, or the single argument */
    size_t n, next;
    bool mapping;
} PctArgs;

static Value next_arg(Task *t, PctArgs *a)
{
    if (a->next >= a->n) return err_format(t, &exc_TypeError, "not enough arguments for format string");
    return a->items[a->next++];
}

/* %s %r %a %c: the text of one argument. */
static Value text_of(Task *t, uint32_t conv, Value v)
{
    switch (conv) {
    case 's': return obj_str(t, v);
    case 'r': return obj_repr(t, v);
    case 'a': return obj_ascii(t, v);
    default: break;
    }
    if (IS_STR(v)) {
        if (STR_LEN(v) != 1) return err_format(t, &exc_TypeError, "%%c requires int or char");
        return v;
    }
    Value n = int_norm(v);
    if (!n) return err_format(t, &exc_TypeError, "%%c requires int or char");
    int64_t cp;
    if (!int_to_i64(n, &cp) || cp < 0 || cp > 0x10ffff)
        return err_format(t, &exc_OverflowError, "%%c arg not in range(0x110000)");
    return str_char((uint32_t)cp);
}

static Value number_of(Task *t, uint32_t conv, Value v, bool want_int)
{
    Value n = int_norm(v);
    if (n) return n;
    if (IS_FLOAT(v)) return want_int ? int_from_double(t, FLOAT_VAL(v)) : v;
    Value u = obj_unbox(v);
    if (u != v && (IS_FLOAT(u))) return want_int ? int_from_double(t, FLOAT_VAL(u)) : u;
    bool found;
    Value r = call_special(t, v, want_int ? NAME(__int__) : NAME(__float__), NULL, 0, &found);
    if (found) return r;
    if (want_int && (conv == 'x' || conv == 'X' || conv == 'o'))
        return err_format(t, &exc_TypeError, "%%%c format: an integer is required, not %s", (int)conv, obj_type_name(v));
    return err_format(t, &exc_TypeError, "%%%c format: a real number is required, not %s", (int)conv, obj_type_name(v));
}

static bool put_conversion(Task *t, StrBuf *b, FmtPrintf *p, Value v)
{
    char *out = NULL;
    size_t len = 0;
    const char *err;
    int base = fmtspec_printf_int_base(p->conv);
    if (strchr("srac", (int)p->conv) && p->conv < 128) {
        Value s = text_of(t, p->conv, v);
        if (!s) return false;
        err = fmtspec_printf_str(p, STR_DATA(s), STR_SIZE(s), &out, &len);
    } else if (base) {
        Value n = number_of(t, p->conv, v, true);
        if (!n) return false;
        bool neg = big_sign(n) < 0;
        size_t nd;
        char *digits = big_to_str(neg ? big_neg(n) : n, base, &nd);
        if (p->conv == 'X')
            for (size_t i = 0; i < nd; i++)
                if (digits[i] >= 'a') digits[i] -= 32;
        err = fmtspec_printf_int(p, neg, digits, nd, &out, &len);
    } else if (p->conv < 128 && strchr("eEfFgG", (int)p->conv)) {
        Value x = number_of(t, p->conv, v, false);
        double d;
        if (!x || float_operand(t, x, &d) <= 0) return false;
        err = fmtspec_printf_float(p, d, &out, &len);
    } else {
        Value c = str_char(p->conv);
        err_format(t, &exc_ValueError, "unsupported format character '%U' (0x%x) at index %zu", c, p->conv, (size_t)0);
        return false;
    }
    if (err) {
        fmt_error(t, err);
        return false;
    }
    sb_put(b, out, len);
    return true;
}

/* "%(name)s": the mapping lookup of the key between the parentheses. */
static Value keyed_arg(Task *t, PctArgs *a, const char *fmt, size_t len, size_t *pos)
{
    if (!a->mapping) return err_format(t, &exc_TypeError, "format requires a mapping");
    size_t start = ++*pos, depth = 1;
    while (*pos < len && depth) {
        if (fmt[*pos] == '(') depth++;
        else if (fmt[*pos] == ')') depth--;
        (*pos)++;
    }
    if (depth) return err_format(t, &exc_ValueError, "incomplete format key");
    Value key = str_new(fmt + start, *pos - start - 1);
    return obj_getitem(t, a->args, key);
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

Value str_percent(Task *t, Value fmt, Value args)
{
    PctArgs a = {args, &a.args, 1, 0, false};
    if (IS_TUPLE_LIKE(args)) {
        Value u = obj_unbox(args);
        a.items = AS_TUPLE(u)->items;
        a.n = TUPLE_LEN(u);
    } else if (TYPE_OF(args)->getitem && !HAS_FLAG(args, TF_STR) && !HAS_FLAG(args, TF_TUPLE)) {
        a.mapping = true;
    }
    const char *s = STR_DATA(fmt);
    size_t len = STR_SIZE(fmt), pos = 0;
    StrBuf b;
    sb_init(&b, len + 16);
    while (pos < len) {
        const char *pct = memchr(s + pos, '%', len - pos);
        if (!pct) {
            sb_put(&b, s + pos, len - pos);
            break;
        }
        sb_put(&b, s + pos, pct - (s + pos));
        pos = pct - s + 1;
        if (pos < len && s[pos] == '%') {
            sb_putc(&b, '%');
            pos++;
            continue;
        }
        Value keyed = 0;
        if (pos < len && s[pos] == '(') {
            keyed = keyed_arg(t, &a, s, len, &pos);
            if (!keyed) return 0;
        }
        FmtPrintf p;
        size_t start = pos;
        const char *err = fmtspec_printf_parse(s, len, &pos, &p);
        if (err) return fmt_error(t, err);
        if (p.width == FMT_STAR && !star_arg(t, &a, &p, true)) return 0;
        if (p.prec == FMT_STAR && !star_arg(t, &a, &p, false)) return 0;
        Value v = keyed ? keyed : next_arg(t, &a);
        if (!v) return 0;
        if (p.conv >= 128 || !strchr("sracdiuoxXeEfFgG", (int)p.conv)) {
            Value c = str_char(p.conv);
            return err_format(t, &exc_ValueError, "unsupported format character '%U' (0x%x) at index %zu",
                              c, p.conv, (size_t)utf8_count_prefix(s, pos - 1));
        }
        (void)start;
        if (!put_conversion(t, &b, &p, v)) return 0;
    }
    if (!a.mapping && a.next < a.n)
        return err_format(t, &exc_TypeError, "not all arguments converted during string formatting");
    return sb_finish(&b);
}
