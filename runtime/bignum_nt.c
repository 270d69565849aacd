/* bignum_nt.c - powers and number theory on int Values: pow (binary
 * exponentiation on limb buffers), pow with a modulus (sliding window, a
 * reusable reduction context, modular inverse for negative exponents), gcd
 * (Lehmer's algorithm) and isqrt (CPython's precision-doubling Newton). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bignum_impl.h"

/* ---- pow ---- */

/* base**e in int64 when it fits (the common x**2, 10**9); false otherwise. */
static bool pow_i64(int64_t base, uint64_t e, int64_t *out)
{
    int64_t r = 1, b = base;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(r, b, &r))
            return false;
        e >>= 1;
        if (!e)
            break;
        if (__builtin_mul_overflow(b, b, &b))
            return false;
    }
    *out = r;
    return true;
}

/* Trailing zero bits of a nonzero magnitude. */
static uint64_t mag_tz(const Limb *a)
{
    uint64_t z = 0;
    while (*a == 0) {
        a++;
        z += LIMB_BITS;
    }
    return z + limb_ctz(*a);
}

/* |odd|**e on two ping-pong buffers of cap limbs: left-to-right binary
 * exponentiation. Returns the result's buffer (x or y) and its length. */
static Limb *pow_mag(const Limb *b, size_t bn, uint64_t e, Limb *x, Limb *y,
                     size_t *rn)
{
    memcpy(x, b, bn * sizeof(Limb));
    size_t xn = bn;
    for (int i = 62 - __builtin_clzll(e); i >= 0; i--) {
        if (!mag_sqr(y, x, xn))
            return NULL;
        xn = mag_norm(y, 2 * xn);
        Limb *t = x;
        x = y;
        y = t;
        if ((e >> i) & 1) {
            if (!mag_mul(y, x, xn, b, bn))
                return NULL;
            xn = mag_norm(y, xn + bn);
            t = x;
            x = y;
            y = t;
        }
    }
    *rn = xn;
    return x;
}

Value big_pow(Value base, Value exp)
{
    if (exp == MAKE_SMALL(0))
        return MAKE_SMALL(1);
    if (base == MAKE_SMALL(0) || base == MAKE_SMALL(1))
        return base;
    if (base == MAKE_SMALL(-1))
        return MAKE_SMALL(big_and(exp, MAKE_SMALL(1)) == MAKE_SMALL(1) ? -1 : 1);
    uint64_t e;
    if (!big_to_u64(exp, &e))
        return 0;
    int64_t r;
    if (IS_SMALL(base) && pow_i64(SMALL_VAL(base), e, &r))
        return big_from_i64(r);
    Mag m;
    mag_view(base, &m);
    int sign = m.sign < 0 && (e & 1) ? -1 : 1;
    /* base = odd * 2**tz: power the odd part, shift once at the end */
    uint64_t tz = mag_tz(m.d);
    if (tz > UINT64_MAX / e)
        return 0;
    size_t skip = (size_t)(tz / LIMB_BITS);
    Limb *odd = malloc((m.n - skip) * sizeof(Limb));
    if (!odd)
        return 0;
    mag_rshift(odd, m.d + skip, m.n - skip, tz % LIMB_BITS);
    size_t on = mag_norm(odd, m.n - skip);
    uint64_t bits = mag_bits(odd, on);
    Value res = 0;
    if (bits <= MAG_MAX_LIMBS * LIMB_BITS / e) {
        size_t cap = (size_t)(bits * e / LIMB_BITS) + 2 * on + 2;
        Limb *x = malloc(2 * cap * sizeof(Limb));
        size_t rn;
        Limb *p = x ? pow_mag(odd, on, e, x, x + cap, &rn) : NULL;
        if (p)
            res = big_from_mag(p, rn, sign);
        free(x);
    }
    free(odd);
    return res && tz ? big_lshift(res, tz * e) : res;
}

/* ---- pow with a modulus ---- */

/* Reduction modulo a fixed multi-limb m: the divisor is normalized once and
 * the products go through one work buffer (no allocation per step). */
typedef struct ModCtx {
    size_t n;  /* limbs of m */
    unsigned s; /* normalizing shift */
    Limb *v;   /* m << s */
    Limb *u;   /* 2n + 1 limbs of work */
    Limb *p;   /* 2n limbs: the product */
} ModCtx;

