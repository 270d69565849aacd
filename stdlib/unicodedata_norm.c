/* unicodedata_norm.c - the Unicode normalization forms NFD, NFC, NFKD and
 * NFKC (UAX #15): full decomposition, canonical ordering of combining
 * marks, then for NFC/NFKC canonical composition. Hangul syllables are
 * (de)composed arithmetically from their jamo, as the standard defines. */
#include <gc/gc.h>
#include <string.h>
#include "unicodedata.h"

/* Hangul: a syllable is S_BASE + (L * V_COUNT + V) * T_COUNT + T. */
enum {
    S_BASE = 0xAC00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11A7,
    L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT,
};

typedef struct CpBuf {
    uint32_t *cps;
    size_t len, cap;
} CpBuf;

static void push(CpBuf *b, uint32_t cp)
{
    if (b->len == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 16;
        uint32_t *cps = GC_MALLOC_ATOMIC(cap * sizeof *cps);
        if (b->len) memcpy(cps, b->cps, b->len * sizeof *cps);
        b->cps = cps;
        b->cap = cap;
    }
    b->cps[b->len++] = cp;
}

static unsigned ccc(uint32_t cp) { return ucd_record(cp)->combining; }

/* Appends the full decomposition of cp (canonical only unless compat). */
static void decompose(CpBuf *b, uint32_t cp, bool compat)
{
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
        unsigned s = cp - S_BASE;
        push(b, L_BASE + s / N_COUNT);
        push(b, V_BASE + s % N_COUNT / T_COUNT);
        if (s % T_COUNT) push(b, T_BASE + s % T_COUNT);
        return;
    }
    const char *tag;
    int n;
    const uint32_t *d = ucd_decomposition(cp, &tag, &n);
    if (!d || (*tag && !compat)) {
        push(b, cp);
        return;
    }
    for (int i = 0; i < n; i++) decompose(b, d[i], compat);
}

/* Sorts each run of non-starters by combining class, keeping the order of
 * equal classes (an insertion sort: runs are short). */
static void canonical_order(uint32_t *cps, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        uint32_t c = cps[i];
        unsigned k = ccc(c);
        if (k == 0) continue;
        size_t j = i;
        for (; j > 0; j--) {
            unsigned p = ccc(cps[j - 1]);
            if (p == 0 || p <= k) break;
            cps[j] = cps[j - 1];
        }
        cps[j] = c;
    }
}

/* The composite of a starter and the character right after it or after
 * unblocked marks, 0 if none: jamo L+V and syllable LV+T arithmetically. */
static uint32_t compose_pair(uint32_t s, uint32_t c)
{
    if (s >= L_BASE && s < L_BASE + L_COUNT && c >= V_BASE && c < V_BASE + V_COUNT)
        return S_BASE + ((s - L_BASE) * V_COUNT + (c - V_BASE)) * T_COUNT;
    if (s >= S_BASE && s < S_BASE + S_COUNT && (s - S_BASE) % T_COUNT == 0
        && c > T_BASE && c < T_BASE + T_COUNT)
        return s + (c - T_BASE);
    return ucd_compose(s, c);
}

/* Canonical composition in place; returns the new length. A mark is blocked
 * from the last starter by anything between them of class 0 or of a class
 * not below its own; in canonical order the last one between has the
 * highest class, so it alone decides. */
static size_t compose(uint32_t *cps, size_t n)
{
    size_t len = 0, starter = 0;
    bool have_starter = false;
    unsigned last = 0;          /* class of the last character kept */
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        unsigned k = ccc(c);
        if (have_starter) {
            bool adjacent = starter == len - 1;
            uint32_t comp = (adjacent || last < k) ? compose_pair(cps[starter], c) : 0;
            if (comp) {
                cps[starter] = comp;
                continue;
            }
        }
        if (k == 0) {
            starter = len;
            have_starter = true;
        }
        last = k;
        cps[len++] = c;
    }
    return len;
}

size_t ucd_normalize(int form, const uint32_t *cps, size_t n, uint32_t **out)
{
    CpBuf b = {0};
    bool compat = form == UCD_NFKC || form == UCD_NFKD;
    for (size_t i = 0; i < n; i++) decompose(&b, cps[i], compat);
    canonical_order(b.cps, b.len);
    if (form == UCD_NFC || form == UCD_NFKC) b.len = compose(b.cps, b.len);
    *out = b.cps;
    return b.len;
}
