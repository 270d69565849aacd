/* hashlibmodule.c - _hashlib: the message digests of hashlib (MD5, SHA-1,
 * SHA-224, SHA-256, SHA-384, SHA-512) as incremental hash objects, written
 * from RFC 1321 and FIPS 180-4. The round constants are the ones those
 * standards define (fractional parts of sines, square roots and cube roots).
 *
 * A hash object keeps the chaining state, the bytes of a partial block and
 * the length so far; digest() finishes a copy, so update() may go on. The
 * state is pointer-free and owned by its object: nothing is shared. */
#include <gc/gc.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "bytes.h"
#include "str.h"
#include "dict.h"
#include "module.h"
#include "alloc.h"

static inline uint32_t rol32(uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t ror32(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }
static inline uint64_t ror64(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static uint32_t load_be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t load_le32(const unsigned char *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static uint64_t load_be64(const unsigned char *p)
{
    return (uint64_t)load_be32(p) << 32 | load_be32(p + 4);
}

static void store_be32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8), p[3] = (unsigned char)v;
}

static void store_le32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16), p[3] = (unsigned char)(v >> 24);
}

static void store_be64(unsigned char *p, uint64_t v)
{
    store_be32(p, (uint32_t)(v >> 32));
    store_be32(p + 4, (uint32_t)v);
}

/* --- MD5 (RFC 1321) ---------------------------------------------------------------------- */

/* floor(|sin(i + 1)| * 2^32) */
static const uint32_t KMD5[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};

/* the left rotations of each round, four per round group */
static const int RMD5[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

static void md5_compress(uint32_t *h, const unsigned char *block)
{
    uint32_t m[16];
    for (int i = 0; i < 16; i++) m[i] = load_le32(block + 4 * i);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        switch (i / 16) {
        case 0: f = (b & c) | (~b & d); g = i; break;
        case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16; break;
        case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
        default: f = c ^ (b | ~d); g = (7 * i) % 16; break;
        }
        uint32_t tmp = d;
        d = c;
        c = b;
        b = b + rol32(a + f + KMD5[i] + m[g], RMD5[(i / 16) * 4 + i % 4]);
        a = tmp;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d;
}

/* --- SHA-1 and SHA-256 (FIPS 180-4) ----------------------------------------------------- */

static void sha1_compress(uint32_t *h, const unsigned char *block)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++) w[i] = load_be32(block + 4 * i);
    for (int i = 16; i < 80; i++) w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) f = (b & c) | (~b & d), k = 0x5a827999;
        else if (i < 40) f = b ^ c ^ d, k = 0x6ed9eba1;
        else if (i < 60) f = (b & c) | (b & d) | (c & d), k = 0x8f1bbcdc;
        else f = b ^ c ^ d, k = 0xca62c1d6;
        uint32_t tmp = rol32(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rol32(b, 30);
        b = a;
        a = tmp;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

/* the first 32 bits of the fractional parts of the cube roots of the first 64 primes */
static const uint32_t K256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_compress(uint32_t *h, const unsigned char *block)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++) w[i] = load_be32(block + 4 * i);
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = hh + S1 + ch + K256[i] + w[i];
        uint32_t S0 = ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d;
    h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

/* --- SHA-512 and SHA-384 ---------------------------------------------------------------- */

/* The first 64 bits of the fractional parts of the cube roots of the first
 * 80 primes. */