/* out[0..n) = t[0..tn) mod m, tn <= 2n. */
static void mod_reduce(ModCtx *c, Limb *out, const Limb *t, size_t tn)
{
    size_t n = c->n;
    if (tn < n) {
        memcpy(out, t, tn * sizeof(Limb));
        memset(out + tn, 0, (n - tn) * sizeof(Limb));
        return;
    }
    c->u[tn] = mag_lshift(c->u, t, tn, c->s);
    mag_divrem_norm(NULL, c->u, tn + 1, c->v, n);
    mag_rshift(out, c->u, n, c->s);
}

/* out = x * y mod m (all n limbs; out may alias x or y). */
static bool mod_mul(ModCtx *c, Limb *out, const Limb *x, const Limb *y)
{
    if (!mag_mul(c->p, x, c->n, y, c->n))
        return false;
    mod_reduce(c, out, c->p, 2 * c->n);
    return true;
}

static int window_bits(uint64_t ebits)
{
    return ebits > 671 ? 6 : ebits > 239 ? 5 : ebits > 79 ? 4
         : ebits > 23 ? 3 : ebits > 7 ? 2 : 1;
}

static bool bit_at(const Mag *e, uint64_t i)
{
    return (e->d[i / LIMB_BITS] >> (i % LIMB_BITS)) & 1;
}

/* acc = b**e mod m by left-to-right sliding windows over the odd powers
 * tab[k] = b**(2k+1). All residues are n limbs, zero-padded. */
static bool powmod_window(ModCtx *c, Limb *acc, const Limb *b, const Mag *e)
{
    size_t n = c->n;
    uint64_t ebits = mag_bits(e->d, e->n);
    int w = window_bits(ebits);
    size_t tabn = (size_t)1 << (w - 1);
    Limb *tab = malloc((tabn + 1) * n * sizeof(Limb)), *b2 = tab + tabn * n;
    if (!tab)
        return false;
    bool ok = true;
    memcpy(tab, b, n * sizeof(Limb));
    if (tabn > 1)
        ok = mod_mul(c, b2, b, b);
    for (size_t k = 1; ok && k < tabn; k++)
        ok = mod_mul(c, tab + k * n, tab + (k - 1) * n, b2);
    bool have = false;
    for (int64_t i = (int64_t)ebits - 1; ok && i >= 0;) {
        if (!bit_at(e, (uint64_t)i)) {
            ok = mod_mul(c, acc, acc, acc);
            i--;
            continue;
        }
        int64_t j = i - w + 1 > 0 ? i - w + 1 : 0;
        while (!bit_at(e, (uint64_t)j))
            j++;
        size_t val = 0;
        for (int64_t k = i; k >= j; k--) {
            val = val << 1 | bit_at(e, (uint64_t)k);
            if (have && ok)
                ok = mod_mul(c, acc, acc, acc);
        }
        if (have)
            ok = ok && mod_mul(c, acc, acc, tab + (val >> 1) * n);
        else
            memcpy(acc, tab + (val >> 1) * n, n * sizeof(Limb));
        have = true;
        i = j - 1;
    }
    free(tab);
    return ok;
}

/* b**e mod m for a one-limb m, with a preinverted normalized modulus. */
static Limb mulmod_1(Limb x, Limb y, Limb m, unsigned s, Limb inv)
{
    DLimb p = (DLimb)x * y << s; /* x, y < m < 2**(64-s): no overflow */
    Limb r;
    limb_div_2by1((Limb)(p >> 64), (Limb)p, m << s, inv, &r);
    return r >> s;
}

static Limb powmod_1(Limb b, const Mag *e, Limb m)
{
    unsigned s = limb_clz(m);
    Limb inv = limb_inverse(m << s), r = 1;
    for (int64_t i = (int64_t)mag_bits(e->d, e->n) - 1; i >= 0; i--) {
        r = mulmod_1(r, r, m, s, inv);
        if (bit_at(e, (uint64_t)i))
            r = mulmod_1(r, b, m, s, inv);
    }
    return r;
}

