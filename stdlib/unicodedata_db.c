/* unicodedata_db.c - lookups in the tables of the unicodedata module
 * (unicodedata_db.h, which only this file includes). */
#include "unicodedata.h"
#include "unicodedata_db.h"

const UcdRecord *ucd_record(uint32_t cp) { return &ucd_records[ucd_index_get(&ucd_record_index, cp)]; }
const char *ucd_category(const UcdRecord *r) { return ucd_categories[r->category]; }
const char *ucd_bidirectional(const UcdRecord *r) { return ucd_bidi_names[r->bidirectional]; }
const char *ucd_east_asian_width(const UcdRecord *r) { return ucd_eaw_names[r->east_asian_width]; }
double ucd_numeric(const UcdRecord *r) { return ucd_numerics[r->numeric - 1]; }

const uint32_t *ucd_decomposition(uint32_t cp, const char **tag, int *count)
{
    unsigned at = ucd_index_get(&ucd_decomp_index, cp);
    *count = (int)(ucd_decomp[at] & 0xFF);
    *tag = ucd_decomp_tags[ucd_decomp[at] >> 8];
    return at ? &ucd_decomp[at + 1] : NULL;
}

uint32_t ucd_compose(uint32_t first, uint32_t second)
{
    size_t lo = 0, hi = sizeof ucd_pairs / sizeof ucd_pairs[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const uint32_t *p = ucd_pairs[mid];
        if (p[0] == first && p[1] == second) return p[2];
        if (p[0] < first || (p[0] == first && p[1] < second)) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}
