/* structseq.h - struct sequences: tuples whose items also have names
 * (sys.version_info, sys.float_info...), as CPython's PyStructSequence. */
#ifndef ATOLL_STRUCTSEQ_H
#define ATOLL_STRUCTSEQ_H

#include "object.h"

/* A new struct sequence class of this interpreter: a tuple subclass with a
 * read-only attribute per field and CPython's repr, "module.name(f=v, ...)"
 * (just "name(...)" when module is NULL). */
Value structseq_type(Task *t, const char *module, const char *name, const char *const *fields, size_t nfields);
/* An instance of such a class holding values[0..n). */
Value structseq_new(Task *t, Value type, const Value *values, size_t n);

#endif
