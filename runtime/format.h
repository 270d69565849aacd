/* format.h - format(value, spec), ascii(), and str % args. */
#ifndef ATOLL_FORMAT_H
#define ATOLL_FORMAT_H

#include "object.h"

/* format(v, spec): __format__ with fast paths for int, float and str. */
Value obj_format(Task *t, Value v, Value spec);

#endif
