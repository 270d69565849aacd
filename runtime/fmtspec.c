/* fmtspec.c - the format-spec mini-language and the '%' conversions, as
 * CPython 3.11 renders them.
 *
 * Three layers:
 *   - parsing: fmtspec_parse (parse_internal_render_format_spec plus the
 *     value-free checks of format_{string,long,float}_internal) and
 *     fmtspec_printf_parse (unicode_format_arg_parse without the arguments);
 *   - rendering: a str is [lpad] text [rpad]; a number is
 *       [lpad] [sign] [prefix] [spad] grouped-digits [.] [rest] [%] [rpad]
 *     (calc_number_widths / fill_number), where '=' alignment pads inside
 *     (spad) and zero padding with '=' happens inside the grouping;
 *   - '%' conversions: sign, prefix and fill placed by the rules of
 *     unicode_format_arg_output.
 * Every renderer sizes its result first, allocates it once, then writes.
 */
#include "fmtspec.h"

#include "numfmt.h"

#include <gc/gc.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Results longer than this many code points report MemoryError at once
 * (CPython would try, and spend minutes, before failing the same way). */
#define FMT_MAX_CHARS ((int64_t)1 << 32)

#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))

/* ======================================================================
 * Small helpers: UTF-8, fill characters, messages, allocation
 * ====================================================================== */

