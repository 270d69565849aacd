/* descr.h - descriptors: classmethod, staticmethod, property, computed
 * attributes of built-in types, and super. */
#ifndef ATOLL_DESCR_H
#define ATOLL_DESCR_H

#include "object.h"

extern Type member_descr_type;

Value classmethod_new(Value func);
Value staticmethod_new(Value func);
Value staticmethod_func(Value sm);
Value member_descr_new(const MemberDef *m, Type *owner);
/* super(type, obj), as __init_subclass__ dispatch needs. */
Value super_new_for(Task *t, Type *type, Value obj);

#endif
