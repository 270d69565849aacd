/* bignum.c - int Values: canonical form, construction, conversion to and
 * from double, add/sub/mul/divmod, bitwise operations and shifts, and
 * queries (compare, bit counts, hash). The limb kernels live in bignum_mag.c,
 * powers and gcd in bignum_nt.c, text and bytes in bignum_str.c.
 *
 * Small operands are viewed as one-limb magnitudes (Mag) without
 * allocating; two small operands take a machine-word fast path. */
#include <math.h>
#include <string.h>

#include <gc/gc.h>

#include "bignum_impl.h"

/* IEEE double parameters, as <float.h> names them (that header is not
 * included: runtime/float.h shadows it under -Iruntime). */
#define DBL_MANT_DIG __DBL_MANT_DIG__
#define DBL_MAX_EXP __DBL_MAX_EXP__
#define DBL_MIN_EXP __DBL_MIN_EXP__

/* ---- canonical form ---- */

IntObj *big_alloc(size_t n)
{
    if (n == 0)
        n = 1;
    if (n > MAG_MAX_LIMBS)
        return NULL;
    IntObj *o = GC_MALLOC_ATOMIC(sizeof(IntObj) + n * sizeof(Limb));
    if (o)
        o->hdr.type = &int_type;
    return o;
}

/* A small int for sign * x when it fits one, else 0. */
static Value small_of(Limb x, int sign)
{
    if (sign >= 0 && x <= (Limb)SMALL_MAX)
        return MAKE_SMALL((intptr_t)x);
    if (sign < 0 && x <= (Limb)SMALL_MAX + 1)
        return MAKE_SMALL(-(intptr_t)(x - 1) - 1);
    return 0;
}

Value big_finish(IntObj *r, size_t n, int sign)
{
    n = mag_norm(r->d, n);
    if (n == 0)
        return MAKE_SMALL(0);
    if (n == 1) {
        Value s = small_of(r->d[0], sign);
        if (s)
            return s;
    }
    r->size = sign < 0 ? -(int64_t)n : (int64_t)n;
    return OBJ_VAL(r);
}

Value big_from_mag(const Limb *a, size_t n, int sign)
{
    n = mag_norm(a, n);
    if (n == 0)
        return MAKE_SMALL(0);
    if (n == 1) {
        Value s = small_of(a[0], sign);
        if (s)
            return s;
    }
    IntObj *r = big_alloc(n);
    if (!r)
        return 0;
    memcpy(r->d, a, n * sizeof(Limb));
    r->size = sign < 0 ? -(int64_t)n : (int64_t)n;
    return OBJ_VAL(r);
}

bool big_is_canonical(Value v)
{
    if (IS_SMALL(v))
        return true;
    if (!v || !IS_BIG(v))
        return false;
    IntObj *o = (IntObj *)AS_OBJ(v);
    if (o->size == 0)
        return false;
    size_t n = (size_t)(o->size < 0 ? -o->size : o->size);
    if (o->d[n - 1] == 0)
        return false;
    return n > 1 || !small_of(o->d[0], o->size < 0 ? -1 : 1);
}

/* ---- construction and conversion ---- */

Value big_from_u64(uint64_t n)
{
    return big_from_mag(&n, 1, 1);
}

Value big_from_i64(int64_t n)
{
    if (FITS_SMALL(n))
        return MAKE_SMALL(n);
    Limb m = n < 0 ? (Limb)0 - (Limb)n : (Limb)n;
    return big_from_mag(&m, 1, n < 0 ? -1 : 1);
}

static Value from_i128(__int128 x)
{
    if (x >= SMALL_MIN && x <= SMALL_MAX)
        return MAKE_SMALL((intptr_t)x);
    unsigned __int128 m = x < 0 ? -(unsigned __int128)x : (unsigned __int128)x;
    Limb d[2] = {(Limb)m, (Limb)(m >> 64)};
    return big_from_mag(d, 2, x < 0 ? -1 : 1);
}

/* An int below 2^127 in magnitude as an __int128 (false for larger ones):
 * sums and quotients of such ints take the 128-bit instructions instead of
 * the limb kernels, as products of two small ints do. */
static bool as_i128(Value v, __int128 *out)
{
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    IntObj *o = (IntObj *)AS_OBJ(v);
    int64_t n = o->size < 0 ? -o->size : o->size;
    if (n > 2 || (n == 2 && o->d[1] >> 63)) return false;
    unsigned __int128 m = o->d[0];
    if (n == 2) m |= (unsigned __int128)o->d[1] << 64;
    *out = o->size < 0 ? -(__int128)m : (__int128)m;
    return true;
}

