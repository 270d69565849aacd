/* bignum.h - arbitrary-precision integer arithmetic.
 *
 * An int Value is either a tagged small int (value.h) or a pointer to an
 * IntObj. Canonical form: a value that fits in a small int is ALWAYS tagged,
 * so an IntObj never holds a small value and equal ints have equal
 * representations class by class. Every function here returns canonical
 * values. IntObj is allocated pointer-free (GC_MALLOC_ATOMIC): limbs are
 * 64-bit, little-endian, magnitude plus sign (size = sign * limb count).
 *
 * This layer knows no Task and raises nothing: callers check preconditions
 * (a zero divisor, a negative shift) and raise the Python exceptions. A
 * function that allocates returns 0 when memory runs out. */
#ifndef ATOLL_BIGNUM_H
#define ATOLL_BIGNUM_H

#include "value.h"

typedef uint64_t Limb;

typedef struct IntObj {
    Obj hdr;
    int64_t size;     /* sign * number of limbs; never 0 (zero is small) */
    Limb d[];
} IntObj;

extern Type int_type;

#define IS_BIG(v) (!IS_SMALL(v) && AS_OBJ(v)->type == &int_type)

/* All functions below take canonical int Values (small or IntObj), may be
 * called from any thread at once (no shared mutable state), and return
 * canonical Values; a Value result of 0 means memory ran out. */

/* ---- construction and conversion (bignum.c) ---- */

/* The int equal to n. */
Value big_from_i64(int64_t n);
/* The int equal to n. */
Value big_from_u64(uint64_t n);
/* int(d): truncates toward zero. d must be finite (the caller raises for
 * inf/nan). */
Value big_from_double(double d);
/* True and *out = v when v fits int64_t; false otherwise. */
bool big_to_i64(Value v, int64_t *out);
/* True and *out = v when 0 <= v < 2**64; false otherwise. */
bool big_to_u64(Value v, uint64_t *out);
/* float(v), correctly rounded (half to even) as CPython; sets *overflow
 * (and returns +-HUGE_VAL) when the result would not be finite. */
double big_to_double(Value v, bool *overflow);
/* v = m * 2**e with 0.5 <= |m| < 1 (m = 0, *e = 0 for zero); m is v's top
 * 53 bits, correctly rounded. For math.log and friends on huge ints. */
double big_frexp(Value v, int64_t *e);
/* a / b (b != 0), correctly rounded as CPython's int true division; sets
 * *overflow when the quotient is too large for a double. Underflow gives a
 * signed zero (as does running out of memory, which needs huge operands). */
double big_true_div(Value a, Value b, bool *overflow);
/* Exact comparison of v with a double that is not NaN (-1, 0, 1), for
 * int/float comparisons; infinities compare beyond every int. */
int big_cmp_double(Value v, double d);

/* ---- arithmetic (bignum.c) ---- */

/* a + b */
Value big_add(Value a, Value b);
/* a - b */
Value big_sub(Value a, Value b);
/* a * b (Karatsuba above ~32 limbs; a == b squares) */
Value big_mul(Value a, Value b);
/* -a */
Value big_neg(Value a);
/* abs(a) */
Value big_abs(Value a);
/* Python's divmod for b != 0: *q = a // b (floor), *r = a % b (sign of b).
 * Either pointer may be NULL. False (outputs unspecified) when memory ran
 * out. */
bool big_divmod(Value a, Value b, Value *q, Value *r);
/* a // b, b != 0 */
Value big_floordiv(Value a, Value b);
/* a % b, b != 0 */
Value big_mod(Value a, Value b);

/* ---- powers and number theory (bignum_nt.c) ---- */

/* base ** exp for exp >= 0. The caller bounds the result size (about
 * bit_length(base) * exp bits); an exponent too large to compute returns 0
 * unless base is 0, 1 or -1. */
Value big_pow(Value base, Value exp);
/* pow(base, exp, mod) for mod != 0, the result with mod's sign (0 for
 * |mod| == 1). A negative exp first inverts base modulo mod: when base is not
 * invertible it returns false and leaves *out alone (the caller raises
 * "base is not invertible for the given modulus"). Otherwise true, with *out
 * the result or 0 when memory ran out. */
