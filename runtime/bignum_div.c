/* bignum_div.c - limb-array division: by one limb with a precomputed
 * reciprocal (Moller & Granlund), Knuth's algorithm D with 64-bit limbs, a
 * one-pass path for equal lengths, and Burnikel & Ziegler's recursive
 * division ("Fast recursive division", 1998) for large operands, which
 * costs a few Karatsuba products instead of the schoolbook n*m. */
#include <stdlib.h>
#include <string.h>

#include "bignum_impl.h"

/* Recursive division is used when both the divisor and the quotient have
 * DC_DIV_ENTRY limbs; its recursion ends in Knuth's algorithm below
 * DC_DIV_THRESHOLD limbs (both measured on x86-64). */
#ifndef DC_DIV_ENTRY
#define DC_DIV_ENTRY 250
#endif
#ifndef DC_DIV_THRESHOLD
#define DC_DIV_THRESHOLD 48
#endif

Limb limb_inverse(Limb d)
{
    return (Limb)((((DLimb)~d) << 64 | LIMB_MAX) / d);
}

Limb mag_divrem_1(Limb *q, const Limb *a, size_t n, Limb d)
{
    if (n == 0)
        return 0;
    unsigned s = limb_clz(d);
    d <<= s;
    Limb inv = limb_inverse(d), r = 0;
    if (s == 0) {
        for (size_t i = n; i-- > 0;)
            q[i] = limb_div_2by1(r, a[i], d, inv, &r);
        return r;
    }
    r = a[n - 1] >> (LIMB_BITS - s);
    for (size_t i = n; i-- > 0;) {
        Limb u0 = a[i] << s;
        if (i > 0)
            u0 |= a[i - 1] >> (LIMB_BITS - s);
        q[i] = limb_div_2by1(r, u0, d, inv, &r);
    }
    return r >> s;
}

Limb mag_mod_1(const Limb *a, size_t n, Limb d)
{
    if (n == 0)
        return 0;
    unsigned s = limb_clz(d);
    d <<= s;
    Limb inv = limb_inverse(d), r = 0;
    if (s == 0) {
        for (size_t i = n; i-- > 0;)
            limb_div_2by1(r, a[i], d, inv, &r);
        return r;
    }
    r = a[n - 1] >> (LIMB_BITS - s);
    for (size_t i = n; i-- > 0;) {
        Limb u0 = a[i] << s;
        if (i > 0)
            u0 |= a[i - 1] >> (LIMB_BITS - s);
        limb_div_2by1(r, u0, d, inv, &r);
    }
    return r >> s;
}

/* The quotient limb of u[0..n] / v (u[n] <= v[n-1]): estimated from the top
 * two limbs, corrected with the third (at most twice, Knuth 4.3.1). */
static Limb estimate_qhat(const Limb *u, const Limb *v, size_t n, Limb inv)
{
    Limb dh = v[n - 1], dl = v[n - 2];
    Limb u2 = u[n], u1 = u[n - 1], u0 = u[n - 2];
    Limb qhat, rhat;
    if (u2 >= dh) {
        qhat = LIMB_MAX;
        rhat = u1 + dh;
        if (rhat < dh)
            return qhat; /* rhat >= B: the test below cannot fail */
    } else {
        qhat = limb_div_2by1(u2, u1, dh, inv, &rhat);
    }
    DLimb p = (DLimb)qhat * dl;
    while (p > (((DLimb)rhat << 64) | u0)) {
        qhat--;
        p -= dl;
        rhat += dh;
        if (rhat < dh)
            break;
    }
    return qhat;
}

void mag_divrem_norm(Limb *q, Limb *u, size_t un, const Limb *v, size_t n)
{
    Limb inv = limb_inverse(v[n - 1]);
    for (size_t j = un - n; j-- > 0;) {
        Limb qhat = estimate_qhat(u + j, v, n, inv);
        Limb borrow = mag_submul_1(u + j, v, n, qhat);
        Limb top = u[j + n];
        u[j + n] = top - borrow;
        if (top < borrow) {
            qhat--;
            u[j + n] += mag_add(u + j, u + j, n, v, n);
        }
        if (q)
            q[j] = qhat;
    }
}