bool big_to_i64(Value v, int64_t *out)
{
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    Mag m;
    mag_view(v, &m);
    if (m.n != 1)
        return false;
    if (m.sign > 0 && m.d[0] <= (Limb)INT64_MAX) {
        *out = (int64_t)m.d[0];
        return true;
    }
    if (m.sign < 0 && m.d[0] <= (Limb)INT64_MAX + 1) {
        *out = -(int64_t)(m.d[0] - 1) - 1;
        return true;
    }
    return false;
}

bool big_to_u64(Value v, uint64_t *out)
{
    Mag m;
    mag_view(v, &m);
    if (m.sign < 0 || m.n > 1)
        return false;
    *out = m.n ? m.d[0] : 0;
    return true;
}

/* The top 64 bits of a normalized magnitude with more than 64 bits, the
 * lowest bit ORed with every bit below them (a sticky bit: it sits below the
 * rounding position of a 53-bit conversion, so the hardware's uint64 ->
 * double conversion then rounds exactly as the full value would). */
static uint64_t mag_top64_sticky(const Limb *a, size_t n, uint64_t bits)
{
    uint64_t pos = bits - 64;
    return mag_bits_at(a, n, pos) | mag_low_nonzero(a, n, pos);
}

double big_to_double(Value v, bool *overflow)
{
    *overflow = false;
    if (IS_SMALL(v))
        return (double)SMALL_VAL(v);
    Mag m;
    mag_view(v, &m);
    uint64_t bits = mag_bits(m.d, m.n);
    double x;
    if (bits <= 64) {
        x = (double)m.d[0];
    } else if (bits > DBL_MAX_EXP + 1) {
        *overflow = true;
        x = HUGE_VAL;
    } else {
        x = ldexp((double)mag_top64_sticky(m.d, m.n, bits), (int)(bits - 64));
        *overflow = isinf(x);
    }
    return m.sign < 0 ? -x : x;
}

double big_frexp(Value v, int64_t *e)
{
    Mag m;
    mag_view(v, &m);
    *e = 0;
    if (m.n == 0)
        return 0.0;
    uint64_t bits = mag_bits(m.d, m.n);
    double x;
    if (bits <= 64) {
        int ex;
        x = frexp((double)m.d[0], &ex);
        *e = ex;
    } else {
        /* (double)top64 is in [2**63, 2**64], exact after scaling */
        x = (double)mag_top64_sticky(m.d, m.n, bits) / 18446744073709551616.0;
        *e = (int64_t)bits;
        if (x == 1.0) {
            x = 0.5;
            (*e)++;
        }
    }
    return m.sign < 0 ? -x : x;
}

Value big_from_double(double d)
{
    if (fabs(d) < 9223372036854775808.0)
        return big_from_i64((int64_t)d);
    int e;
    double m = frexp(fabs(d), &e); /* |d| = m * 2**e, e > 63 */
    int64_t mant = (int64_t)ldexp(m, DBL_MANT_DIG);
    return big_lshift(MAKE_SMALL(d < 0 ? -mant : mant),
                      (uint64_t)(e - DBL_MANT_DIG));
}

int big_cmp_double(Value v, double d)
{
    if (isinf(d))
        return d > 0 ? -1 : 1;
    Mag m;
    mag_view(v, &m);
    int sd = (d > 0) - (d < 0);
    if (m.sign != sd)
        return m.sign < sd ? -1 : 1;
    if (m.sign == 0)
        return 0;
    int e;
    double f = frexp(fabs(d), &e); /* |d| in [2**(e-1), 2**e) */
    uint64_t nb = mag_bits(m.d, m.n);
    int c;
    if ((int64_t)nb != e) {
        c = (int64_t)nb < e ? -1 : 1;
    } else if (e <= DBL_MANT_DIG) {
        double x = (double)m.d[0]; /* exact: fewer than 54 bits */
        c = (x > fabs(d)) - (x < fabs(d));
    } else {
        uint64_t k = (uint64_t)e - DBL_MANT_DIG;
        uint64_t top = mag_bits_at(m.d, m.n, k);
        uint64_t mant = (uint64_t)ldexp(f, DBL_MANT_DIG);
        c = (top > mant) - (top < mant);
        if (c == 0)
            c = mag_low_nonzero(m.d, m.n, k);
    }
    return m.sign * c;
}

/* ---- true division ---- */

/* q rounded half to even at bit `extra` (>= 2): the bits below it are
 * cleared, `sticky` stands for nonzero bits below q's own. */