/* b**e mod m for 0 <= b < m, m > 1, e > 0 (magnitudes). */
static Value powmod_mag(Value b, const Mag *e, const Mag *m)
{
    Mag mb;
    mag_view(b, &mb);
    if (m->n == 1)
        return big_from_u64(powmod_1(mb.n ? mb.d[0] : 0, e, m->d[0]));
    size_t n = m->n;
    Limb *buf = malloc((7 * n + 1) * sizeof(Limb));
    if (!buf)
        return 0;
    ModCtx c = {n, limb_clz(m->d[n - 1]), buf, buf + n, buf + 3 * n + 1};
    Limb *base = buf + 5 * n + 1, *acc = base + n;
    mag_lshift(c.v, m->d, n, c.s);
    memcpy(base, mb.d, mb.n * sizeof(Limb));
    memset(base + mb.n, 0, (n - mb.n) * sizeof(Limb));
    Value r = powmod_window(&c, acc, base, e) ? big_from_mag(acc, n, 1) : 0;
    free(buf);
    return r;
}

typedef enum InvResult { INV_OK, INV_NONE, INV_NOMEM } InvResult;

/* *out = a**-1 mod m for 0 <= a < m, m > 1 (extended Euclid). */
static InvResult invmod(Value a, Value m, Value *out)
{
    Value r0 = m, r1 = a, s0 = MAKE_SMALL(0), s1 = MAKE_SMALL(1);
    while (r1 != MAKE_SMALL(0)) {
        Value q, r;
        if (!big_divmod(r0, r1, &q, &r))
            return INV_NOMEM;
        Value qs = big_mul(q, s1);
        Value s2 = qs ? big_sub(s0, qs) : 0;
        if (!s2)
            return INV_NOMEM;
        r0 = r1;
        r1 = r;
        s0 = s1;
        s1 = s2;
    }
    if (r0 != MAKE_SMALL(1))
        return INV_NONE;
    *out = big_mod(s0, m);
    return *out ? INV_OK : INV_NOMEM;
}

bool big_powmod(Value base, Value exp, Value mod, Value *out)
{
    Value m = big_abs(mod);
    if (!m) {
        *out = 0;
        return true;
    }
    if (m == MAKE_SMALL(1)) {
        *out = MAKE_SMALL(0);
        return true;
    }
    Value b = big_mod(base, m);
    if (b && big_sign(exp) < 0) {
        InvResult ir = invmod(b, m, &b);
        if (ir == INV_NONE)
            return false;
        if (ir == INV_NOMEM)
            b = 0;
        exp = b ? big_neg(exp) : 0;
    }
    Value r = 0;
    if (b && exp) {
        Mag me, mm;
        mag_view(exp, &me);
        mag_view(m, &mm);
        r = me.n == 0 ? MAKE_SMALL(1) : powmod_mag(b, &me, &mm);
    }
    if (r && big_sign(mod) < 0 && r != MAKE_SMALL(0))
        r = big_sub(r, m);
    *out = r;
    return true;
}

/* ---- gcd ---- */

static uint64_t gcd_u64(uint64_t a, uint64_t b)
{
    if (a == 0)
        return b;
    if (b == 0)
        return a;
    unsigned k = limb_ctz(a | b);
    a >>= limb_ctz(a);
    while (b) {
        b >>= limb_ctz(b);
        if (a > b) {
            uint64_t t = a;
            a = b;
            b = t;
        }
        b -= a;
    }
    return a << k;
}

/* Lehmer's inner loop (Knuth 4.5.2, algorithm L) on the top 62 bits x, y of
 * u, v: the cofactors of as many Euclid steps as the leading bits decide.
 * B == 0 afterwards means no step was certain. */
static void lehmer_cofactors(int64_t x, int64_t y, int64_t cf[4])
{
    int64_t A = 1, B = 0, C = 0, D = 1;
    while (y + C != 0 && y + D != 0) {
        int64_t q = (x + A) / (y + C);
        if (q != (x + B) / (y + D))
            break;
        __int128 tc = (__int128)A - (__int128)q * C;
        __int128 td = (__int128)B - (__int128)q * D;
        if (tc > INT64_MAX || tc < -INT64_MAX || td > INT64_MAX || td < -INT64_MAX)
            break;
        A = C;
        C = (int64_t)tc;
        B = D;
        D = (int64_t)td;
        int64_t t = x - q * y;
        x = y;
        y = t;
    }
    cf[0] = A;
    cf[1] = B;
    cf[2] = C;
    cf[3] = D;
}

