/* slots.h - special methods: the `__dunder__` wrappers that expose built-in
 * slots to Python, and the slots of classes that call Python dunders. */
#ifndef ATOLL_SLOTS_H
#define ATOLL_SLOTS_H

#include "object.h"

extern Type slot_wrapper_type;

/* Adds wrappers for the slots a built-in type defines (or overrides). */
void slots_add_wrappers(Type *tp);
/* The class in tp's MRO whose dict holds name (type.c). */
Type *type_definer(Type *tp, Value name);
/* object's own new and init (type.c), which other code compares against. */
Value object_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw);
bool object_init(Task *t, Value self, const Value *args, size_t nargs, Value kw);
extern const MemberDef instance_dict_member;
/* The unary slot of a class with __neg__, __pos__ or __invert__: what the
 * dunder returns is the result, NotImplemented included (obj_unary). */
Value slots_unary(Task *t, Value a, UnaryOpKind op);

#endif