static uint64_t round_low_bits(uint64_t q, bool sticky, int64_t extra)
{
    uint64_t half = (uint64_t)1 << (extra - 1);
    uint64_t low = q | sticky; /* bit 0 lies below the half bit */
    if ((low & half) && (low & (3 * half - 1))) /* above half, or a tie and odd */
        low += half;
    return low & ~(2 * half - 1);
}

/* |a| / |b| (both nonzero) correctly rounded, as CPython's long_true_divide:
 * scale a so that the integer quotient has DBL_MANT_DIG + 2 or + 3 bits (or
 * the right number for a subnormal result), fold the remainder into a sticky
 * bit, and round half to even by hand. */
static double true_div_mag(const Mag *a, const Mag *b, bool *overflow)
{
    int64_t diff = (int64_t)mag_bits(a->d, a->n) - (int64_t)mag_bits(b->d, b->n);
    if (diff > DBL_MAX_EXP) {
        *overflow = true;
        return HUGE_VAL;
    }
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1)
        return 0.0;
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    Value x;
    bool inexact = false;
    Value av = big_from_mag(a->d, a->n, 1), bv = big_from_mag(b->d, b->n, 1);
    if (!av || !bv)
        return 0.0;
    if (shift <= 0) {
        x = big_lshift(av, (uint64_t)-shift);
    } else {
        x = big_rshift(av, (uint64_t)shift);
        inexact = mag_low_nonzero(a->d, a->n, (uint64_t)shift);
    }
    Value q, r;
    if (!x || !big_divmod(x, bv, &q, &r) || !q || !r)
        return 0.0;
    uint64_t qv;
    big_to_u64(q, &qv); /* fewer than 57 bits */
    int64_t qbits = 64 - limb_clz(qv);
    int64_t extra = (qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift)
                    - DBL_MANT_DIG;
    double dx = (double)round_low_bits(qv, inexact || r != MAKE_SMALL(0), extra);
    if (shift + qbits >= DBL_MAX_EXP
        && (shift + qbits > DBL_MAX_EXP || dx == ldexp(1.0, (int)qbits))) {
        *overflow = true;
        return HUGE_VAL;
    }
    return ldexp(dx, (int)shift);
}

double big_true_div(Value a, Value b, bool *overflow)
{
    *overflow = false;
    Mag ma, mb;
    mag_view(a, &ma);
    mag_view(b, &mb);
    bool neg = (ma.sign < 0) != (mb.sign < 0);
    double x;
    if (ma.n == 0)
        x = 0.0;
    else if (ma.n == 1 && mb.n == 1 && ma.d[0] >> DBL_MANT_DIG == 0
             && mb.d[0] >> DBL_MANT_DIG == 0)
        x = (double)ma.d[0] / (double)mb.d[0]; /* both exact */
    else
        x = true_div_mag(&ma, &mb, overflow);
    return neg ? -x : x;
}

/* ---- add, sub, mul ---- */

/* a.sign*|a| + bsign*|b| */
static Value add_signed(const Mag *a, const Mag *b, int bsign)
{
    if (b->n == 0)
        return big_from_mag(a->d, a->n, a->sign);
    if (a->n == 0)
        return big_from_mag(b->d, b->n, bsign);
    if (a->sign == bsign) {
        if (a->n < b->n) {
            const Mag *t = a;
            a = b;
            b = t;
        }
        IntObj *r = big_alloc(a->n + 1);
        if (!r)
            return 0;
        r->d[a->n] = mag_add(r->d, a->d, a->n, b->d, b->n);
        return big_finish(r, a->n + 1, bsign);
    }
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    if (c == 0)
        return MAKE_SMALL(0);
    int sign = c > 0 ? a->sign : bsign;
    if (c < 0) {
        const Mag *t = a;
        a = b;
        b = t;
    }
    IntObj *r = big_alloc(a->n);
    if (!r)
        return 0;
    mag_sub(r->d, a->d, a->n, b->d, b->n);
    return big_finish(r, a->n, sign);
}

Value big_add(Value a, Value b)
{
    __int128 x, y, z;
    if (as_i128(a, &x) && as_i128(b, &y) && !__builtin_add_overflow(x, y, &z))
        return from_i128(z);
    if (a == MAKE_SMALL(0))
        return b;
    if (b == MAKE_SMALL(0))
        return a;
    Mag ma, mb;
    mag_view(a, &ma);
    mag_view(b, &mb);
    return add_signed(&ma, &mb, mb.sign);
}

Value big_sub(Value a, Value b)
{
    __int128 x, y, z;
    if (as_i128(a, &x) && as_i128(b, &y) && !__builtin_sub_overflow(x, y, &z))
        return from_i128(z);
    if (b == MAKE_SMALL(0))
        return a;
    Mag ma, mb;
    mag_view(a, &ma);
    mag_view(b, &mb);
    return add_signed(&ma, &mb, -mb.sign);
}

