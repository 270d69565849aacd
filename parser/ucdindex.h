/* ucdindex.h - the three-level index over all code points that the generated
 * Unicode tables use (tools/gen_unicodedata.py): the code point's high bits
 * pick a block of level 1, its middle bits a block of level 2, its low bits
 * the value. Repeated blocks are stored once, which is what keeps a table
 * of 0x110000 values small. Shared by parser/uninames.c and
 * stdlib/unicodedata_db.c. */
#ifndef ATOLL_UCDINDEX_H
#define ATOLL_UCDINDEX_H

#include <stdint.h>

typedef struct UcdIndex {
    const uint16_t *level0, *level1, *level2;
    unsigned shift1, shift2;
} UcdIndex;

#define UCD_MAXCP 0x110000u

/* The value stored for cp (0 beyond the last code point). */
static inline unsigned ucd_index_get(const UcdIndex *x, uint32_t cp)
{
    if (cp >= UCD_MAXCP) return 0;
    unsigned i = x->level0[cp >> (x->shift1 + x->shift2)];
    i = x->level1[(i << x->shift1) | ((cp >> x->shift2) & ((1u << x->shift1) - 1))];
    return x->level2[(i << x->shift2) | (cp & ((1u << x->shift2) - 1))];
}

#endif
