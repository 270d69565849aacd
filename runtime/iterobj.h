/* iterobj.h - iterator types of the built-in functions. */
#ifndef ATOLL_ITEROBJ_H
#define ATOLL_ITEROBJ_H

#include "object.h"

extern Type enumerate_type, zip_type, map_type, filter_type, reversed_type, calliter_type;

/* iter(func, sentinel) */
Value calliter_new(Task *t, Value func, Value sentinel);

#endif