Value big_mul(Value a, Value b)
{
    if (IS_SMALL(a) && IS_SMALL(b))
        return from_i128((__int128)SMALL_VAL(a) * SMALL_VAL(b));
    Mag ma, mb;
    mag_view(a, &ma);
    mag_view(b, &mb);
    if (ma.n == 0 || mb.n == 0)
        return MAKE_SMALL(0);
    IntObj *r = big_alloc(ma.n + mb.n);
    if (!r)
        return 0;
    bool ok = a == b ? mag_sqr(r->d, ma.d, ma.n)
                     : mag_mul(r->d, ma.d, ma.n, mb.d, mb.n);
    if (!ok)
        return 0;
    return big_finish(r, ma.n + mb.n, ma.sign * mb.sign);
}

Value big_neg(Value a)
{
    if (IS_SMALL(a))
        return big_from_i64(-(int64_t)SMALL_VAL(a));
    Mag m;
    mag_view(a, &m);
    return big_from_mag(m.d, m.n, -m.sign);
}

Value big_abs(Value a)
{
    if (big_sign(a) >= 0)
        return a;
    return big_neg(a);
}

/* ---- division ---- */

/* Floor division of ints that fit in 128 bits (y != 0). */
static bool divmod_i128(__int128 x, __int128 y, Value *q, Value *r)
{
    __int128 qq = x / y, rr = x % y;
    if (rr != 0 && (rr < 0) != (y < 0)) {
        qq--;
        rr += y;
    }
    if (q && !(*q = from_i128(qq)))
        return false;
    return !r || (*r = from_i128(rr)) != 0;
}

/* Floor division from the truncated magnitude quotient: when the signs
 * differ and the remainder is nonzero, q = -(|q| + 1) and r = |b| - |r|. */
bool big_divmod(Value a, Value b, Value *q, Value *r)
{
    __int128 x, y;
    if (as_i128(a, &x) && as_i128(b, &y) && y != 0)
        return divmod_i128(x, y, q, r);
    Mag ma, mb;
    mag_view(a, &ma);
    mag_view(b, &mb);
    size_t qn = ma.n >= mb.n ? ma.n - mb.n + 1 : 0, rn = mb.n;
    IntObj *qo = q ? big_alloc(qn + 1) : NULL;
    IntObj *ro = big_alloc(rn);
    if ((q && !qo) || !ro)
        return false;
    if (qn == 0) {
        memcpy(ro->d, ma.d, ma.n * sizeof(Limb));
        rn = ma.n;
    } else if (!mag_divrem(qo ? qo->d : NULL, ro->d, ma.d, ma.n, mb.d, mb.n)) {
        return false;
    }
    rn = mag_norm(ro->d, rn);
    if (ma.sign != mb.sign && rn != 0) {
        if (qo) {
            qo->d[qn] = mag_add_1(qo->d, qo->d, qn, 1);
            qn++;
        }
        mag_sub(ro->d, mb.d, mb.n, ro->d, rn);
        rn = mb.n;
    }
    if (q)
        *q = big_finish(qo, qn, ma.sign * mb.sign);
    if (r)
        *r = big_finish(ro, rn, mb.sign);
    return true;
}

Value big_floordiv(Value a, Value b)
{
    Value q;
    return big_divmod(a, b, &q, NULL) ? q : 0;
}

Value big_mod(Value a, Value b)
{
    Value r;
    return big_divmod(a, b, NULL, &r) ? r : 0;
}

/* ---- shifts ---- */

Value big_lshift(Value a, uint64_t n)
{
    if (a == MAKE_SMALL(0))
        return a;
    if (IS_SMALL(a) && n < 64)
        return from_i128((__int128)SMALL_VAL(a) * ((__int128)1 << n));
    Mag m;
    mag_view(a, &m);
    uint64_t limbs = n / LIMB_BITS;
    if (limbs > MAG_MAX_LIMBS)
        return 0;
    size_t rn = m.n + (size_t)limbs + 1;
    IntObj *r = big_alloc(rn);
    if (!r)
        return 0;
    memset(r->d, 0, limbs * sizeof(Limb));
    r->d[rn - 1] = mag_lshift(r->d + limbs, m.d, m.n, n % LIMB_BITS);
    return big_finish(r, rn, m.sign);
}

