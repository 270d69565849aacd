/* union.h - types.UnionType, the value of int | str (PEP 604). */
#ifndef ATOLL_UNION_H
#define ATOLL_UNION_H

#include "object.h"

extern Type union_type;

/* The | of classes, None, generic aliases and unions (the binop slot of
 * type, GenericAlias and UnionType); NotImplemented for anything else. */
Value union_binop(Task *t, Value a, Value b, BinOpKind op, int side);

#endif
