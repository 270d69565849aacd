/* bignum_str.c - int <-> text in bases 2..36 and int <-> bytes.
 *
 * Power-of-two bases move bits directly. Other bases work in "chunks": the
 * largest power base**k that fits a limb (10**19 for base 10), so one limb
 * operation handles k digits. Beyond a few dozen limbs both directions
 * divide and conquer over the powers P[i] = (base**k)**(2**i): to text, x
 * splits as divmod(x, P[i]) with P[i] near sqrt(x); from text, the digits
 * split as hi * P[i] + lo. Both run in O(M(n) log n) with Karatsuba products
 * (the division is Knuth's, O(n^2) for its top level only). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gc/gc.h>

#include "bignum_impl.h"

/* Limb counts (to text) and digit counts (from text) where divide and
 * conquer starts to pay. */
#ifndef TO_STR_DC_LIMBS
#define TO_STR_DC_LIMBS 48
#endif
#ifndef FROM_STR_DC_DIGITS
#define FROM_STR_DC_DIGITS 1600
#endif

static const char DIGIT_CHARS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static bool is_pow2(int base) { return (base & (base - 1)) == 0; }

static int log2_base(int base) { return __builtin_ctz((unsigned)base); }

/* The digits per chunk, k, and the chunk base**k for a non-power-of-2 base. */
typedef struct Chunk {
    int base;
    int k;
    Limb big;
} Chunk;

static Chunk chunk_of(int base)
{
    Chunk c = {base, 1, (Limb)base};
    while (c.big <= LIMB_MAX / (Limb)base) {
        c.big *= (Limb)base;
        c.k++;
    }
    return c;
}

/* P[i] = big**(2**i) for i < count, with its limb and digit counts. */
typedef struct Pows {
    int count;
    Limb *d[48];
    size_t n[48];
    uint64_t digits[48];
} Pows;

static void pows_free(Pows *p)
{
    for (int i = 0; i < p->count; i++)
        free(p->d[i]);
    p->count = 0;
}

/* P[0] = base**k, then squares while the next power would have at most
 * max_limbs limbs or fewer than max_digits digits (a caller sets the one
 * criterion it needs and passes 0 for the other). */
static bool pows_build(Pows *p, const Chunk *c, size_t max_limbs,
                       uint64_t max_digits)
{
    p->count = 0;
    Limb *d = malloc(sizeof(Limb));
    if (!d)
        return false;
    d[0] = c->big;
    p->d[0] = d;
    p->n[0] = 1;
    p->digits[0] = (uint64_t)c->k;
    p->count = 1;
    while (p->count < 48) {
        int i = p->count - 1;
        if (2 * p->n[i] > max_limbs && 2 * p->digits[i] >= max_digits)
            break;
        d = malloc(2 * p->n[i] * sizeof(Limb));
        if (!d || !mag_sqr(d, p->d[i], p->n[i])) {
            free(d);
            pows_free(p);
            return false;
        }
        p->d[i + 1] = d;
        p->n[i + 1] = mag_norm(d, 2 * p->n[i]);
        p->digits[i + 1] = 2 * p->digits[i];
        p->count++;
    }
    return true;
}

/* ---- to text ---- */

uint64_t big_str_digits_bound(Value v, int base)
{
    uint64_t bits = big_bit_length(v);
    if (bits == 0)
        return 1;
    if (is_pow2(base)) {
        int b = log2_base(base);
        return (bits + (uint64_t)b - 1) / (uint64_t)b;
    }
    double per_bit = log(2.0) / log((double)base);
    return (uint64_t)((double)bits * per_bit * (1 + 1e-14)) + 1;
}

/* Writes the k digits of one chunk value backwards from *p, not below out. */
static char *put_chunk(const Chunk *c, char *p, char *out, Limb x)
{
    if (c->base == 10) {
        for (int j = 0; j < c->k && p > out; j++) {
            *--p = (char)('0' + x % 10);
            x /= 10;
        }
    } else {
        for (int j = 0; j < c->k && p > out; j++) {
            *--p = DIGIT_CHARS[x % (Limb)c->base];
            x /= (Limb)c->base;
        }
    }
    return p;
}

