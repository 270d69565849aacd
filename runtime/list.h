/* list.h - list: a growable array of values. */
#ifndef ATOLL_LIST_H
#define ATOLL_LIST_H

#include "object.h"

typedef struct ListObj {
    Obj hdr;
    size_t len, cap;
    Value *items;
} ListObj;

#define AS_LIST(v) ((ListObj *)(v))
#define IS_LIST_LIKE(v) HAS_FLAG(v, TF_LIST)

Value list_new(size_t cap);                        /* empty, room for cap */
Value list_from_array(const Value *items, size_t n);
bool list_append(Task *t, Value list, Value v);
bool list_extend(Task *t, Value list, Value iterable);
Value list_from_iter(Task *t, Value iterable);     /* list(iterable) */
bool list_sort(Task *t, Value list, Value key, bool reverse);
void list_reverse_items(Value list);
bool list_insert(Task *t, Value list, int64_t index, Value v);
Value list_pop(Task *t, Value list, int64_t index);
Value list_getslice(Task *t, Value list, int64_t start, int64_t stop, int64_t step);

#endif
