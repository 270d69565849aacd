/* types.h - the list of every built-in type, prepared at start-up. */
#ifndef ATOLL_TYPES_H
#define ATOLL_TYPES_H

#include "object.h"

/* NULL-terminated; parents before children. Exceptions are prepared
 * separately (exc_init_types). */
extern Type *const builtin_types[];

#endif
