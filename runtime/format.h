/* format.h - format(value, spec), ascii(), str % args and bytes % args. */
#ifndef ATOLL_FORMAT_H
#define ATOLL_FORMAT_H

#include "object.h"

/* format(v, spec): __format__ with fast paths for int, float and str. */
Value obj_format(Task *t, Value v, Value spec);
/* format(v, spec) appended to b, the spec given as UTF-8 text: no
 * intermediate objects for int, float and str (str.format, f-strings). */
typedef struct StrBuf StrBuf;
bool obj_format_into(Task *t, StrBuf *b, Value v, const char *spec, size_t n);

/* bytes % args of the n bytes of format at fmt: a bytes object. */
Value bytes_percent(Task *t, const char *fmt, size_t n, Value args);

#endif
