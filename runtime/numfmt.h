/* numfmt.h - doubles to text and back, byte for byte as CPython 3.11.
 *
 * Pure C: no object model, no global mutable state, the C locale assumed.
 * Returned strings are NUL-terminated, allocated with GC_MALLOC_ATOMIC and
 * returned with their byte length.  A function that can fail returns a
 * `const char *` error text (NULL on success): CPython's exact message, to be
 * raised as ValueError unless numfmt_error_kind() says otherwise.
 *
 * What the caller still does:
 *   - float(x) failure message: "could not convert string to float: %R";
 *   - round(x) with one argument: numfmt_round_int(), then int-from-double
 *     (which raises for inf/nan); round(x, n): clamp n to int64 first,
 *     as PyNumber_AsSsize_t clamps;
 *   - '%r' / '%s' / str() / repr() of a float all use numfmt_repr().
 */
#ifndef ATOLL_NUMFMT_H
#define ATOLL_NUMFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Room for any repr, float.hex() or shortest digit string, NUL included
 * ("-2.2250738585072014e-308" and "-0x1.fffffffffffffp+1023" need 25). */
#define NUMFMT_BUF_MAX 32

/* Which exception an error text stands for. */
typedef enum {
    NUMFMT_VALUE_ERROR,
    NUMFMT_OVERFLOW_ERROR,
    NUMFMT_MEMORY_ERROR,
} NumfmtErrorKind;

NumfmtErrorKind numfmt_error_kind(const char *msg);

/* The error texts that are not ValueErrors (compare by pointer, or use
 * numfmt_error_kind). */
extern const char numfmt_no_memory[];          /* MemoryError */
extern const char numfmt_round_overflow[];     /* OverflowError */
extern const char numfmt_fromhex_overflow[];   /* OverflowError */
extern const char numfmt_prec_too_large[];     /* OverflowError ('%' of ints) */

/* --- double -> text ---------------------------------------------------- */

/* repr(x) == str(x): the shortest digits that round-trip (Ryu), fixed
 * notation for decimal exponents in [-4, 16), else 'e' notation; 'inf',
 * '-inf', 'nan', '-0.0', '1.0'.  Writes buf, returns the length. */
size_t numfmt_repr_buf(double x, char buf[NUMFMT_BUF_MAX]);
char *numfmt_repr(double x, size_t *len);

/* The shortest round-tripping digits of |x| (x finite; 0 gives "0"), with
 * x == 0.DIGITS * 10^decpt.  Returns the digit count (1..17), NUL-terminated. */
int numfmt_shortest(double x, char digits[NUMFMT_BUF_MAX], int *decpt);

/* PyOS_double_to_string: code is 'e' 'E' 'f' 'F' 'g' 'G' (correctly rounded
 * to `precision`, which must be >= 0; 'g' treats 0 as 1) or 'r' (shortest,
 * precision ignored).  Upper-case codes spell INF/NAN and 'E'.  A negative
 * result starts with '-'; nan never does.  NULL only when out of memory. */
enum {
    NUMFMT_ADD_DOT_0 = 1,   /* integral fixed results get ".0"; 'g' switches to
                               'e' one digit earlier (format()'s no-type) */
    NUMFMT_ALT = 2,         /* '#': keep the point and 'g' trailing zeros */
    NUMFMT_NO_NEG_0 = 4,    /* 'z': a result that rounds to zero loses its '-' */
};
char *numfmt_format(double x, char code, int precision, unsigned flags,
                    size_t *len);

/* float.hex(x), e.g. '0x1.8000000000000p+1', '-0x0.0p+0', 'inf'. */
size_t numfmt_hex(double x, char buf[NUMFMT_BUF_MAX]);

/* --- text -> double ---------------------------------------------------- */

/* float(s): surrounding whitespace, sign, digits with single underscores
 * between digits, '.5', '5.', exponents, inf/infinity/nan in any case.
 * When is_str, s is UTF-8 str text: Unicode whitespace and Unicode decimal
 * digits count, as CPython maps them to ASCII first; otherwise s is bytes.
 * Correctly rounded; overflow gives +-inf.  Returns false when invalid. */
bool numfmt_parse_float(const char *s, size_t len, bool is_str, double *out);

/* float.fromhex(s).  Errors: "invalid hexadecimal floating-point string"
 * (ValueError), numfmt_fromhex_overflow (OverflowError). */
const char *numfmt_fromhex(const char *s, size_t len, double *out);

/* The value of a Unicode decimal digit (Nd), or -1. */
int numfmt_decimal_value(uint32_t cp);

/* Decodes the UTF-8 sequence at *p (p < end) and advances *p.  Lenient:
 * a malformed or truncated lead byte decodes as itself, one byte long. */
uint32_t numfmt_utf8_next(const unsigned char **p, const unsigned char *end);

/* --- rounding ---------------------------------------------------------- */

/* round(x): nearest integral double, halves to even; inf/nan unchanged. */
double numfmt_round_int(double x);

/* round(x, ndigits), correctly rounded half-even on the exact binary value;
 * inf/nan unchanged.  Error: numfmt_round_overflow (OverflowError). */
const char *numfmt_round(double x, int64_t ndigits, double *out);

#endif