static const uint64_t K512[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static void sha512_compress(uint64_t h[8], const unsigned char *block)
{
    uint64_t w[80];
    for (int i = 0; i < 16; i++) w[i] = load_be64(block + 8 * i);
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + S1 + ch + K512[i] + w[i];
        uint64_t S0 = ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d;
    h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

/* --- the algorithms --------------------------------------------------------------------- */

typedef struct Algo {
    const char *name;
    int digest_size, block_size;
    bool wide;                 /* 64-bit words (SHA-512/384) */
    bool little_endian;        /* MD5's lengths and output */
    int state_words;
    uint64_t iv[8];
    void (*compress32)(uint32_t *h, const unsigned char *block);
    void (*compress64)(uint64_t *h, const unsigned char *block);
} Algo;

static const Algo algos[] = {
    {"md5", 16, 64, false, true, 4, {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}, md5_compress, NULL},
    {"sha1", 20, 64, false, false, 5, {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0},
     sha1_compress, NULL},
    {"sha224", 28, 64, false, false, 8,
     {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4},
     sha256_compress, NULL},
    {"sha256", 32, 64, false, false, 8,
     {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19},
     sha256_compress, NULL},
    {"sha384", 48, 128, true, false, 8,
     {0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL,
      0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL, 0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL},
     NULL, sha512_compress},
    {"sha512", 64, 128, true, false, 8,
     {0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
      0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL},
     NULL, sha512_compress},
};

typedef struct HashState {
    union {
        uint32_t w32[8];
        uint64_t w64[8];
    } h;
    unsigned char buf[128];    /* a partial block */
    size_t used;
    uint64_t length;           /* bytes hashed */
} HashState;

typedef struct HashObj {
    Obj hdr;
    const Algo *algo;
    HashState *st;             /* pointer-free block */
} HashObj;

extern Type hash_type;
#define AS_HASH(v) ((HashObj *)(v))

static void state_init(const Algo *a, HashState *s)
{
    memset(s, 0, sizeof *s);
    for (int i = 0; i < a->state_words; i++) {
        if (a->wide) s->h.w64[i] = a->iv[i];
        else s->h.w32[i] = (uint32_t)a->iv[i];
    }
}

static void compress(const Algo *a, HashState *s, const unsigned char *block)
{
    if (a->wide) a->compress64(s->h.w64, block);
    else a->compress32(s->h.w32, block);
}

static void state_update(const Algo *a, HashState *s, const unsigned char *p, size_t n)
{
    size_t bs = (size_t)a->block_size;
    s->length += n;
    if (s->used) {
        size_t take = bs - s->used < n ? bs - s->used : n;
        memcpy(s->buf + s->used, p, take);
        s->used += take, p += take, n -= take;
        if (s->used < bs) return;
        compress(a, s, s->buf);
        s->used = 0;
    }
    for (; n >= bs; p += bs, n -= bs) compress(a, s, p);
    memcpy(s->buf, p, n);
    s->used = n;
}

/* The digest of a copy of the state: padding with a 1 bit, zeros and the
 * length in bits (64-bit, or 128-bit for the wide ones). */
static void state_digest(const Algo *a, const HashState *in, unsigned char *out)
{
    HashState s = *in;
    size_t bs = (size_t)a->block_size, lenbytes = a->wide ? 16 : 8;
    uint64_t bits = s.length << 3;
    unsigned char pad[256] = {0x80};
    size_t padn = 1 + (bs - (s.used + 1 + lenbytes) % bs) % bs;
    unsigned char len[16] = {0};
    if (a->little_endian) {
        store_le32(len, (uint32_t)bits);
        store_le32(len + 4, (uint32_t)(bits >> 32));
    } else {
        if (a->wide) store_be64(len, s.length >> 61);
        store_be64(len + lenbytes - 8, bits);
    }
    state_update(a, &s, pad, padn);
    state_update(a, &s, len, lenbytes);
    unsigned char full[64];
    for (int i = 0; i < a->state_words; i++) {
        if (a->wide) store_be64(full + 8 * i, s.h.w64[i]);
        else if (a->little_endian) store_le32(full + 4 * i, s.h.w32[i]);
        else store_be32(full + 4 * i, s.h.w32[i]);
    }
    memcpy(out, full, (size_t)a->digest_size);
}

/* --- hash objects -------------------------------------------------------------------------- */

static bool data_arg(Task *t, Value v, const char **p, size_t *n)
{
    if (!IS_SMALL(v) && HAS_FLAG(v, TF_STR)) {
        err_format(t, &exc_TypeError, "Strings must be encoded before hashing");
        return false;
    }
    if (!bytes_like(v)) {
        err_format(t, &exc_TypeError, "object supporting the buffer API required");
        return false;
    }
    bytes_view(v, p, n);
    return true;
}

static Value hash_new_of(Task *t, const Algo *a)
{
    HashObj *h = gc_alloc(sizeof *h);
    HashState *st = GC_MALLOC_ATOMIC(sizeof *st);
    if (!h || !st) return err_no_memory(t);
    h->hdr.type = &hash_type;
    h->algo = a;
    h->st = st;
    state_init(a, st);
    return OBJ_VAL(h);
}

static Value hash_update(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "update", nargs - 1, kw, 1, 1)) return 0;
    const char *p;
    size_t n;
    if (!data_arg(t, args[1], &p, &n)) return 0;
    HashObj *h = AS_HASH(args[0]);
    state_update(h->algo, h->st, (const unsigned char *)p, n);
    return V_NONE;
}

static Value hash_digest(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "digest", nargs - 1, kw, 0, 0)) return 0;
    HashObj *h = AS_HASH(args[0]);
    unsigned char out[64];
    state_digest(h->algo, h->st, out);
    return bytes_new(t, (const char *)out, (size_t)h->algo->digest_size);
}

static Value hash_hexdigest(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "hexdigest", nargs - 1, kw, 0, 0)) return 0;
    HashObj *h = AS_HASH(args[0]);
    unsigned char out[64];
    char hex[129];
    state_digest(h->algo, h->st, out);
    for (int i = 0; i < h->algo->digest_size; i++) snprintf(hex + 2 * i, 3, "%02x", out[i]);
    return str_new(hex, 2 * (size_t)h->algo->digest_size);
}

static Value hash_copy(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "copy", nargs - 1, kw, 0, 0)) return 0;
    HashObj *h = AS_HASH(args[0]);
    Value c = hash_new_of(t, h->algo);
    if (c) *AS_HASH(c)->st = *h->st;
    return c;
}

