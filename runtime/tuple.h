/* tuple.h - tuple: an immutable array of values. */
#ifndef ATOLL_TUPLE_H
#define ATOLL_TUPLE_H

#include "object.h"

typedef struct TupleObj {
    Obj hdr;
    size_t len;
    Value items[];
} TupleObj;

#define AS_TUPLE(v) ((TupleObj *)(v))
#define TUPLE_LEN(v) (AS_TUPLE(v)->len)
#define TUPLE_ITEM(v, i) (AS_TUPLE(v)->items[i])
#define IS_TUPLE_LIKE(v) HAS_FLAG(v, TF_TUPLE)

/* A new tuple whose items the caller sets before anyone else sees it. */
Value tuple_new(size_t n);
Value tuple_empty(void);
Value tuple_from_array(const Value *items, size_t n);
Value tuple_pack(size_t n, ...);
Value tuple_from_iter(Task *t, Value iterable);     /* tuple(iterable) */
int64_t tuple_hash_items(Task *t, const Value *items, size_t n);   /* CPython's xxHash scheme */


/* Iterator over a tuple: seq is 0 once exhausted. */
typedef struct TupleIterObj {
    Obj hdr;
    Value seq;
    size_t index;
} TupleIterObj;
extern Type tuple_iter_type;

#endif