/* out[0..w) = the digits of x[0..n) < base**w, zero-padded; destroys x. */
static void to_str_basecase(const Chunk *c, char *out, size_t w, Limb *x,
                            size_t n)
{
    char *p = out + w;
    n = mag_norm(x, n);
    while (n > 0 && p > out) {
        Limb rem = mag_divrem_1(x, x, n, c->big);
        n = mag_norm(x, n);
        p = put_chunk(c, p, out, rem);
    }
    memset(out, '0', (size_t)(p - out));
}

static bool to_str_dc(const Chunk *c, const Pows *pw, char *out, size_t w,
                      Limb *x, size_t n)
{
    n = mag_norm(x, n);
    if (n < TO_STR_DC_LIMBS) {
        to_str_basecase(c, out, w, x, n);
        return true;
    }
    /* the largest power with at most half of x's limbs: P < x < base**w */
    int i = pw->count - 1;
    while (i > 0 && 2 * pw->n[i] > n + 1)
        i--;
    size_t pn = pw->n[i], lo_w = (size_t)pw->digits[i], qn = n - pn + 1;
    Limb *q = malloc((qn + pn) * sizeof(Limb)), *r = q + qn;
    bool ok = q && mag_divrem(q, r, x, n, pw->d[i], pn)
              && to_str_dc(c, pw, out + w - lo_w, lo_w, r, pn)
              && to_str_dc(c, pw, out, w - lo_w, q, qn);
    free(q);
    return ok;
}

/* Digits of a nonzero magnitude, w = a bound on their count; returns the
 * exact count after removing the leading zeros. */
static size_t to_str_mag(const Mag *m, int base, char *out, size_t w)
{
    if (is_pow2(base)) {
        int b = log2_base(base);
        for (size_t j = 0; j < w; j++)
            out[w - 1 - j] = DIGIT_CHARS[mag_bits_at(m->d, m->n, j * (uint64_t)b)
                                         & ((Limb)base - 1)];
    } else if (m->n == 1) { /* the common small case: no scratch */
        Chunk c = {base, w < 64 ? (int)w : 64, 0};
        char *p = put_chunk(&c, out + w, out, m->d[0]);
        memset(out, '0', (size_t)(p - out));
    } else {
        Chunk c = chunk_of(base);
        Limb *x = malloc(m->n * sizeof(Limb));
        Pows pw = {0};
        bool ok = x != NULL;
        if (ok) {
            memcpy(x, m->d, m->n * sizeof(Limb));
            ok = m->n < TO_STR_DC_LIMBS || pows_build(&pw, &c, m->n / 2 + 1, 0);
        }
        ok = ok && to_str_dc(&c, &pw, out, w, x, m->n);
        pows_free(&pw);
        free(x);
        if (!ok)
            return 0;
    }
    size_t z = 0;
    while (z + 1 < w && out[z] == '0')
        z++;
    memmove(out, out + z, w - z);
    return w - z;
}

char *big_to_str(Value v, int base, size_t *len)
{
    if (base < 2 || base > 36)
        return NULL;
    Mag m;
    mag_view(v, &m);
    uint64_t w = big_str_digits_bound(v, base);
    if (w > MAG_MAX_LIMBS * LIMB_BITS)
        return NULL;
    bool neg = m.sign < 0;
    char *s = GC_MALLOC_ATOMIC((size_t)w + 2);
    if (!s)
        return NULL;
    size_t n;
    if (m.n == 0) {
        s[0] = '0';
        n = 1;
    } else {
        s[0] = '-';
        n = to_str_mag(&m, base, s + neg, (size_t)w);
        if (n == 0)
            return NULL;
        n += neg;
    }
    s[n] = '\0';
    if (len)
        *len = n;
    return s;
}

