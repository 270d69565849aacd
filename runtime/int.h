/* int.h - the int type: tagged small ints with bignum.c beyond. */
#ifndef ATOLL_INT_H
#define ATOLL_INT_H

#include "object.h"
#include "bignum.h"

/* The int value n (small when it fits). */
Value int_from_i64(Task *t, int64_t n);
/* int(x) of a float: OverflowError for inf, ValueError for nan. */
Value int_from_double(Task *t, double d);
/* An int (or bool, or an object with __index__) as int64: OverflowError
 * "Python int too large to convert to C long"; TypeError for other objects. */
bool int_as_i64(Task *t, Value v, int64_t *out);
/* float(n): OverflowError "int too large to convert to float"; other
 * objects as int_as_i64 takes them. */
bool int_as_double(Task *t, Value v, double *out);
/* An int-like value (int, bool, int subclass) as a canonical int; 0 if not int-like. */
Value int_norm(Value v);
/* Arithmetic on two canonical ints. */
Value int_arith(Task *t, Value a, Value b, BinOpKind op);
int int_compare(Value a, Value b);                 /* -1, 0, 1 */
/* str(n) in base 10 (honouring the digit limit), or digits in another base. */
Value int_to_str(Task *t, Value v, int base);
/* The digits of |x| (x a small int's value) in base 2..36, lowercase,
 * written backwards so that they end just before `end`; returns their
 * count (at most INT_SMALL_DIGITS_MAX). Formatting a small int this way
 * into a caller's buffer skips the GC string big_to_str allocates and the
 * printf machinery, which cost more than the conversion itself. */
#define INT_SMALL_DIGITS_MAX 64
size_t int_small_digits(intptr_t x, int base, char *end);
/* int(text, base) with CPython's errors; orig is the object for the message. */
Value int_parse(Task *t, const char *s, size_t len, int base, Value orig);
Value int_powmod(Task *t, Value a, Value b, Value m);
/* hash() of a small int, as CPython's: |x| mod 2**61 - 1 with the sign of
 * x, and -2 for -1 (kept for errors). |x| <= 2**62 < 3 * (2**61 - 1), so
 * two subtractions reduce it. */
static inline int64_t small_int_hash(intptr_t x)
{
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    uint64_t a = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    if (a >= P) a -= P;
    if (a >= P) a -= P;
    int64_t h = x < 0 ? -(int64_t)a : (int64_t)a;
    return h == -1 ? -2 : h;
}
int64_t int_hash(Value v);

#endif
