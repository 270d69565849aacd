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

/* CPython's PySequence_Fast: the items of a list or tuple as they are, or of
 * list(v); returns the list or tuple holding them (0 on error). When v is
 * not iterable, msg (if not NULL) replaces the TypeError's message. The
 * items of a list may move if the list changes: read them before calling
 * Python code. */
Value seq_fast(Task *t, Value v, const char *msg, const Value **items, size_t *n);

/* Iterators over a list, forward and reversed: list is 0 once exhausted. */
typedef struct ListIterObj {
    Obj hdr;
    Value list;
    int64_t index;
} ListIterObj;
extern Type list_iter_type, list_reviter_type;

#endif
