/* bignum_impl.h - private to the bignum_*.c files: limb-array kernels and
 * the helpers that turn their results into canonical Values.
 *
 * A magnitude is a little-endian array of 64-bit limbs plus a length; it is
 * "normalized" when its top limb is nonzero (zero has length 0). Kernels
 * (mag_*, in bignum_mag.c and bignum_div.c) work on caller-provided arrays,
 * never see a Value, and allocate only scratch space with malloc (returning
 * false when it fails). Scratch holds no pointers, so the collector need not
 * see it. */
#ifndef ATOLL_BIGNUM_IMPL_H
#define ATOLL_BIGNUM_IMPL_H

#include "bignum.h"

typedef unsigned __int128 DLimb;

#define LIMB_BITS 64
#define LIMB_MAX  (~(Limb)0)

/* Largest limb count we ever allocate: keeps every size computation far
 * from overflowing size_t (2**40 limbs is 8 TiB). */
#define MAG_MAX_LIMBS ((size_t)1 << 40)

/* A read-only view of an int: magnitude d[0..n) and sign. A small int's
 * magnitude lives in `one`, so a view must not be copied (d may point into
 * it). */
typedef struct Mag {
    const Limb *d;
    size_t n;
    int sign;
    Limb one;
} Mag;

static inline void mag_view(Value v, Mag *m)
{
    if (IS_SMALL(v)) {
        intptr_t x = SMALL_VAL(v);
        m->sign = (x > 0) - (x < 0);
        m->one = x < 0 ? (Limb)0 - (Limb)x : (Limb)x;
        m->d = &m->one;
        m->n = x != 0;
    } else {
        IntObj *o = (IntObj *)AS_OBJ(v);
        m->sign = o->size < 0 ? -1 : 1;
        m->n = (size_t)(o->size < 0 ? -o->size : o->size);
        m->d = o->d;
    }
}

static inline unsigned limb_clz(Limb x) { return (unsigned)__builtin_clzll(x); }
static inline unsigned limb_ctz(Limb x) { return (unsigned)__builtin_ctzll(x); }

/* Length of a[0..n) without its leading zero limbs. */
static inline size_t mag_norm(const Limb *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0)
        n--;
    return n;
}

/* Bits in a normalized magnitude. */
static inline uint64_t mag_bits(const Limb *a, size_t n)
{
    return n == 0 ? 0 : (uint64_t)n * LIMB_BITS - limb_clz(a[n - 1]);
}

/* 64 bits of a starting at bit pos (bits past the top read as zero). */
static inline uint64_t mag_bits_at(const Limb *a, size_t n, uint64_t pos)
{
    uint64_t i = pos / LIMB_BITS;
    unsigned s = pos % LIMB_BITS;
    if (i >= n)
        return 0;
    uint64_t x = a[i] >> s;
    if (s && i + 1 < n)
        x |= a[i + 1] << (LIMB_BITS - s);
    return x;
}

/* Whether any bit of a below bit pos is set. */
static inline bool mag_low_nonzero(const Limb *a, size_t n, uint64_t pos)
{
    uint64_t i = pos / LIMB_BITS;
    unsigned s = pos % LIMB_BITS;
    for (uint64_t j = 0; j < i && j < n; j++) {
        if (a[j])
            return true;
    }
    return s && i < n && (a[i] & (((Limb)1 << s) - 1));
}

/* ---- Value construction (bignum.c) ---- */

/* A fresh IntObj with room for n limbs (size unset), or NULL. */
IntObj *big_alloc(size_t n);
/* The canonical Value for sign * r->d[0..n): strips leading zero limbs and
 * returns a small int when the value fits one (r is then garbage). */
Value big_finish(IntObj *r, size_t n, int sign);
/* The canonical Value for sign * a[0..n), copying the limbs. */
Value big_from_mag(const Limb *a, size_t n, int sign);

/* ---- kernels (bignum_mag.c) ---- */

int mag_cmp(const Limb *a, size_t an, const Limb *b, size_t bn);
/* r = a + b, an >= bn, r has an limbs (may alias a, or b at the same
 * offset); returns the carry. */
Limb mag_add(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn);
/* r = a - b, an >= bn, r has an limbs (may alias a); returns the borrow. */
Limb mag_sub(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn);
Limb mag_add_1(Limb *r, const Limb *a, size_t n, Limb b);
Limb mag_sub_1(Limb *r, const Limb *a, size_t n, Limb b);
/* r = a * b (r may alias a); returns the carry limb. */
Limb mag_mul_1(Limb *r, const Limb *a, size_t n, Limb b);
/* r += a * b over n limbs; returns the carry limb. */
Limb mag_addmul_1(Limb *r, const Limb *a, size_t n, Limb b);
/* r -= a * b over n limbs; returns the borrow limb. */
Limb mag_submul_1(Limb *r, const Limb *a, size_t n, Limb b);
/* r = a << s or a >> s for 0 <= s < 64 (r may alias a); returns the bits
 * shifted out (in the low or high end of the limb respectively). */
Limb mag_lshift(Limb *r, const Limb *a, size_t n, unsigned s);
Limb mag_rshift(Limb *r, const Limb *a, size_t n, unsigned s);

/* r[0..an+bn) = a * b; r must not overlap a or b (a == b squares). */
bool mag_mul(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn);
/* r[0..2n) = a * a. */
bool mag_sqr(Limb *r, const Limb *a, size_t n);

/* ---- division kernels (bignum_div.c) ---- */

/* 1/d for a normalized divisor d (top bit set), as used by limb_div_2by1. */
Limb limb_inverse(Limb d);

/* (u1:u0) / d for normalized d and u1 < d, with inv = limb_inverse(d)
 * (Moller & Granlund, "Improved division by invariant integers", alg. 4). */
static inline Limb limb_div_2by1(Limb u1, Limb u0, Limb d, Limb inv, Limb *rem)
{
    DLimb p = (DLimb)inv * u1 + (((DLimb)u1 << 64) | u0);
    Limb q1 = (Limb)(p >> 64) + 1, q0 = (Limb)p;
    Limb r = u0 - q1 * d;
    if (r > q0) {
        q1--;
        r += d;
    }
    if (r >= d) {
        q1++;
        r -= d;
    }
    *rem = r;
    return q1;
}

/* q = a / d, returns a % d (q may alias a; d != 0). */
Limb mag_divrem_1(Limb *q, const Limb *a, size_t n, Limb d);
/* a % d without a quotient. */
Limb mag_mod_1(const Limb *a, size_t n, Limb d);
/* q[0..an-bn+1) = a / b, r[0..bn) = a % b for an >= bn >= 1 and
 * b[bn-1] != 0; q or r may be NULL when not wanted, neither may overlap a or
 * b. False when scratch allocation fails. */
bool mag_divrem(Limb *q, Limb *r, const Limb *a, size_t an, const Limb *b,
                size_t bn);
/* The core of Knuth's algorithm D: u[0..un) is replaced by its remainder
 * modulo v[0..n) (n >= 2, v[n-1] has its top bit set, u[un-1] < v[n-1]);
 * the quotient's un-n limbs go to q unless q is NULL. */
void mag_divrem_norm(Limb *q, Limb *u, size_t un, const Limb *v, size_t n);

#endif