Value big_rshift(Value a, uint64_t n)
{
    if (IS_SMALL(a)) {
        intptr_t x = SMALL_VAL(a);
        return MAKE_SMALL(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    }
    Mag m;
    mag_view(a, &m);
    if (n >= mag_bits(m.d, m.n))
        return MAKE_SMALL(m.sign < 0 ? -1 : 0);
    size_t limbs = (size_t)(n / LIMB_BITS), rn = m.n - limbs;
    IntObj *r = big_alloc(rn + 1);
    if (!r)
        return 0;
    Limb out = mag_rshift(r->d, m.d + limbs, rn, n % LIMB_BITS);
    if (m.sign < 0 && (out || mag_low_nonzero(m.d, m.n, limbs * LIMB_BITS))) {
        r->d[rn] = mag_add_1(r->d, r->d, rn, 1); /* floor, not truncation */
        rn++;
    }
    return big_finish(r, rn, m.sign);
}

/* ---- bitwise ---- */

typedef enum BitOp { BIT_AND, BIT_OR, BIT_XOR } BitOp;

static Limb bit_apply(BitOp op, Limb x, Limb y)
{
    return op == BIT_AND ? x & y : op == BIT_OR ? x | y : x ^ y;
}

/* Limb i of a's infinite two's complement; *borrow carries the "- 1" of
 * ~(|a| - 1) through the limbs of a negative a (start it at 1). */
static Limb twos_limb(const Mag *a, size_t i, Limb *borrow)
{
    Limb x = i < a->n ? a->d[i] : 0;
    if (a->sign >= 0)
        return x;
    Limb t = x - *borrow;
    *borrow = x < *borrow;
    return ~t;
}

/* One extra limb holds the sign extension, so a negative result is
 * recovered exactly as ~z + 1. */
static Value bitop(Value a, Value b, BitOp op)
{
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        return MAKE_SMALL(op == BIT_AND ? x & y : op == BIT_OR ? x | y : x ^ y);
    }
    Mag ma, mb;
    mag_view(a, &ma);
    mag_view(b, &mb);
    bool neg = bit_apply(op, ma.sign < 0, mb.sign < 0);
    size_t n = (ma.n > mb.n ? ma.n : mb.n) + 1;
    IntObj *r = big_alloc(n);
    if (!r)
        return 0;
    Limb ba = 1, bb = 1, carry = 1;
    for (size_t i = 0; i < n; i++) {
        Limb z = bit_apply(op, twos_limb(&ma, i, &ba), twos_limb(&mb, i, &bb));
        if (neg) {
            z = ~z + carry;
            carry = carry && z == 0;
        }
        r->d[i] = z;
    }
    return big_finish(r, n, neg ? -1 : 1);
}

Value big_and(Value a, Value b) { return bitop(a, b, BIT_AND); }
Value big_or(Value a, Value b) { return bitop(a, b, BIT_OR); }
Value big_xor(Value a, Value b) { return bitop(a, b, BIT_XOR); }

Value big_invert(Value a)
{
    return big_sub(MAKE_SMALL(-1), a);
}

/* ---- queries ---- */

int big_sign(Value a)
{
    if (IS_SMALL(a)) {
        intptr_t x = SMALL_VAL(a);
        return (x > 0) - (x < 0);
    }
    return ((IntObj *)AS_OBJ(a))->size < 0 ? -1 : 1;
}

int big_cmp(Value a, Value b)
{
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        return (x > y) - (x < y);
    }
    Mag ma, mb;
    mag_view(a, &ma);
    mag_view(b, &mb);
    if (ma.sign != mb.sign)
        return ma.sign < mb.sign ? -1 : 1;
    return ma.sign * mag_cmp(ma.d, ma.n, mb.d, mb.n);
}

uint64_t big_bit_length(Value a)
{
    Mag m;
    mag_view(a, &m);
    return mag_bits(m.d, m.n);
}

uint64_t big_bit_count(Value a)
{
    Mag m;
    mag_view(a, &m);
    uint64_t c = 0;
    for (size_t i = 0; i < m.n; i++)
        c += (uint64_t)__builtin_popcountll(m.d[i]);
    return c;
}

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

/* Horner's rule modulo P = 2**61 - 1, where B = 2**64 == 8 (mod P). */
int64_t big_hash(Value a)
{
    Mag m;
    mag_view(a, &m);
    uint64_t h = 0;
    for (size_t i = m.n; i-- > 0;) {
        DLimb x = (DLimb)h * 8 + m.d[i];
        uint64_t s = (uint64_t)(x & HASH_MODULUS) + (uint64_t)(x >> 61);
        h = s >= HASH_MODULUS ? s - HASH_MODULUS : s;
    }
    int64_t r = m.sign < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}