/* Limb j of a << s (0 <= s < 64), a of n limbs; j may be n or negative. */
static Limb shifted_limb(const Limb *a, size_t n, ptrdiff_t j, unsigned s)
{
    Limb hi = j >= 0 && (size_t)j < n ? a[j] : 0;
    Limb lo = j >= 1 && (size_t)j <= n ? a[j - 1] : 0;
    return s ? hi << s | lo >> (LIMB_BITS - s) : hi;
}

/* Division of equal-length operands (n >= 2): the quotient is one limb,
 * found from the top 192 bits of a and 128 of b (within one of the truth),
 * then r = a - q*b is fixed up in place. One pass, no normalized copies:
 * the common case of Euclid-like and "which multiple" divisions. */
static void divrem_same_size(Limb *q, Limb *r, const Limb *a, const Limb *b,
                             size_t n)
{
    unsigned s = limb_clz(b[n - 1]);
    Limb v[2], u[3];
    for (int k = 0; k < 2; k++)
        v[k] = shifted_limb(b, n, (ptrdiff_t)n - 2 + k, s);
    for (int k = 0; k < 3; k++)
        u[k] = shifted_limb(a, n, (ptrdiff_t)n - 2 + k, s);
    Limb qhat = estimate_qhat(u, v, 2, limb_inverse(v[1]));
    memcpy(r, a, n * sizeof(Limb));
    Limb borrow = mag_submul_1(r, b, n, qhat);
    while (borrow) { /* r < 0: qhat was too large */
        qhat--;
        borrow -= mag_add(r, r, n, b, n);
    }
    while (mag_cmp(r, n, b, n) >= 0) { /* the truncated estimate was low */
        qhat++;
        mag_sub(r, r, n, b, n);
    }
    if (q)
        q[0] = qhat;
}

/* ---- Burnikel & Ziegler ---- */

/* Knuth's algorithm D as the recursion's base: q[0..n), r[0..n) =
 * a[0..2n) / b[0..n) for normalized b and a < b * B**n. */
static bool div_2n_1n_base(Limb *q, Limb *r, const Limb *a, const Limb *b,
                           size_t n)
{
    Limb *u = malloc((3 * n + 2) * sizeof(Limb)), *qq = u + 2 * n + 1;
    if (!u)
        return false;
    memcpy(u, a, 2 * n * sizeof(Limb));
    u[2 * n] = 0;
    mag_divrem_norm(qq, u, 2 * n + 1, b, n);
    memcpy(q, qq, n * sizeof(Limb)); /* qq[n] == 0 */
    memcpy(r, u, n * sizeof(Limb));
    free(u);
    return true;
}

static bool div_2n_1n(Limb *q, Limb *r, const Limb *a, const Limb *b, size_t n);

/* q[0..h), r[0..2h) = a[0..3h) / b[0..2h) for normalized b and a < b B**h:
 * estimate the quotient from the top halves, then fix the remainder with
 * the low half of b (at most two add-backs). */
static bool div_3h_2h(Limb *q, Limb *r, const Limb *a, const Limb *b, size_t h)
{
    const Limb *b0 = b, *b1 = b + h;
    Limb *w = malloc((5 * h + 1) * sizeof(Limb));
    if (!w)
        return false;
    Limb *rr = w, *d = w + 2 * h + 1; /* rr: 2h+1 limbs, d: 2h */
    if (mag_cmp(a + 2 * h, h, b1, h) < 0) {
        if (!div_2n_1n(q, rr + h, a + h, b1, h)) {
            free(w);
            return false;
        }
        rr[2 * h] = 0;
    } else {
        /* a's top half equals b1: q = B**h - 1, r1 = a1 + b1 */
        memset(q, 0xff, h * sizeof(Limb));
        rr[2 * h] = mag_add(rr + h, a + h, h, b1, h);
    }
    memcpy(rr, a, h * sizeof(Limb));
    bool ok = mag_mul(d, q, h, b0, h);
    if (ok) {
        Limb neg = mag_sub(rr, rr, 2 * h + 1, d, 2 * h);
        while (neg) {
            mag_sub_1(q, q, h, 1);
            neg = !mag_add(rr, rr, 2 * h + 1, b, 2 * h);
        }
        memcpy(r, rr, 2 * h * sizeof(Limb));
    }
    free(w);
    return ok;
}

