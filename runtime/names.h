/* names.h - identifiers the runtime looks up by name, interned once at
 * start-up and shared by every interpreter (immutable after runtime_init). */
#ifndef ATOLL_NAMES_H
#define ATOLL_NAMES_H

#include "value.h"

#define COMMON_NAMES(X) \
    X(__init__) X(__new__) X(__repr__) X(__str__) X(__hash__) X(__bool__) X(__len__) \
    X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) \
    X(__getitem__) X(__setitem__) X(__delitem__) X(__contains__) X(__iter__) X(__next__) \
    X(__call__) X(__enter__) X(__exit__) X(__getattr__) X(__getattribute__) X(__setattr__) \
    X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__index__) X(__int__) X(__float__) \
    X(__format__) X(__class__) X(__dict__) X(__name__) X(__qualname__) X(__module__) \
    X(__doc__) X(__slots__) X(__builtins__) X(__main__) X(__file__) X(__import__) X(__all__) \
    X(__path__) X(__package__) X(__spec__) X(__loader__) X(__neg__) X(__pos__) X(__invert__) \
    X(__abs__) X(__round__) X(__reversed__) X(__missing__) X(__init_subclass__) X(__set_name__) \
    X(__class_getitem__) X(__build_class__) X(__annotations__) X(__mro__) X(__bases__) \
    X(__base__) X(__classcell__) X(__length_hint__) X(__trunc__) X(__floor__) X(__ceil__) \
    X(__sizeof__) X(__dir__) X(__mp_main__) X(__cached__) \
    X(__add__) X(__sub__) X(__mul__) X(__matmul__) X(__truediv__) X(__mod__) X(__pow__) \
    X(__lshift__) X(__rshift__) X(__or__) X(__xor__) X(__and__) X(__floordiv__) \
    X(__radd__) X(__rsub__) X(__rmul__) X(__rmatmul__) X(__rtruediv__) X(__rmod__) X(__rpow__) \
    X(__rlshift__) X(__rrshift__) X(__ror__) X(__rxor__) X(__rand__) X(__rfloordiv__) \
    X(__iadd__) X(__isub__) X(__imul__) X(__imatmul__) X(__itruediv__) X(__imod__) X(__ipow__) \
    X(__ilshift__) X(__irshift__) X(__ior__) X(__ixor__) X(__iand__) X(__ifloordiv__) \
    X(args) X(value) X(code) X(name) X(msg) X(lineno) X(filename) X(text) X(offset) \
    X(errno) X(strerror) X(stdout) X(stderr) X(stdin) X(write) X(flush) X(readline) \
    X(keys) X(items) X(values) X(send) X(throw) X(close) X(end) X(sep) X(file) X(key) \
    X(reverse) X(default) X(path) X(modules) X(argv) X(obj) X(end_lineno) X(end_offset) \
    X(print_file_and_line) X(self)

typedef enum NameId {
#define NAME_ENUM(n) NAME_##n,
    COMMON_NAMES(NAME_ENUM)
#undef NAME_ENUM
    NAME_COUNT
} NameId;

/* Filled by runtime_init, read-only afterwards. */
extern Value atoll_names[NAME_COUNT];
#define NAME(n) (atoll_names[NAME_##n])

void names_init(void);

/* Dunder names of binary operators, indexed by BinOpKind: plain, reflected, in-place. */
Value binop_name(int op);
Value binop_rname(int op);
Value binop_iname(int op);
/* The operator's symbol for messages: "+", "//", ... */
const char *binop_symbol(int op);

#endif