/* ---- from text ---- */

/* Length of the whitespace character at s (ASCII or, in UTF-8, one of
 * Unicode's spaces as str.isspace() sees them), 0 if there is none. */
static size_t space_len(const unsigned char *s, const unsigned char *end)
{
    unsigned c = s[0];
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return 1;
    if (c == 0xc2 && end - s >= 2 && (s[1] == 0x85 || s[1] == 0xa0))
        return 2;
    if (end - s < 3)
        return 0;
    unsigned cp = (c & 0x0f) << 12 | (s[1] & 0x3fu) << 6 | (s[2] & 0x3fu);
    if ((c & 0xf0) != 0xe0 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
        return 0;
    bool sp = cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028
              || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    return sp ? 3 : 0;
}

static int digit_value(unsigned char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'z')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'Z')
        return ch - 'A' + 10;
    return 99;
}

static bool has_prefix(const unsigned char *p, const unsigned char *end,
                       char lower)
{
    return end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == lower;
}

/* Digits (as values) of a power-of-two base, most significant first. */
static Value from_digits_pow2(const uint8_t *dig, size_t nd, int base, int sign)
{
    int b = log2_base(base);
    size_t n = (size_t)(((uint64_t)nd * (uint64_t)b + LIMB_BITS - 1) / LIMB_BITS);
    IntObj *r = big_alloc(n);
    if (!r)
        return 0;
    memset(r->d, 0, n * sizeof(Limb));
    uint64_t pos = 0;
    for (size_t j = nd; j-- > 0; pos += (uint64_t)b) {
        Limb x = dig[j];
        r->d[pos / LIMB_BITS] |= x << (pos % LIMB_BITS);
        if (pos % LIMB_BITS + (uint64_t)b > LIMB_BITS)
            r->d[pos / LIMB_BITS + 1] |= x >> (LIMB_BITS - pos % LIMB_BITS);
    }
    return big_finish(r, n, sign);
}

/* The value of up to k digits. */
static Limb chunk_value(const Chunk *c, const uint8_t *dig, size_t nd)
{
    Limb x = 0;
    for (size_t j = 0; j < nd; j++)
        x = x * (Limb)c->base + dig[j];
    return x;
}

/* Limbs enough for nd digits in any step of from_str_dc. */
static size_t from_str_cap(const Chunk *c, size_t nd)
{
    return nd / (size_t)c->k + 4;
}

/* out = the value of nd digits, chunk by chunk (quadratic); returns limbs. */
static size_t from_str_basecase(const Chunk *c, const uint8_t *dig, size_t nd,
                                Limb *out)
{
    size_t head = nd % (size_t)c->k, n = 0;
    if (head == 0)
        head = (size_t)c->k;
    Limb x = chunk_value(c, dig, head);
    if (x)
        out[n++] = x;
    for (size_t j = head; j < nd; j += (size_t)c->k) {
        Limb carry = mag_mul_1(out, out, n, c->big);
        if (carry)
            out[n++] = carry;
        carry = mag_add_1(out, out, n, chunk_value(c, dig + j, (size_t)c->k));
        if (carry)
            out[n++] = carry;
    }
    return n;
}

/* out (from_str_cap(nd) limbs) = the value of nd digits; *on its length. */
static bool from_str_dc(const Chunk *c, const Pows *pw, const uint8_t *dig,
                        size_t nd, Limb *out, size_t *on)
{
    if (nd <= FROM_STR_DC_DIGITS) {
        *on = from_str_basecase(c, dig, nd, out);
        return true;
    }
    int i = pw->count - 1;
    while (i > 0 && pw->digits[i] >= nd)
        i--;
    size_t lo_d = (size_t)pw->digits[i], hi_d = nd - lo_d;
    size_t hcap = from_str_cap(c, hi_d), lcap = from_str_cap(c, lo_d);
    Limb *hi = malloc((hcap + lcap) * sizeof(Limb)), *lo = hi + hcap;
    size_t hn, ln, pn = pw->n[i];
    bool ok = hi && from_str_dc(c, pw, dig, hi_d, hi, &hn)
              && from_str_dc(c, pw, dig + hi_d, lo_d, lo, &ln);
    if (ok && hn == 0) {
        memcpy(out, lo, ln * sizeof(Limb));
        *on = ln;
    } else if (ok && (ok = mag_mul(out, pw->d[i], pn, hi, hn))) {
        out[hn + pn] = mag_add(out, out, hn + pn, lo, ln);
        *on = mag_norm(out, hn + pn + 1);
    }
    free(hi);
    return ok;
}