static Value hash_get_name(Task *t, Value self) { (void)t; return str_from_cstr(AS_HASH(self)->algo->name); }
static Value hash_get_digest_size(Task *t, Value self) { (void)t; return MAKE_SMALL(AS_HASH(self)->algo->digest_size); }
static Value hash_get_block_size(Task *t, Value self) { (void)t; return MAKE_SMALL(AS_HASH(self)->algo->block_size); }

static Value hash_repr(Task *t, Value self)
{
    return str_format(t, "<%s _hashlib.HASH object @ %p>", AS_HASH(self)->algo->name, (void *)self);
}

static const MethodDef hash_methods[] = {
    {"update", hash_update, METH_PLAIN, "Update this hash object's state with the provided string."},
    {"digest", hash_digest, METH_PLAIN, "Return the digest value as a bytes object."},
    {"hexdigest", hash_hexdigest, METH_PLAIN, "Return the digest value as a string of hexadecimal digits."},
    {"copy", hash_copy, METH_PLAIN, "Return a copy of the hash object."},
    {NULL},
};

static const MemberDef hash_members[] = {
    {"name", hash_get_name, NULL},
    {"digest_size", hash_get_digest_size, NULL},
    {"block_size", hash_get_block_size, NULL},
    {NULL, NULL, NULL},
};

Type hash_type = {
    .hdr = {&type_type}, .name = "_hashlib.HASH", .size = sizeof(HashObj), .flags = TF_ABSTRACT_NEW,
    .repr = hash_repr, .methods = hash_methods, .members = hash_members,
};
REGISTER_TYPE(hash_type);

/* --- the module: new(name, data=b'') and one constructor per algorithm ---------------------- */

static Value make_hash(Task *t, const Algo *a, const char *fname, const Value *args, size_t nargs, Value kw)
{
    ArgSpec spec = {fname, 0, 1, 0, 3, {"string", "usedforsecurity", "data"}};
    Value v[3];
    if (!args_bind(t, &spec, args, nargs, kw, v)) return 0;
    Value data = v[0] ? v[0] : v[2];
    if (v[0] && v[2]) return err_format(t, &exc_TypeError, "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
    Value h = hash_new_of(t, a);
    if (!h || !data) return h;
    const char *p;
    size_t n;
    if (!data_arg(t, data, &p, &n)) return 0;
    state_update(a, AS_HASH(h)->st, (const unsigned char *)p, n);
    return h;
}

#define CONSTRUCTOR(fn, idx, pyname) \
    static Value fn(Task *t, const Value *args, size_t nargs, Value kw) \
    { return make_hash(t, &algos[idx], pyname, args, nargs, kw); }
CONSTRUCTOR(h_md5, 0, "openssl_md5")
CONSTRUCTOR(h_sha1, 1, "openssl_sha1")
CONSTRUCTOR(h_sha224, 2, "openssl_sha224")
CONSTRUCTOR(h_sha256, 3, "openssl_sha256")
CONSTRUCTOR(h_sha384, 4, "openssl_sha384")
CONSTRUCTOR(h_sha512, 5, "openssl_sha512")

static Value h_new(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"new", 0, 2, 1, 4, {"name", "string", "usedforsecurity", "data"}};
    Value v[4];
    if (!args_bind(t, &spec, args, nargs, kw, v)) return 0;
    if (!IS_STR(v[0])) return err_format(t, &exc_TypeError, "new() argument 'name' must be str, not %s", obj_type_name(v[0]));
    char lower[16];
    size_t n = STR_SIZE(v[0]);
    if (n < sizeof lower) {
        for (size_t i = 0; i <= n; i++) {
            char c = STR_DATA(v[0])[i];
            lower[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
        for (size_t k = 0; k < sizeof algos / sizeof algos[0]; k++) {
            if (!strcmp(lower, algos[k].name)) {
                Value rest[1] = {v[1] ? v[1] : v[3]};
                return make_hash(t, &algos[k], "new", rest, rest[0] ? 1 : 0, 0);
            }
        }
    }
    return err_format(t, &exc_ValueError, "unsupported hash type %S", v[0]);
}

static const MethodDef hashlib_functions[] = {
    {"new", h_new, METH_PLAIN, "Return a new hash object using the named algorithm."},
    {"openssl_md5", h_md5, METH_PLAIN, "Returns a md5 hash object."},
    {"openssl_sha1", h_sha1, METH_PLAIN, "Returns a sha1 hash object."},
    {"openssl_sha224", h_sha224, METH_PLAIN, "Returns a sha224 hash object."},
    {"openssl_sha256", h_sha256, METH_PLAIN, "Returns a sha256 hash object."},
    {"openssl_sha384", h_sha384, METH_PLAIN, "Returns a sha384 hash object."},
    {"openssl_sha512", h_sha512, METH_PLAIN, "Returns a sha512 hash object."},
    {NULL},
};

static bool hashlib_init(Task *t, Value m)
{
    (void)t;
    dict_set_cstr(module_dict(m), "HASH", OBJ_VAL(&hash_type));
    return true;
}

const NativeModule hashlib_native_module = {"_hashlib", hashlib_functions, hashlib_init};