static int utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xc0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xe0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        out[2] = (char)(0x80 | (cp & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[3] = (char)(0x80 | (cp & 0x3f));
    return 4;
}

static bool is_continuation(char c)
{
    return ((unsigned char)c & 0xc0) == 0x80;
}

static size_t count_code_points(const char *s, size_t len)
{
    size_t n = 0;

    for (size_t i = 0; i < len; i++)
        n += !is_continuation(s[i]);
    return n;
}

/* The byte offset of code point number `n` (n <= the count). */
static size_t code_point_offset(const char *s, size_t len, size_t n)
{
    size_t i = 0;

    for (; i < len; i++)
        if (!is_continuation(s[i]) && n-- == 0)
            break;
    return i;
}

typedef struct {
    char bytes[4];
    int len;
} Fill;

static Fill fill_of(uint32_t cp)
{
    Fill f;

    f.len = utf8_encode(cp, f.bytes);
    return f;
}

static char *put_fill(char *p, const Fill *f, int64_t n)
{
    if (f->len == 1) {
        memset(p, f->bytes[0], (size_t)n);
        return p + n;
    }
    for (int64_t i = 0; i < n; i++, p += f->len)
        memcpy(p, f->bytes, (size_t)f->len);
    return p;
}

static char *put(char *p, const char *s, size_t n)
{
    memcpy(p, s, n);
    return p + n;
}

/* Allocates a result of `chars` code points taking `bytes` bytes. */
static char *alloc_result(int64_t chars, int64_t bytes)
{
    if (chars > FMT_MAX_CHARS || bytes < 0)
        return NULL;
    return GC_MALLOC_ATOMIC((size_t)bytes + 1);
}

static const char *finish(char *buf, char *end, char **out, size_t *outlen)
{
    *end = '\0';
    *out = buf;
    *outlen = (size_t)(end - buf);
    return NULL;
}

/* A GC-allocated message; the static `fallback` when out of memory. */
static const char *message(const char *fallback, const char *fmt, ...)
{
    va_list ap;
    char *buf;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !(buf = GC_MALLOC_ATOMIC((size_t)n + 1)))
        return fallback;
    va_start(ap, fmt);
    vsnprintf(buf, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return buf;
}

/* CPython's "%.200s" of a type name: at most 200 bytes, a cut character
 * decoding as U+FFFD. */
static const char *type_name_200(const char *name, char buf[204])
{
    size_t n = strlen(name), cut;

    if (n <= 200)
        return name;
    cut = 200;
    while (cut > 0 && is_continuation(name[cut]))
        cut--;
    memcpy(buf, name, cut);
    if (cut < 200)
        memcpy(buf + cut, "\xef\xbf\xbd", 4);
    else
        buf[cut] = '\0';
    return buf;
}

/* A type code as CPython quotes it: the character when printable ASCII,
 * else \x followed by its hex value. */
static const char *code_repr(uint32_t c, char buf[16])
{
    if (c > 32 && c < 128)
        snprintf(buf, 16, "%c", (char)c);
    else
        snprintf(buf, 16, "\\x%x", (unsigned)c);
    return buf;
}

/* ======================================================================
 * Parsing the mini-language
 * ====================================================================== */

typedef struct {
    const unsigned char *p, *end;
} Cursor;

static bool at(const Cursor *c, char ch)
{
    return c->p < c->end && *c->p == (unsigned char)ch;
}

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* get_integer: decimal digits (any Unicode Nd) into *value; returns the
 * digit count, or -1 when the value passes INT64_MAX. */
static int64_t read_integer(Cursor *c, int64_t *value)
{
    int64_t acc = 0, n = 0;

    while (c->p < c->end) {
        const unsigned char *save = c->p;
        int d = numfmt_decimal_value(numfmt_utf8_next(&c->p, c->end));
        if (d < 0) {
            c->p = save;
            break;
        }
        if (acc > (INT64_MAX - d) / 10)
            return -1;
        acc = acc * 10 + d;
        n++;
    }
    *value = acc;
    return n;
}

static const char too_many_digits[] = "Too many decimal digits in format string";
static const char both_separators[] = "Cannot specify both ',' and '_'.";

/* [[fill]align] */
static void parse_align(Cursor *c, FmtSpec *f, bool *fill_given)
{
    const unsigned char *p = c->p;
    uint32_t c0, c1 = 0;

    *fill_given = false;
    if (p == c->end)
        return;
    c0 = numfmt_utf8_next(&p, c->end);
    const unsigned char *after0 = p;
    if (p < c->end)
        c1 = numfmt_utf8_next(&p, c->end);
    if (after0 < c->end && is_align(c1)) {
        f->fill = c0;
        f->align = (char)c1;
        *fill_given = true;
        c->p = p;
    } else if (is_align(c0)) {
        f->align = (char)c0;
        c->p = after0;
    }
}

/* [,|_][.precision] */
static const char *parse_grouping_precision(Cursor *c, FmtSpec *f)
{
    int64_t n;

    if (at(c, ',')) {
        f->grouping = ',';
        c->p++;
    }
    if (at(c, '_')) {
        if (f->grouping)
            return both_separators;
        f->grouping = '_';
        c->p++;
    }
    if (at(c, ',') && f->grouping == '_')
        return both_separators;
    if (at(c, '.')) {
        c->p++;
        if ((n = read_integer(c, &f->precision)) < 0)
            return too_many_digits;
        if (n == 0)
            return "Format specifier missing precision";
    }
    return NULL;
}

/* The syntax, up to and including the type. */
static const char *parse_syntax(Cursor *c, FmtSpec *f, char default_align,
                                bool *invalid)
{
    bool fill_given;
    const char *err;
    int64_t n;

    parse_align(c, f, &fill_given);
    bool align_given = f->align != 0;
    if (at(c, '+') || at(c, '-') || at(c, ' '))
        f->sign = (char)*c->p++;
    if (at(c, 'z')) {
        f->no_neg_0 = true;
        c->p++;
    }
    if (at(c, '#')) {
        f->alternate = true;
        c->p++;
    }
    if (!fill_given && at(c, '0')) {
        f->fill = '0';
        if (!align_given && default_align == '>')
            f->align = '=';
        c->p++;
    }
    if (!f->align)
        f->align = default_align;
    if ((n = read_integer(c, &f->width)) < 0)
        return too_many_digits;
    if (n == 0)
        f->width = -1;
    if ((err = parse_grouping_precision(c, f)))
        return err;
    if (c->p < c->end) {
        const unsigned char *p = c->p;
        uint32_t type = numfmt_utf8_next(&p, c->end);
        if (p != c->end) {
            *invalid = true;
            return NULL;
        }
        f->type = type;
        c->p = p;
    }
    return NULL;
}

static bool type_allows_grouping(const FmtSpec *f)
{
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%':
    case 'F': case '\0':
        return true;
    case 'b': case 'o': case 'x': case 'X':
        return f->grouping == '_';
    default:
        return false;
    }
}

static bool kind_accepts(FmtKind kind, uint32_t type)
{
    switch (kind) {
    case FMT_STR:
        return type == 's';
    case FMT_INT:
        return type && type < 128 && strchr("bcdoxXneEfFgG%", (int)type);
    default:
        return type == 0 || (type < 128 && strchr("eEfFgGn%", (int)type));
    }
}

