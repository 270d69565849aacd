/* bignum_mag.c - limb-array kernels: add/sub, shifts, schoolbook and
 * Karatsuba multiplication and squaring. Division is in bignum_div.c.
 * Nothing here knows about Values; see bignum_impl.h for the contracts. */
#include <stdlib.h>
#include <string.h>

#include "bignum_impl.h"

/* Below these limb counts schoolbook beats Karatsuba (measured on x86-64). */
#ifndef KARA_MUL_THRESHOLD
#define KARA_MUL_THRESHOLD 32
#endif
#ifndef KARA_SQR_THRESHOLD
#define KARA_SQR_THRESHOLD 48
#endif

int mag_cmp(const Limb *a, size_t an, const Limb *b, size_t bn)
{
    if (an != bn)
        return an < bn ? -1 : 1;
    while (an-- > 0) {
        if (a[an] != b[an])
            return a[an] < b[an] ? -1 : 1;
    }
    return 0;
}

Limb mag_add_1(Limb *r, const Limb *a, size_t n, Limb b)
{
    size_t i = 0;
    for (; i < n && b; i++) {
        Limb s = a[i] + b;
        b = s < b;
        r[i] = s;
    }
    if (r != a)
        memmove(r + i, a + i, (n - i) * sizeof(Limb));
    return b;
}

Limb mag_sub_1(Limb *r, const Limb *a, size_t n, Limb b)
{
    size_t i = 0;
    for (; i < n && b; i++) {
        Limb x = a[i];
        r[i] = x - b;
        b = x < b;
    }
    if (r != a)
        memmove(r + i, a + i, (n - i) * sizeof(Limb));
    return b;
}

/* The carry chains of add and sub: x86-64's add-with-carry intrinsics,
 * unrolled, run twice as fast as what compilers make of portable C. */
#if defined(__x86_64__)
#include <x86intrin.h>

static Limb add_n(Limb *r, const Limb *a, const Limb *b, size_t n)
{
    unsigned char c = 0;
    unsigned long long o0, o1, o2, o3;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        c = _addcarry_u64(c, a[i], b[i], &o0);
        c = _addcarry_u64(c, a[i + 1], b[i + 1], &o1);
        c = _addcarry_u64(c, a[i + 2], b[i + 2], &o2);
        c = _addcarry_u64(c, a[i + 3], b[i + 3], &o3);
        r[i] = o0;
        r[i + 1] = o1;
        r[i + 2] = o2;
        r[i + 3] = o3;
    }
    for (; i < n; i++) {
        c = _addcarry_u64(c, a[i], b[i], &o0);
        r[i] = o0;
    }
    return c;
}

static Limb sub_n(Limb *r, const Limb *a, const Limb *b, size_t n)
{
    unsigned char c = 0;
    unsigned long long o0, o1, o2, o3;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        c = _subborrow_u64(c, a[i], b[i], &o0);
        c = _subborrow_u64(c, a[i + 1], b[i + 1], &o1);
        c = _subborrow_u64(c, a[i + 2], b[i + 2], &o2);
        c = _subborrow_u64(c, a[i + 3], b[i + 3], &o3);
        r[i] = o0;
        r[i + 1] = o1;
        r[i + 2] = o2;
        r[i + 3] = o3;
    }
    for (; i < n; i++) {
        c = _subborrow_u64(c, a[i], b[i], &o0);
        r[i] = o0;
    }
    return c;
}
#else
static Limb add_n(Limb *r, const Limb *a, const Limb *b, size_t n)
{
    Limb c = 0;
    for (size_t i = 0; i < n; i++) {
        DLimb s = (DLimb)a[i] + b[i] + c;
        r[i] = (Limb)s;
        c = (Limb)(s >> 64);
    }
    return c;
}

static Limb sub_n(Limb *r, const Limb *a, const Limb *b, size_t n)
{
    Limb c = 0;
    for (size_t i = 0; i < n; i++) {
        DLimb d = (DLimb)a[i] - b[i] - c;
        r[i] = (Limb)d;
        c = (Limb)(d >> 64) & 1;
    }
    return c;
}
#endif

Limb mag_add(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn)
{
    return mag_add_1(r + bn, a + bn, an - bn, add_n(r, a, b, bn));
}

Limb mag_sub(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn)
{
    return mag_sub_1(r + bn, a + bn, an - bn, sub_n(r, a, b, bn));
}

Limb mag_mul_1(Limb *r, const Limb *a, size_t n, Limb b)
{
    Limb c = 0;
    for (size_t i = 0; i < n; i++) {
        DLimb p = (DLimb)a[i] * b + c;
        r[i] = (Limb)p;
        c = (Limb)(p >> 64);
    }
    return c;
}

