/* genericalias.h - types.GenericAlias: what list[int], dict[str, int] and
 * the other built-in containers' __class_getitem__ return (annotations). */
#ifndef ATOLL_GENERICALIAS_H
#define ATOLL_GENERICALIAS_H

#include "object.h"

typedef struct GenericAliasObj {
    Obj hdr;
    Value origin;              /* the class subscripted */
    Value args;                /* tuple */
} GenericAliasObj;

extern Type generic_alias_type;

/* origin[item]: item may be a tuple of arguments. */
Value generic_alias_new(Task *t, Value origin, Value item);
/* The __class_getitem__ classmethod of the built-in containers. */
Value generic_class_getitem(Task *t, const Value *args, size_t nargs, Value kwnames);

#endif