/* The checks of format_string_internal and format_long_internal. */
static const char *check_for_kind(FmtKind kind, const FmtSpec *f)
{
    if (kind == FMT_STR) {
        if (f->sign == ' ')
            return "Space not allowed in string format specifier";
        if (f->sign)
            return "Sign not allowed in string format specifier";
        if (f->no_neg_0)
            return "Negative zero coercion (z) not allowed in string format "
                   "specifier";
        if (f->alternate)
            return "Alternate form (#) not allowed in string format specifier";
        if (f->align == '=')
            return "'=' alignment not allowed in string format specifier";
        return NULL;
    }
    if (kind == FMT_FLOAT || fmtspec_int_base(f) == FMT_BASE_FLOAT)
        return NULL;
    if (f->precision != -1)
        return "Precision not allowed in integer format specifier";
    if (f->no_neg_0)
        return "Negative zero coercion (z) not allowed in integer format "
               "specifier";
    if (f->type == 'c' && f->sign)
        return "Sign not allowed with integer format specifier 'c'";
    if (f->type == 'c' && f->alternate)
        return "Alternate form (#) not allowed with integer format specifier "
               "'c'";
    return NULL;
}

const char *fmtspec_parse(const char *spec, size_t len, FmtKind kind,
                          const char *type_name, FmtSpec *f)
{
    static const char generic[] = "Invalid format specifier";
    Cursor c = { (const unsigned char *)spec,
                 (const unsigned char *)spec + len };
    char tbuf[204], cbuf[16];
    bool invalid = false;
    const char *err;

    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->width = f->precision = -1;
    f->type = kind == FMT_STR ? 's' : kind == FMT_INT ? 'd' : 0;
    if ((err = parse_syntax(&c, f, kind == FMT_STR ? '<' : '>', &invalid)))
        return err;
    if (invalid)
        return message(generic,
                       "Invalid format specifier '%.*s' for object of type "
                       "'%s'", (int)len, spec, type_name_200(type_name, tbuf));
    if (f->grouping && !type_allows_grouping(f))
        return message(generic, "Cannot specify '%c' with '%s'.", f->grouping,
                       code_repr(f->type, cbuf));
    if (!kind_accepts(kind, f->type))
        return message(generic, "Unknown format code '%s' for object of type "
                       "'%s'", code_repr(f->type, cbuf),
                       type_name_200(type_name, tbuf));
    return check_for_kind(kind, f);
}

int fmtspec_int_base(const FmtSpec *spec)
{
    switch (spec->type) {
    case 'b':
        return 2;
    case 'o':
        return 8;
    case 'x': case 'X':
        return 16;
    case 'c':
        return FMT_BASE_CHAR;
    case 'd': case 'n':
        return 10;
    default:
        return FMT_BASE_FLOAT;
    }
}

/* ======================================================================
 * Rendering: strings and numbers under a spec
 * ====================================================================== */

/* Splits npad fill characters for '<', '>' and '^' alignment. */
static void split_padding(int64_t npad, char align, int64_t *left,
                          int64_t *right)
{
    npad = MAX(npad, 0);
    *left = align == '>' ? npad : align == '^' ? npad / 2 : 0;
    *right = npad - *left;
}

const char *fmtspec_format_str(const FmtSpec *spec, const char *s, size_t len,
                               char **out, size_t *outlen)
{
    Fill fill = fill_of(spec->fill);
    int64_t chars = (int64_t)count_code_points(s, len), left, right;
    char *buf, *p;

    if (spec->width > FMT_MAX_CHARS)
        return numfmt_no_memory;
    if (spec->precision >= 0 && chars > spec->precision) {
        len = code_point_offset(s, len, (size_t)spec->precision);
        chars = spec->precision;
    }
    split_padding(spec->width - chars, spec->align, &left, &right);
    if (!(buf = alloc_result(chars + left + right,
                             (int64_t)len + (left + right) * fill.len)))
        return numfmt_no_memory;
    p = put_fill(buf, &fill, left);
    p = put(p, s, len);
    p = put_fill(p, &fill, right);
    return finish(buf, p, out, outlen);
}

/* A number cut into the pieces CPython lays out. */
typedef struct {
    char sign;               /* 0, '-', '+' or ' ' */
    const char *prefix;      /* "0x" etc., or "" */
    const char *digits;      /* integer-part digits (ASCII), grouped */
    int64_t ndigits;
    int case_fold;           /* 'X': upper-case the digits, 'x': lower */
    bool point;              /* a '.' after the digits */
    const char *rest;        /* fraction, exponent, inf/nan, the 'c' char */
    int64_t nrest, rest_chars;
    bool percent;            /* a '%' at the very end */
} Number;