static Value from_digits(const uint8_t *dig, size_t nd, int base, int sign)
{
    if (is_pow2(base))
        return from_digits_pow2(dig, nd, base, sign);
    Chunk c = chunk_of(base);
    if (nd <= (size_t)c.k) {
        Limb x = chunk_value(&c, dig, nd);
        return big_from_mag(&x, 1, sign);
    }
    size_t cap = from_str_cap(&c, nd);
    IntObj *r = big_alloc(cap);
    if (!r)
        return 0;
    Pows pw = {0};
    size_t n;
    bool ok = (nd <= FROM_STR_DC_DIGITS || pows_build(&pw, &c, 0, nd))
              && from_str_dc(&c, &pw, dig, nd, r->d, &n);
    pows_free(&pw);
    return ok ? big_finish(r, n, sign) : 0;
}

/* Digits with single underscores between them: their values go to dig,
 * *p advances past them. False for a doubled or trailing underscore. */
static bool scan_digits(const unsigned char **p, const unsigned char *end,
                        int base, uint8_t *dig, size_t *nd)
{
    const unsigned char *s = *p;
    bool after_us = false;
    size_t n = 0;
    for (; s < end; s++) {
        if (*s == '_') {
            if (after_us)
                break;
            after_us = true;
            continue;
        }
        int v = digit_value(*s);
        if (v >= base)
            break;
        dig[n++] = (uint8_t)v;
        after_us = false;
    }
    *p = s;
    *nd = n;
    return !after_us;
}

/* Sign, base detection and prefix; the grammar is CPython's
 * PyLong_FromString. *zero_only: base 0 with a leading 0 and no prefix,
 * where only the value zero is valid ("00" yes, "010" no). */
static const unsigned char *parse_head(const unsigned char *p,
                                       const unsigned char *end, int *base,
                                       int *sign, bool *zero_only)
{
    *sign = 1;
    *zero_only = false;
    if (p < end && (*p == '+' || *p == '-'))
        *sign = *p++ == '-' ? -1 : 1;
    if (*base == 0) {
        if (has_prefix(p, end, 'x'))
            *base = 16;
        else if (has_prefix(p, end, 'o'))
            *base = 8;
        else if (has_prefix(p, end, 'b'))
            *base = 2;
        else {
            *zero_only = p < end && *p == '0';
            *base = 10;
        }
    }
    if ((*base == 16 && has_prefix(p, end, 'x'))
        || (*base == 8 && has_prefix(p, end, 'o'))
        || (*base == 2 && has_prefix(p, end, 'b'))) {
        p += 2;
        if (p < end && *p == '_')
            p++;
    }
    return p;
}

static Value parse_fail(BigParse *st, BigParse why)
{
    *st = why;
    return 0;
}

