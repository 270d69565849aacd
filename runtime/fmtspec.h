/* fmtspec.h - the format-spec mini-language (format(), str.format,
 * f-strings) and the '%' conversions of numbers and strings, byte for byte
 * as CPython 3.11 (Python/formatter_unicode.c, Objects/unicodeobject.c).
 *
 * Pure C: no object model, no global mutable state, the C locale ('n' is
 * 'd' for ints and 'g' for floats, with no grouping).  Text is UTF-8; widths
 * and precisions count code points; the fill may be any code point.
 * Results are NUL-terminated, GC_MALLOC_ATOMIC'd, returned through
 * (*out, *outlen).  Every function returns NULL on success or CPython's error
 * text, to be raised as ValueError unless numfmt_error_kind() (numfmt.h)
 * says OverflowError or MemoryError.
 *
 * format(value, spec) for the built-in types:
 *
 *     FmtSpec f;
 *     err = fmtspec_parse(spec, len, FMT_INT, "int", &f);  // type name of value
 *     str:   fmtspec_format_str(&f, text, textlen, &out, &outlen)
 *     float: fmtspec_format_float(&f, x, &out, &outlen)
 *     int:   switch (fmtspec_int_base(&f)) {
 *            case FMT_BASE_FLOAT: convert to double (OverflowError "int too
 *                 large to convert to float" is the caller's), then
 *                 fmtspec_format_float;
 *            case FMT_BASE_CHAR: check 0 <= n <= 0x10ffff, else OverflowError
 *                 "%c arg not in range(0x110000)", then fmtspec_format_char;
 *            default: digits of |n| in that base, then fmtspec_format_int.
 *            }
 *
 * An empty spec is str(value): callers may short-cut it (CPython calls str()
 * for it, which matters for subclasses); formatting with the parsed empty
 * spec gives the same text for exact int, float and str.
 */
#ifndef ATOLL_FMTSPEC_H
#define ATOLL_FMTSPEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What is being formatted: decides the default type and alignment and which
 * checks apply.  bool formats as FMT_INT. */
typedef enum { FMT_STR, FMT_INT, FMT_FLOAT } FmtKind;

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
typedef struct FmtSpec {
    uint32_t fill;       /* code point, ' ' when not given */
    uint32_t type;       /* code point; the kind's default when not given:
                            's' for str, 'd' for int, 0 for float */
    int64_t width;       /* -1 when not given */
    int64_t precision;   /* -1 when not given */
    char align;          /* '<' '>' '^' '='; the kind's default when absent */
    char sign;           /* '+' '-' ' ', or 0 */
    char grouping;       /* ',' or '_', or 0 */
    bool no_neg_0;       /* 'z' */
    bool alternate;      /* '#' */
} FmtSpec;

/* Parses and validates a spec for a value of `kind` whose Python type name
 * (used in messages) is type_name: syntax, grouping against type, unknown
 * type codes, and the checks that need no value (sign, '#', '=', 'z' on
 * strings; precision, 'z', and 'c' with sign or '#' on ints). */
const char *fmtspec_parse(const char *spec, size_t len, FmtKind kind,
                          const char *type_name, FmtSpec *out);

/* For an int spec: the base the caller writes |n| in, or one of these. */
enum { FMT_BASE_FLOAT = -1, FMT_BASE_CHAR = 0 };
int fmtspec_int_base(const FmtSpec *spec);

/* An int: sign and the digits of |n| in fmtspec_int_base() (no prefix, no
 * sign; upper or lower case, 'X' upper-cases them). */
const char *fmtspec_format_int(const FmtSpec *spec, bool negative,
                               const char *digits, size_t ndigits,
                               char **out, size_t *outlen);

/* An int with type 'c': cp already checked to be <= 0x10ffff (a lone
 * surrogate is written as its 3-byte sequence). */
const char *fmtspec_format_char(const FmtSpec *spec, uint32_t cp,
                                char **out, size_t *outlen);

/* A float (or an int converted for types e E f F g G %). */
const char *fmtspec_format_float(const FmtSpec *spec, double x,
                                 char **out, size_t *outlen);

/* A str: fill/align/width and truncation to `precision` code points. */
const char *fmtspec_format_str(const FmtSpec *spec, const char *s, size_t len,
                               char **out, size_t *outlen);

/* --- '%' formatting (printf-style) ----------------------------------------
 *
 * The caller scans the format string, handles "%%", "%(key)", fetches the
 * arguments and reports "unsupported format character"/"not enough
 * arguments"; these pieces parse one conversion and render one value.
 */
enum {
    FMT_LJUST = 1,   /* '-' */
    FMT_SIGN = 2,    /* '+' */
    FMT_BLANK = 4,   /* ' ' */
    FMT_ALT = 8,     /* '#' */
    FMT_ZERO = 16,   /* '0' */
};
#define FMT_STAR (-2)   /* width or precision given as '*' */

typedef struct FmtPrintf {
    unsigned flags;
    int64_t width;       /* -1 when absent, FMT_STAR for '*' */
    int prec;            /* -1 when absent, FMT_STAR for '*' */
    uint32_t conv;       /* the conversion code point (not validated) */
} FmtPrintf;

/* Parses flags, width, precision, an ignored h/l/L and the conversion at
 * fmt[*pos] (just after '%' and any "(key)"); advances *pos past it.
 * Errors: "width too big", "precision too big", "incomplete format".
 * For '*' the caller takes the width argument, then the precision argument,
 * then the value, and stores them with fmtspec_printf_star(). */
const char *fmtspec_printf_parse(const char *fmt, size_t len, size_t *pos,
                                 FmtPrintf *out);

/* Stores a '*' argument as CPython does: a negative width means '-' and its
 * absolute value; a negative precision means 0.  prec_arg must fit an int
 * (else the caller raises CPython's int conversion error). */
void fmtspec_printf_star(FmtPrintf *p, bool is_width, int64_t value);

/* 'd' 'i' 'u' -> 10, 'o' -> 8, 'x' 'X' -> 16, anything else 0. */
int fmtspec_printf_int_base(uint32_t conv);

/* %d %i %u %o %x %X of an int: the digits of |n| in that base. */
const char *fmtspec_printf_int(const FmtPrintf *p, bool negative,
                               const char *digits, size_t ndigits,
                               char **out, size_t *outlen);

/* %e %E %f %F %g %G of a float (precision -1 means 6). */
const char *fmtspec_printf_float(const FmtPrintf *p, double x,
                                 char **out, size_t *outlen);

/* %s %r %a (truncated to the precision) and %c (not truncated): s is the
 * already converted text. */
const char *fmtspec_printf_str(const FmtPrintf *p, const char *s, size_t len,
                               char **out, size_t *outlen);

#endif