typedef struct {
    int size;                /* digits per group, 0 for none */
    char sep;
    int64_t min_width;       /* zero-fill up to this many characters */
} Grouping;

static char fold_case(char c, int case_fold)
{
    if (case_fold == 'X' && c >= 'a' && c <= 'z')
        return (char)(c - 'a' + 'A');
    if (case_fold == 'x' && c >= 'A' && c <= 'Z')
        return (char)(c - 'A' + 'a');
    return c;
}

/* One group, written right to left ending at *end when end is not NULL. */
static int64_t put_group(char **end, const Number *n, int64_t *remaining,
                         int64_t len, bool sep, char sep_char)
{
    int64_t zeros = MAX(0, len - *remaining);
    int64_t chars = MAX(0, MIN(*remaining, len));

    if (end) {
        char *p = *end;
        if (sep)
            *--p = sep_char;
        for (int64_t i = 0; i < chars; i++)
            *--p = fold_case(n->digits[*remaining - 1 - i], n->case_fold);
        memset(p - zeros, '0', (size_t)zeros);
        *end = p - zeros;
    }
    *remaining -= chars;
    return sep + zeros + chars;
}

/* _PyUnicode_InsertThousandsGrouping: groups from the right, padded with
 * zeros (and separators) until min_width is reached.  Counts, and writes
 * backwards from `end` when it is not NULL. */
static int64_t group_digits(char *end, const Number *n, Grouping g)
{
    int64_t remaining = n->ndigits, count = 0;
    int64_t min_width = MAX(g.min_width, 0);
    bool sep = false;

    if (g.size > 0) {
        for (;;) {
            int64_t len = MIN(g.size, MAX(MAX(remaining, min_width), 1));
            count += put_group(end ? &end : NULL, n, &remaining, len, sep,
                               g.sep);
            sep = true;
            min_width -= len;
            if (remaining <= 0 && min_width <= 0)
                return count;
            min_width -= 1;
        }
    }
    return put_group(end ? &end : NULL, n, &remaining,
                     MAX(MAX(remaining, min_width), 1), false, 0);
}

static Grouping grouping_of(const FmtSpec *spec)
{
    Grouping g = { 0, 0, 0 };

    if (spec->grouping && spec->type != 'n') {
        g.sep = spec->grouping;
        uint32_t t = spec->type;
        bool pow2 = t == 'b' || t == 'o' || t == 'x' || t == 'X';
        g.size = g.sep == '_' && pow2 ? 4 : 3;
    }
    return g;
}

/* calc_number_widths + fill_number. */
static const char *emit_number(const FmtSpec *spec, const Number *n,
                               char **out, size_t *outlen)
{
    Fill fill = fill_of(spec->fill);
    Grouping g = grouping_of(spec);
    int64_t nprefix = (int64_t)strlen(n->prefix);
    int64_t fixed = (n->sign != 0) + nprefix + n->point + n->rest_chars +
                    n->percent;
    int64_t left = 0, inner = 0, right = 0, grouped = 0;

    if (spec->width > FMT_MAX_CHARS)
        return numfmt_no_memory;
    if (spec->fill == '0' && spec->align == '=')
        g.min_width = spec->width - fixed;
    if (n->ndigits)
        grouped = group_digits(NULL, n, g);
    int64_t npad = MAX(spec->width - (fixed + grouped), 0);
    if (spec->align == '=')
        inner = npad;
    else
        split_padding(npad, spec->align, &left, &right);
    int64_t chars = npad + fixed + grouped;
    int64_t bytes = chars - npad - n->rest_chars + n->nrest + npad * fill.len;
    char *buf = alloc_result(chars, bytes), *p;
    if (!buf)
        return numfmt_no_memory;
    p = put_fill(buf, &fill, left);
    if (n->sign)
        *p++ = n->sign;
    p = put(p, n->prefix, (size_t)nprefix);
    p = put_fill(p, &fill, inner);
    if (n->ndigits)
        group_digits(p + grouped, n, g);
    p += grouped;
    if (n->point)
        *p++ = '.';
    p = put(p, n->rest, (size_t)n->nrest);
    if (n->percent)
        *p++ = '%';
    p = put_fill(p, &fill, right);
    return finish(buf, p, out, outlen);
}

static char sign_char(char spec_sign, bool negative)
{
    if (negative)
        return '-';
    return spec_sign == '+' || spec_sign == ' ' ? spec_sign : 0;
}