Value big_parse(const char *s, size_t len, int base, size_t max_digits,
                size_t *ndigits, BigParse *st)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    size_t sp;
    if (ndigits)
        *ndigits = 0;
    if (base != 0 && (base < 2 || base > 36))
        return parse_fail(st, BIG_PARSE_INVALID);
    while (p < end && (sp = space_len(p, end)) > 0)
        p += sp;
    int sign;
    bool zero_only;
    p = parse_head(p, end, &base, &sign, &zero_only);
    if (p < end && *p == '_')
        return parse_fail(st, BIG_PARSE_INVALID);
    uint8_t *dig = malloc((size_t)(end - p) + 1);
    if (!dig)
        return parse_fail(st, BIG_PARSE_NOMEM);
    size_t nd;
    bool ok = scan_digits(&p, end, base, dig, &nd);
    if (ndigits)
        *ndigits = nd;
    if (ok && max_digits > 0 && !is_pow2(base) && nd > max_digits) {
        free(dig);
        return parse_fail(st, BIG_PARSE_TOO_MANY_DIGITS);
    }
    while (p < end && (sp = space_len(p, end)) > 0)
        p += sp;
    if (!ok || nd == 0 || p != end) {
        free(dig);
        return parse_fail(st, BIG_PARSE_INVALID);
    }
    Value v = from_digits(dig, nd, base, sign);
    free(dig);
    if (!v)
        return parse_fail(st, BIG_PARSE_NOMEM);
    if (zero_only && v != MAKE_SMALL(0))
        return parse_fail(st, BIG_PARSE_INVALID);
    *st = BIG_PARSE_OK;
    return v;
}

Value big_from_str(const char *s, size_t len, int base, bool *ok)
{
    BigParse st;
    Value v = big_parse(s, len, base, 0, NULL, &st);
    *ok = st != BIG_PARSE_INVALID;
    return v;
}

/* ---- bytes ---- */

/* Whether v fits length bytes (two's complement when is_signed). */
static bool bytes_fit(const Mag *m, size_t length, bool is_signed)
{
    if (m->sign < 0 && !is_signed)
        return false;
    uint64_t bits = mag_bits(m->d, m->n), room = (uint64_t)length * 8;
    if (!is_signed || m->sign == 0)
        return bits <= room;
    if (room == 0) /* CPython lets -1 fit in zero signed bytes */
        return m->sign < 0 && bits == 1;
    if (bits < room)
        return true;
    /* -2**(room-1) is the one negative value of room bits that fits */
    return m->sign < 0 && bits == room
           && !mag_low_nonzero(m->d, m->n, room - 1);
}

bool big_to_bytes(Value v, size_t length, bool little, bool is_signed,
                  uint8_t *out)
{
    Mag m;
    mag_view(v, &m);
    if (!bytes_fit(&m, length, is_signed))
        return false;
    Limb borrow = 1, limb = 0;
    for (size_t i = 0; i < length; i++) {
        if (i % 8 == 0) {
            size_t j = i / 8;
            limb = j < m.n ? m.d[j] : 0;
            if (m.sign < 0) { /* ~(|v| - 1), limb by limb */
                Limb t = limb - borrow;
                borrow = limb < borrow;
                limb = ~t;
            }
        }
        out[little ? i : length - 1 - i] = (uint8_t)(limb >> (8 * (i % 8)));
    }
    return true;
}

Value big_from_bytes(const uint8_t *p, size_t len, bool little, bool is_signed)
{
    if (len == 0)
        return MAKE_SMALL(0);
    size_t n = (len + 7) / 8;
    IntObj *r = big_alloc(n);
    if (!r)
        return 0;
    memset(r->d, 0, n * sizeof(Limb));
    for (size_t i = 0; i < len; i++)
        r->d[i / 8] |= (Limb)p[little ? i : len - 1 - i] << (8 * (i % 8));
    bool neg = is_signed && (p[little ? len - 1 : 0] & 0x80);
    if (neg) {
        if (len % 8) /* sign-extend, then negate: |v| = 2**(64n) - x */
            r->d[n - 1] |= LIMB_MAX << (8 * (len % 8));
        Limb carry = 1; /* x != 0 (its top bit is set): no carry out */
        for (size_t j = 0; j < n; j++) {
            r->d[j] = ~r->d[j] + carry;
            carry = carry && r->d[j] == 0;
        }
    }
    return big_finish(r, n, neg ? -1 : 1);
}