Limb mag_addmul_1(Limb *r, const Limb *a, size_t n, Limb b)
{
    Limb c = 0;
    size_t i = 0;
    for (; i + 2 <= n; i += 2) {
        DLimb p0 = (DLimb)a[i] * b + r[i] + c;
        r[i] = (Limb)p0;
        DLimb p1 = (DLimb)a[i + 1] * b + r[i + 1] + (Limb)(p0 >> 64);
        r[i + 1] = (Limb)p1;
        c = (Limb)(p1 >> 64);
    }
    if (i < n) {
        DLimb p = (DLimb)a[i] * b + r[i] + c;
        r[i] = (Limb)p;
        c = (Limb)(p >> 64);
    }
    return c;
}

Limb mag_submul_1(Limb *r, const Limb *a, size_t n, Limb b)
{
    Limb c = 0;
    for (size_t i = 0; i < n; i++) {
        DLimb p = (DLimb)a[i] * b + c;
        Limb lo = (Limb)p, x = r[i];
        r[i] = x - lo;
        c = (Limb)(p >> 64) + (x < lo);
    }
    return c;
}

Limb mag_lshift(Limb *r, const Limb *a, size_t n, unsigned s)
{
    if (n == 0)
        return 0;
    if (s == 0) {
        memmove(r, a, n * sizeof(Limb));
        return 0;
    }
    Limb out = a[n - 1] >> (LIMB_BITS - s);
    for (size_t i = n - 1; i > 0; i--)
        r[i] = (a[i] << s) | (a[i - 1] >> (LIMB_BITS - s));
    r[0] = a[0] << s;
    return out;
}

Limb mag_rshift(Limb *r, const Limb *a, size_t n, unsigned s)
{
    if (n == 0)
        return 0;
    if (s == 0) {
        memmove(r, a, n * sizeof(Limb));
        return 0;
    }
    Limb out = a[0] << (LIMB_BITS - s);
    for (size_t i = 0; i + 1 < n; i++)
        r[i] = (a[i] >> s) | (a[i + 1] << (LIMB_BITS - s));
    r[n - 1] = a[n - 1] >> s;
    return out;
}

/* ---- multiplication ---- */

static void mul_basecase(Limb *r, const Limb *a, size_t an, const Limb *b,
                         size_t bn)
{
    r[an] = mag_mul_1(r, a, an, b[0]);
    for (size_t i = 1; i < bn; i++)
        r[an + i] = mag_addmul_1(r + i, a, an, b[i]);
}

/* Squares computed once per pair: sum a[i]a[j] (i < j), doubled, plus the
 * diagonal a[i]^2. */
static void sqr_basecase(Limb *r, const Limb *a, size_t n)
{
    if (n == 1) {
        DLimb p = (DLimb)a[0] * a[0];
        r[0] = (Limb)p;
        r[1] = (Limb)(p >> 64);
        return;
    }
    r[0] = 0;
    r[n] = mag_mul_1(r + 1, a + 1, n - 1, a[0]);
    for (size_t i = 1; i + 1 < n; i++)
        r[n + i] = mag_addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
    r[2 * n - 1] = mag_lshift(r + 1, r + 1, 2 * n - 2, 1);
    Limb c = 0;
    for (size_t i = 0; i < n; i++) {
        DLimb p = (DLimb)a[i] * a[i];
        DLimb s = (DLimb)r[2 * i] + (Limb)p + c;
        r[2 * i] = (Limb)s;
        s = (DLimb)r[2 * i + 1] + (Limb)(p >> 64) + (Limb)(s >> 64);
        r[2 * i + 1] = (Limb)s;
        c = (Limb)(s >> 64);
    }
}

/* d[0..h) = |x - y| for x of h limbs and y of l <= h limbs; returns the sign
 * of x - y. */
static int abs_diff(Limb *d, const Limb *x, size_t h, const Limb *y, size_t l)
{
    size_t xn = mag_norm(x, h);
    int c = mag_cmp(x, xn, y, mag_norm(y, l));
    if (c >= 0) {
        mag_sub(d, x, h, y, l);
    } else {
        memcpy(d, y, l * sizeof(Limb));
        memset(d + l, 0, (h - l) * sizeof(Limb));
        mag_sub(d, d, h, x, h);
    }
    return c;
}

/* Scratch limbs that kara_mul/kara_sqr of size n need (6h+1 per level). */
static size_t kara_scratch(size_t n, size_t threshold)
{
    size_t s = 0;
    while (n >= threshold) {
        size_t h = (n + 1) / 2;
        s += 6 * h + 1;
        n = h;
    }
    return s;
}

/* Adds the middle term m[0..mn) (z0 + z2 -/+ t) into r at limb h; r has
 * rn limbs in all, and the sum is known to fit. */
static void add_middle(Limb *r, size_t rn, size_t h, const Limb *m, size_t mn)
{
    if (mn > rn - h)
        mn = rn - h; /* the dropped top limbs are zero */
    mag_add(r + h, r + h, rn - h, m, mn);
}

static void kara_sqr(Limb *r, const Limb *a, size_t n, Limb *w);