const char *fmtspec_format_int(const FmtSpec *spec, bool negative,
                               const char *digits, size_t ndigits,
                               char **out, size_t *outlen)
{
    int t = (int)spec->type;
    Number n = { 0 };

    n.sign = sign_char(spec->sign, negative);
    n.prefix = !spec->alternate ? "" : t == 'b' ? "0b" : t == 'o' ? "0o"
             : t == 'x' ? "0x" : t == 'X' ? "0X" : "";
    n.digits = digits;
    n.ndigits = (int64_t)ndigits;
    n.case_fold = t == 'x' || t == 'X' ? t : 0;
    n.rest = "";
    return emit_number(spec, &n, out, outlen);
}

const char *fmtspec_format_char(const FmtSpec *spec, uint32_t cp,
                                char **out, size_t *outlen)
{
    char utf8[4];
    Number n = { 0 };

    n.prefix = "";
    n.digits = "";
    n.rest = utf8;
    n.nrest = utf8_encode(cp, utf8);
    n.rest_chars = 1;
    return emit_number(spec, &n, out, outlen);
}

/* Splits numfmt's text "[-]digits[.rest]" into n. */
static void split_float_text(const char *s, size_t len, Number *n)
{
    const char *end = s + len, *p = s;

    n->sign = 0;
    if (p < end && *p == '-') {
        n->sign = '-';
        p++;
    }
    n->digits = p;
    while (p < end && *p >= '0' && *p <= '9')
        p++;
    n->ndigits = p - n->digits;
    n->point = p < end && *p == '.';
    p += n->point;
    n->rest = p;
    n->nrest = n->rest_chars = end - p;
}