/* (u, v) = (A u + B v, C u + D v) in place over n limbs; the results are
 * known to be nonnegative and A, B (C, D) to have opposite signs, so each
 * limb's signed accumulation fits 128 bits. */
static void lehmer_combine(Limb *u, Limb *v, size_t n, const int64_t cf[4])
{
    __int128 cu = 0, cv = 0;
    for (size_t i = 0; i < n; i++) {
        __int128 ui = (__int128)u[i], vi = (__int128)v[i];
        cu += cf[0] * ui + cf[1] * vi;
        cv += cf[2] * ui + cf[3] * vi;
        u[i] = (Limb)cu;
        v[i] = (Limb)cv;
        cu >>= 64;
        cv >>= 64;
    }
}

/* gcd of u[0..un) >= v[0..vn) > 0, destroying both (capacity un each, v
 * zero-padded); w is a third buffer of un limbs. */
static Value gcd_mag(Limb *u, size_t un, Limb *v, size_t vn, Limb *w)
{
    while (vn > 1) {
        uint64_t bits = mag_bits(u, un), sh = bits - 62;
        int64_t cf[4];
        lehmer_cofactors((int64_t)mag_bits_at(u, un, sh),
                         (int64_t)mag_bits_at(v, vn, sh), cf);
        if (cf[1] == 0) {
            if (!mag_divrem(NULL, w, u, un, v, vn))
                return 0;
            Limb *t = u;
            u = v;
            v = w;
            w = t;
            un = vn;
            vn = mag_norm(v, vn);
            memset(v + vn, 0, (un - vn) * sizeof(Limb));
        } else {
            lehmer_combine(u, v, un, cf);
            un = mag_norm(u, un);
            vn = mag_norm(v, un);
        }
    }
    if (vn == 0)
        return big_from_mag(u, un, 1);
    return big_from_u64(gcd_u64(v[0], mag_mod_1(u, un, v[0])));
}

Value big_gcd(Value a, Value b)
{
    Mag ma, mb;
    mag_view(a, &ma);
    mag_view(b, &mb);
    if (ma.n <= 1 && mb.n <= 1)
        return big_from_u64(gcd_u64(ma.n ? ma.d[0] : 0, mb.n ? mb.d[0] : 0));
    if (mag_cmp(ma.d, ma.n, mb.d, mb.n) < 0) {
        Value t = a;
        a = b;
        b = t;
        mag_view(a, &ma);
        mag_view(b, &mb);
    }
    if (mb.n == 0)
        return big_abs(a);
    size_t n = ma.n;
    Limb *buf = malloc(3 * n * sizeof(Limb));
    if (!buf)
        return 0;
    memcpy(buf, ma.d, n * sizeof(Limb));
    memcpy(buf + n, mb.d, mb.n * sizeof(Limb));
    memset(buf + n + mb.n, 0, (n - mb.n) * sizeof(Limb));
    Value r = gcd_mag(buf, n, buf + n, mb.n, buf + 2 * n);
    free(buf);
    return r;
}

/* ---- isqrt ---- */

static uint64_t isqrt_u64(uint64_t n)
{
    uint64_t r = (uint64_t)sqrt((double)n);
    while ((DLimb)r * r > n)
        r--;
    while ((DLimb)(r + 1) * (r + 1) <= n)
        r++;
    return r;
}

/* CPython's math.isqrt: a Newton iteration that doubles its precision each
 * step, starting from the top bits of n (loop invariant:
 * (a - 1)**2 < n >> 2(c - d) < (a + 1)**2). */
Value big_isqrt(Value n)
{
    uint64_t small;
    if (big_to_u64(n, &small))
        return big_from_u64(isqrt_u64(small));
    uint64_t c = (big_bit_length(n) - 1) / 2, d = 0;
    Value a = MAKE_SMALL(1);
    for (int s = 63 - __builtin_clzll(c); s >= 0; s--) {
        uint64_t e = d;
        d = c >> s;
        Value hi = big_lshift(a, d - e - 1);
        Value t = big_rshift(n, 2 * c - e - d + 1);
        Value q = t ? big_floordiv(t, a) : 0;
        a = hi && q ? big_add(hi, q) : 0;
        if (!a)
            return 0;
    }
    Value sq = big_mul(a, a);
    if (!sq)
        return 0;
    return big_cmp(sq, n) > 0 ? big_sub(a, MAKE_SMALL(1)) : a;
}