/* Karatsuba, the subtractive form: with a = a1 B^h + a0, b = b1 B^h + b0,
 * a*b = z2 B^2h + (z0 + z2 - (a0-a1)(b0-b1)) B^h + z0. The differences fit
 * h limbs, so there are no carries into the half products. */
static void kara_mul(Limb *r, const Limb *a, const Limb *b, size_t n, Limb *w)
{
    if (n < KARA_MUL_THRESHOLD) {
        mul_basecase(r, a, n, b, n);
        return;
    }
    size_t h = (n + 1) / 2, l = n - h;
    Limb *da = w, *db = w + h, *t = w + 2 * h, *m = w + 4 * h;
    Limb *rest = w + 6 * h + 1;
    int sa = abs_diff(da, a, h, a + h, l);
    int sb = abs_diff(db, b, h, b + h, l);
    kara_mul(r, a, b, h, rest);
    kara_mul(r + 2 * h, a + h, b + h, l, rest);
    memcpy(m, r, 2 * h * sizeof(Limb));
    m[2 * h] = mag_add(m, m, 2 * h, r + 2 * h, 2 * l);
    if (sa != 0 && sb != 0) {
        kara_mul(t, da, db, h, rest);
        if (sa == sb)
            mag_sub(m, m, 2 * h + 1, t, 2 * h);
        else
            mag_add(m, m, 2 * h + 1, t, 2 * h);
    }
    add_middle(r, 2 * n, h, m, 2 * h + 1);
}

static void kara_sqr(Limb *r, const Limb *a, size_t n, Limb *w)
{
    if (n < KARA_SQR_THRESHOLD) {
        sqr_basecase(r, a, n);
        return;
    }
    size_t h = (n + 1) / 2, l = n - h;
    Limb *da = w, *t = w + 2 * h, *m = w + 4 * h;
    Limb *rest = w + 6 * h + 1;
    int sa = abs_diff(da, a, h, a + h, l);
    kara_sqr(r, a, h, rest);
    kara_sqr(r + 2 * h, a + h, l, rest);
    memcpy(m, r, 2 * h * sizeof(Limb));
    m[2 * h] = mag_add(m, m, 2 * h, r + 2 * h, 2 * l);
    if (sa != 0) {
        kara_sqr(t, da, h, rest);
        mag_sub(m, m, 2 * h + 1, t, 2 * h);
    }
    add_middle(r, 2 * n, h, m, 2 * h + 1);
}

/* Scratch for mul_any(an, bn), an >= bn: it mirrors mul_any's recursion. */
static size_t mul_scratch(size_t an, size_t bn)
{
    if (bn < KARA_MUL_THRESHOLD)
        return 0;
    size_t full = kara_scratch(bn, KARA_MUL_THRESHOLD);
    if (an == bn)
        return full;
    size_t k = an % bn;
    size_t part = k ? mul_scratch(bn, k) : 0;
    return 2 * bn + (full > part ? full : part);
}

/* r = a * b with an >= bn >= 1. An unbalanced product is cut into bn-limb
 * slices of a, each a balanced Karatsuba product. */
static void mul_any(Limb *r, const Limb *a, size_t an, const Limb *b,
                    size_t bn, Limb *w)
{
    if (bn < KARA_MUL_THRESHOLD) {
        mul_basecase(r, a, an, b, bn);
        return;
    }
    if (an == bn) {
        kara_mul(r, a, b, bn, w);
        return;
    }
    Limb *t = w;
    w += 2 * bn;
    kara_mul(r, a, b, bn, w);
    memset(r + 2 * bn, 0, (an - bn) * sizeof(Limb));
    for (size_t off = bn; off < an; off += bn) {
        size_t k = an - off < bn ? an - off : bn;
        if (k == bn)
            kara_mul(t, a + off, b, bn, w);
        else
            mul_any(t, b, bn, a + off, k, w);
        mag_add(r + off, r + off, an + bn - off, t, k + bn);
    }
}

bool mag_mul(Limb *r, const Limb *a, size_t an, const Limb *b, size_t bn)
{
    if (a == b && an == bn)
        return mag_sqr(r, a, an);
    if (an < bn) {
        const Limb *t = a;
        a = b;
        b = t;
        size_t tn = an;
        an = bn;
        bn = tn;
    }
    if (bn == 0) {
        memset(r, 0, an * sizeof(Limb));
        return true;
    }
    size_t need = mul_scratch(an, bn);
    Limb *w = NULL;
    if (need > 0 && !(w = malloc(need * sizeof(Limb))))
        return false;
    mul_any(r, a, an, b, bn, w);
    free(w);
    return true;
}

bool mag_sqr(Limb *r, const Limb *a, size_t n)
{
    if (n == 0)
        return true;
    size_t need = kara_scratch(n, KARA_SQR_THRESHOLD);
    Limb *w = NULL;
    if (need > 0 && !(w = malloc(need * sizeof(Limb))))
        return false;
    kara_sqr(r, a, n, w);
    free(w);
    return true;
}