const char *fmtspec_format_float(const FmtSpec *spec, double x,
                                 char **out, size_t *outlen)
{
    int64_t precision = spec->precision;
    int default_precision = 6;
    unsigned flags = 0;
    char type = (char)spec->type;
    Number n = { 0 };
    size_t len;
    char *s;

    if (precision > INT_MAX)
        return "precision too big";
    if (spec->alternate)
        flags |= NUMFMT_ALT;
    if (spec->no_neg_0)
        flags |= NUMFMT_NO_NEG_0;
    if (type == '\0') {
        flags |= NUMFMT_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        x *= 100;
        n.percent = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    if (!(s = numfmt_format(x, type, (int)precision, flags, &len)))
        return numfmt_no_memory;
    split_float_text(s, len, &n);
    n.sign = sign_char(spec->sign, n.sign == '-');
    n.prefix = "";
    return emit_number(spec, &n, out, outlen);
}

/* ======================================================================
 * '%' formatting
 * ====================================================================== */

/* Digits with CPython's overflow checks; -1 when past `max`. */
static int64_t printf_number(const char **pp, const char *end, int64_t max)
{
    int64_t v = 0;

    for (; *pp < end && **pp >= '0' && **pp <= '9'; (*pp)++) {
        int d = **pp - '0';
        if (v > (max - d) / 10)
            return -1;
        v = v * 10 + d;
    }
    return v;
}

const char *fmtspec_printf_parse(const char *fmt, size_t len, size_t *pos,
                                 FmtPrintf *o)
{
    static const char flag_chars[] = "-+ #0";
    static const unsigned flag_bits[] = { FMT_LJUST, FMT_SIGN, FMT_BLANK,
                                          FMT_ALT, FMT_ZERO };
    const char *p = fmt + *pos, *end = fmt + len, *f;

    o->flags = 0;
    o->width = o->prec = -1;
    for (; p < end && *p && (f = strchr(flag_chars, *p)); p++)
        o->flags |= flag_bits[f - flag_chars];
    if (p < end && *p == '*') {
        o->width = FMT_STAR;
        p++;
    } else if ((o->width = printf_number(&p, end, INT64_MAX)) < 0) {
        return "width too big";
    } else if (o->width == 0) {
        o->width = -1;     /* '0' is a flag, so a width never starts with 0 */
    }
    if (p < end && *p == '.') {
        p++;
        o->prec = 0;
        if (p < end && *p == '*') {
            o->prec = FMT_STAR;
            p++;
        } else {
            int64_t v = printf_number(&p, end, INT_MAX);
            if (v < 0)
                return "precision too big";
            o->prec = (int)v;
        }
    }
    if (p < end && (*p == 'h' || *p == 'l' || *p == 'L'))
        p++;
    if (p == end)
        return "incomplete format";
    const unsigned char *u = (const unsigned char *)p;
    o->conv = numfmt_utf8_next(&u, (const unsigned char *)end);
    *pos = (size_t)((const char *)u - fmt);
    return NULL;
}

void fmtspec_printf_star(FmtPrintf *p, bool is_width, int64_t value)
{
    if (!is_width) {
        p->prec = value < 0 ? 0 : (int)value;
    } else if (value < 0) {
        p->flags |= FMT_LJUST;
        p->width = value == INT64_MIN ? INT64_MAX : -value;
    } else {
        p->width = value;
    }
}

int fmtspec_printf_int_base(uint32_t conv)
{
    switch (conv) {
    case 'd': case 'i': case 'u':
        return 10;
    case 'o':
        return 8;
    case 'x': case 'X':
        return 16;
    default:
        return 0;
    }
}

/* unicode_format_arg_output for numbers: sign and prefix go before zero
 * fill and after space fill; '-' pads with spaces on the right. */
static const char *emit_printf_number(const FmtPrintf *pf, char sign,
                                      const char *prefix, int64_t zeros,
                                      const char *body, int64_t nbody,
                                      int case_fold, char **out,
                                      size_t *outlen)
{
    int64_t nprefix = (int64_t)strlen(prefix);
    int64_t content = (sign != 0) + nprefix + zeros + nbody;
    int64_t pad = MAX(pf->width - content, 0);
    bool ljust = pf->flags & FMT_LJUST, zero = pf->flags & FMT_ZERO;
    char *buf = alloc_result(content + pad, content + pad), *p;

    if (!buf)
        return numfmt_no_memory;
    p = buf;
    if (!ljust && !zero) {
        memset(p, ' ', (size_t)pad);
        p += pad;
    }
    if (sign)
        *p++ = sign;
    p = put(p, prefix, (size_t)nprefix);
    if (!ljust && zero) {
        memset(p, '0', (size_t)pad);
        p += pad;
    }
    memset(p, '0', (size_t)zeros);
    p += zeros;
    for (int64_t i = 0; i < nbody; i++)
        *p++ = fold_case(body[i], case_fold);
    if (ljust) {
        memset(p, ' ', (size_t)pad);
        p += pad;
    }
    return finish(buf, p, out, outlen);
}

static char printf_sign(const FmtPrintf *pf, bool negative)
{
    if (negative)
        return '-';
    if (pf->flags & FMT_SIGN)
        return '+';
    return pf->flags & FMT_BLANK ? ' ' : 0;
}

const char *fmtspec_printf_int(const FmtPrintf *pf, bool negative,
                               const char *digits, size_t ndigits,
                               char **out, size_t *outlen)
{
    const char *prefix = "";
    int64_t zeros;

    if (pf->prec > INT_MAX - 3)
        return numfmt_prec_too_large;
    if (pf->flags & FMT_ALT)
        prefix = pf->conv == 'o' ? "0o" : pf->conv == 'x' ? "0x"
               : pf->conv == 'X' ? "0X" : "";
    zeros = MAX((int64_t)pf->prec - (int64_t)ndigits, 0);
    return emit_printf_number(pf, printf_sign(pf, negative), prefix, zeros,
                              digits, (int64_t)ndigits,
                              pf->conv == 'x' || pf->conv == 'X'
                                  ? (int)pf->conv : 0,
                              out, outlen);
}

const char *fmtspec_printf_float(const FmtPrintf *pf, double x,
                                 char **out, size_t *outlen)
{
    size_t len;
    char *s = numfmt_format(x, (char)pf->conv, pf->prec < 0 ? 6 : pf->prec,
                            pf->flags & FMT_ALT ? NUMFMT_ALT : 0, &len);
    bool negative;

    if (!s)
        return numfmt_no_memory;
    negative = s[0] == '-';
    return emit_printf_number(pf, printf_sign(pf, negative), "", 0,
                              s + negative, (int64_t)len - negative, 0,
                              out, outlen);
}

const char *fmtspec_printf_str(const FmtPrintf *pf, const char *s, size_t len,
                               char **out, size_t *outlen)
{
    FmtSpec spec;

    memset(&spec, 0, sizeof spec);
    spec.fill = ' ';
    spec.align = pf->flags & FMT_LJUST ? '<' : '>';
    spec.width = pf->width;
    spec.precision = pf->conv == 's' || pf->conv == 'r' || pf->conv == 'a'
                         ? pf->prec : -1;
    return fmtspec_format_str(&spec, s, len, out, outlen);
}
