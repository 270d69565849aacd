/* unicodedata.h - the character database of the unicodedata module
 * (stdlib/unicodedata_db.c, over the tables tools/gen_unicodedata.py writes
 * from CPython 3.11, Unicode 14.0.0) and its normalization
 * (stdlib/unicodedata_norm.c). */
#ifndef ATOLL_UNICODEDATA_H
#define ATOLL_UNICODEDATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "ucdindex.h"

/* The properties of a code point, as names or numbers into the tables. */
typedef struct UcdRecord {
    uint8_t category, bidirectional, combining, east_asian_width, mirrored;
    uint8_t numeric;            /* 0: none; else 1 + its index in the values */
} UcdRecord;

const UcdRecord *ucd_record(uint32_t cp);
const char *ucd_category(const UcdRecord *r);
const char *ucd_bidirectional(const UcdRecord *r);
const char *ucd_east_asian_width(const UcdRecord *r);
double ucd_numeric(const UcdRecord *r);     /* r->numeric != 0 */

/* The decomposition of cp from UnicodeData (Hangul syllables have none):
 * its code points, and through *tag its compatibility tag ("" when
 * canonical); NULL (count 0) when it has none. */
const uint32_t *ucd_decomposition(uint32_t cp, const char **tag, int *count);

/* The primary composite of a pair of code points, or 0. */
uint32_t ucd_compose(uint32_t first, uint32_t second);

/* The normalization forms. */
enum { UCD_NFC, UCD_NFD, UCD_NFKC, UCD_NFKD };

/* Writes the normalization of cps[0..n) to *out (GC-allocated) and returns
 * its length. */
size_t ucd_normalize(int form, const uint32_t *cps, size_t n, uint32_t **out);

#endif
