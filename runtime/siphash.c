/* siphash.c - SipHash-1-3 (Aumasson and Bernstein's SipHash with one
 * compression round and three finalization rounds), as CPython 3.11 hashes
 * bytes and the code units of a str. */
#include <string.h>
#include "siphash.h"

static inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

typedef struct { uint64_t v0, v1, v2, v3; } SipState;

static inline void sip_round(SipState *s)
{
    s->v0 += s->v1; s->v1 = rotl(s->v1, 13); s->v1 ^= s->v0; s->v0 = rotl(s->v0, 32);
    s->v2 += s->v3; s->v3 = rotl(s->v3, 16); s->v3 ^= s->v2;
    s->v0 += s->v3; s->v3 = rotl(s->v3, 21); s->v3 ^= s->v0;
    s->v2 += s->v1; s->v1 = rotl(s->v1, 17); s->v1 ^= s->v2; s->v2 = rotl(s->v2, 32);
}

/* Little-endian: the target is x86-64 or another little-endian machine. */
static inline uint64_t load_le(const unsigned char *p, size_t n)
{
    uint64_t w = 0;
    memcpy(&w, p, n);
    return w;
}

int64_t hash_data(const void *data, size_t n)
{
    if (n == 0) return 0;
    const unsigned char *p = data;
    /* the key is zero: the initial state is the four constants themselves */
    SipState s = {0x736f6d6570736575ULL, 0x646f72616e646f6dULL, 0x6c7967656e657261ULL, 0x7465646279746573ULL};
    uint64_t last = (uint64_t)n << 56;
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t m = load_le(p, 8);
        s.v3 ^= m;
        sip_round(&s);
        s.v0 ^= m;
    }
    last |= load_le(p, n);
    s.v3 ^= last;
    sip_round(&s);
    s.v0 ^= last;
    s.v2 ^= 0xff;
    sip_round(&s);
    sip_round(&s);
    sip_round(&s);
    int64_t h = (int64_t)(s.v0 ^ s.v1 ^ s.v2 ^ s.v3);
    return h == -1 ? -2 : h;
}
