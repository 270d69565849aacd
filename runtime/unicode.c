/* unicode.c - lookups in the Unicode character database (unicode_db.h). */
#include "unicode.h"
#include "str.h"

typedef struct UniRecord {
    uint16_t flags;
    int8_t decimal, digit;     /* -1: none */
    uint8_t ext;               /* bit k: map[k] is (count << 16) | offset into uni_ext */
    int32_t map[4];            /* lower, upper, title, fold: a delta unless ext says otherwise */
} UniRecord;

#include "unicode_db.h"

static const UniRecord *record(uint32_t cp)
{
    if (cp > 0x10FFFF) return &uni_records[0];
    unsigned i = uni_index0[cp >> (UNI_SHIFT1 + UNI_SHIFT2)];
    i = uni_index1[(i << UNI_SHIFT1) | ((cp >> UNI_SHIFT2) & ((1u << UNI_SHIFT1) - 1))];
    return &uni_records[uni_index2[(i << UNI_SHIFT2) | (cp & ((1u << UNI_SHIFT2) - 1))]];
}

unsigned uni_flags(uint32_t cp) { return record(cp)->flags; }
int uni_decimal(uint32_t cp) { return record(cp)->decimal; }
int uni_digit(uint32_t cp) { return record(cp)->digit; }

int uni_map(uint32_t cp, int which, uint32_t out[3])
{
    const UniRecord *r = record(cp);
    int32_t m = r->map[which];
    if (!(r->ext & (1u << which))) {
        out[0] = (uint32_t)((int32_t)cp + m);
        return 1;
    }
    int n = m >> 16;
    const uint32_t *src = &uni_ext[m & 0xFFFF];
    for (int i = 0; i < n; i++) out[i] = src[i];
    return n;
}

/* CPython's handle_capital_sigma, on UTF-8 text. */
bool uni_final_sigma(const char *s, size_t size, size_t at)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t c = 0;
    bool found = false;
    for (size_t j = at; j > 0;) {
        do j--; while (j > 0 && (p[j] & 0xC0) == 0x80);
        const char *q = s + j;
        c = utf8_decode(&q);
        if (!uni_has(c, UNI_CASE_IGNORABLE)) { found = true; break; }
    }
    if (!found || !uni_has(c, UNI_CASED)) return false;
    const char *q = s + at, *end = s + size;
    utf8_decode(&q);
    while (q < end) {
        c = utf8_decode(&q);
        if (!uni_has(c, UNI_CASE_IGNORABLE)) return !uni_has(c, UNI_CASED);
    }
    return true;
}

size_t uni_number_to_ascii(const char *s, size_t size, char *out)
{
    const char *p = s, *end = s + size;
    size_t n = 0;
    while (p < end) {
        uint32_t c = utf8_decode(&p);
        int d;
        if (c < 128) out[n++] = (char)c;
        else if (uni_isspace(c)) out[n++] = ' ';
        else if ((d = uni_decimal(c)) >= 0) out[n++] = (char)('0' + d);
        else out[n++] = '?';
    }
    return n;
}