bool big_powmod(Value base, Value exp, Value mod, Value *out);
/* gcd(a, b) >= 0 (Lehmer's algorithm). */
Value big_gcd(Value a, Value b);
/* math.isqrt(a) for a >= 0. */
Value big_isqrt(Value a);

/* ---- bitwise, with Python's infinite two's complement (bignum.c) ---- */

/* ~a == -a - 1 */
Value big_invert(Value a);
/* a & b */
Value big_and(Value a, Value b);
/* a | b */
Value big_or(Value a, Value b);
/* a ^ b */
Value big_xor(Value a, Value b);
/* a << n. The caller bounds n (the result has about bit_length(a) + n
 * bits); an impossible size returns 0. */
Value big_lshift(Value a, uint64_t n);
/* a >> n, flooring: -1 >> 100 == -1. */
Value big_rshift(Value a, uint64_t n);

/* ---- queries (bignum.c) ---- */

/* -1, 0 or 1 as a < b, a == b, a > b. */
int big_cmp(Value a, Value b);
/* -1, 0 or 1. */
int big_sign(Value a);
/* int.bit_length(): bits of abs(a), 0 for 0. */
uint64_t big_bit_length(Value a);
/* int.bit_count(): ones in abs(a). */
uint64_t big_bit_count(Value a);
/* hash(a), exactly CPython's: abs(a) mod 2**61-1 with a's sign, -1 -> -2. */
int64_t big_hash(Value a);
/* True when v is a canonical int Value (for assertions and tests). */
bool big_is_canonical(Value v);

/* ---- strings and bytes (bignum_str.c) ---- */

/* The digits of v in base 2..36: lowercase, a leading '-' for negatives, no
 * prefix; NUL-terminated, GC_MALLOC_ATOMIC'd, length in *len (may be NULL).
 * Subquadratic for large numbers (divide and conquer). NULL when memory ran
 * out or base is out of range. */
char *big_to_str(Value v, int base, size_t *len);
/* An upper bound on the number of digits of abs(v) in base 2..36, exceeding
 * the truth by at most 2, found without converting. For CPython's
 * int_max_str_digits limit on str(): a bound above limit + 2 is over the
 * limit for sure; otherwise convert and compare the length (sign excluded). */
uint64_t big_str_digits_bound(Value v, int base);

typedef enum BigParse {
    BIG_PARSE_OK,
    BIG_PARSE_INVALID,         /* not a valid int literal for the base */
    BIG_PARSE_TOO_MANY_DIGITS, /* more than max_digits digits */
    BIG_PARSE_NOMEM
} BigParse;

/* int(s, base): the whole grammar of Python's int() for str, base 0 or
 * 2..36. Accepts surrounding whitespace (ASCII and the Unicode spaces, in
 * UTF-8), a sign, base-0 prefix detection (0x/0o/0b; "010" is invalid in base
 * 0), a matching prefix in base 16/8/2, single underscores between digits and
 * after a prefix. Unicode decimal digits other than 0-9 are not translated.
 * As CPython, when base is not a power of two and max_digits > 0, more than
 * max_digits digits (counted before the trailing text is checked) fail with
 * BIG_PARSE_TOO_MANY_DIGITS and *ndigits set to the count. Returns the value
 * (0 unless *st == BIG_PARSE_OK); ndigits may be NULL. */
Value big_parse(const char *s, size_t len, int base, size_t max_digits,
                size_t *ndigits, BigParse *st);
/* big_parse without a digit limit: *ok = false for invalid text (and the
 * result 0 with *ok true means memory ran out). */
Value big_from_str(const char *s, size_t len, int base, bool *ok);

/* int.to_bytes: writes length bytes to out; false when v does not fit
 * (including a negative v with !is_signed: the caller picks the message).
 * As CPython, -1 fits in 0 signed bytes. */
bool big_to_bytes(Value v, size_t length, bool little, bool is_signed,
                  uint8_t *out);
/* int.from_bytes */
Value big_from_bytes(const uint8_t *p, size_t len, bool little,
                     bool is_signed);

#endif