/* q[0..n), r[0..n) = a[0..2n) / b[0..n) for normalized b, a < b B**n. */
static bool div_2n_1n(Limb *q, Limb *r, const Limb *a, const Limb *b, size_t n)
{
    if (n < DC_DIV_THRESHOLD || n % 2)
        return div_2n_1n_base(q, r, a, b, n);
    size_t h = n / 2;
    Limb *t = malloc(3 * h * sizeof(Limb));
    if (!t)
        return false;
    /* [a3 a2 a1] / b, then [r1 a0] / b */
    bool ok = div_3h_2h(q + h, t + h, a + h, b, h);
    memcpy(t, a, h * sizeof(Limb));
    ok = ok && div_3h_2h(q, r, t, b, h);
    free(t);
    return ok;
}

/* The block size: the least n >= bn of the form j * 2**k with j below the
 * threshold, so that every level of div_2n_1n splits evenly. */
static size_t dc_block(size_t bn)
{
    unsigned k = 0;
    while ((bn >> k) >= DC_DIV_THRESHOLD)
        k++;
    size_t j = (bn + ((size_t)1 << k) - 1) >> k;
    return j << k;
}

/* Long division in base B**n: b is padded to n limbs (shifted left) and a
 * shifted alike, then each n-limb block of a is brought down in turn. */
static bool divrem_dc(Limb *q, Limb *r, const Limb *a, size_t an,
                      const Limb *b, size_t bn)
{
    size_t n = dc_block(bn), pad = n - bn;
    unsigned s = limb_clz(b[bn - 1]);
    size_t un = an + pad + 1;
    size_t t = (un + n) / n; /* blocks; the top one is < b */
    Limb *w = malloc((t * n + n + (t - 1) * n + 3 * n) * sizeof(Limb));
    if (!w)
        return false;
    Limb *u = w, *v = u + t * n, *qq = v + n, *z = qq + (t - 1) * n;
    memset(u, 0, t * n * sizeof(Limb));
    memset(v, 0, pad * sizeof(Limb));
    mag_lshift(v + pad, b, bn, s);
    u[an + pad] = mag_lshift(u + pad, a, an, s);
    memcpy(z, u + (t - 2) * n, 2 * n * sizeof(Limb));
    bool ok = true;
    for (size_t i = t - 1; ok && i-- > 0;) {
        ok = div_2n_1n(qq + i * n, z + n, z, v, n); /* remainder on top */
        if (i > 0) /* bring down the next block under the remainder */
            memcpy(z, u + (i - 1) * n, n * sizeof(Limb));
        else
            memcpy(z, z + n, n * sizeof(Limb));
    }
    if (ok && q)
        memcpy(q, qq, (an - bn + 1) * sizeof(Limb));
    if (ok && r)
        mag_rshift(r, z + pad, bn, s);
    free(w);
    return ok;
}

bool mag_divrem(Limb *q, Limb *r, const Limb *a, size_t an, const Limb *b,
                size_t bn)
{
    if (bn == 1) {
        Limb rem;
        if (q)
            rem = mag_divrem_1(q, a, an, b[0]);
        else
            rem = mag_mod_1(a, an, b[0]);
        if (r)
            r[0] = rem;
        return true;
    }
    if (an == bn && r) {
        divrem_same_size(q, r, a, b, bn);
        return true;
    }
    if (bn >= DC_DIV_ENTRY && an - bn >= DC_DIV_ENTRY)
        return divrem_dc(q, r, a, an, b, bn);
    Limb *u = malloc((an + 1 + bn) * sizeof(Limb));
    if (!u)
        return false;
    Limb *v = u + an + 1;
    unsigned s = limb_clz(b[bn - 1]);
    mag_lshift(v, b, bn, s);
    u[an] = mag_lshift(u, a, an, s);
    mag_divrem_norm(q, u, an + 1, v, bn);
    if (r)
        mag_rshift(r, u, bn, s);
    free(u);
    return true;
}
