/* range.h - range objects and their iterators.
 *
 * A range keeps its bounds as int Values of any size. When start, stop and
 * step are all small ints (so every item is one), `small` is set and the
 * int64 copies are what indexing and iteration use: iterating such a range
 * allocates nothing per item. */
#ifndef ATOLL_RANGE_H
#define ATOLL_RANGE_H

#include "object.h"

typedef struct RangeObj {
    Obj hdr;
    Value start, stop, step, len;   /* ints; step != 0 */
    bool small;
    int64_t istart, istep, ilen;     /* valid when small */
} RangeObj;

/* Iterator over small items: the next item, the step, the items left. */
typedef struct RangeIterObj {
    Obj hdr;
    int64_t next, step, remaining;
} RangeIterObj;

/* Iterator over a range with big items: item index of len is start + index*step. */
typedef struct LongRangeIterObj {
    Obj hdr;
    Value start, step, len, index;
} LongRangeIterObj;

#define AS_RANGE(v) ((RangeObj *)(v))
#define IS_RANGE(v) IS_TYPE(v, &range_type)

extern Type range_iter_type, longrange_iter_type;

/* range(start, stop, step) for int Values; raises ValueError for step 0. */
Value range_new(Task *t, Value start, Value stop, Value step);

#endif
