/* types.h - the built-in types registered with REGISTER_TYPE (object.h). */
#ifndef ATOLL_TYPES_H
#define ATOLL_TYPES_H

#include "object.h"

/* Prepares every registered built-in type (runtime_init). */
void types_ready_all(void);

#endif
