/* bool.c - bool: the int subclass with two instances. */
#include "object.h"
#include "error.h"
#include "str.h"
#include "int.h"

/* True and False carry no digits: int code reads them through int_norm. */
const Obj true_obj = {&bool_type};
const Obj false_obj = {&bool_type};

static Value bool_repr(Task *t, Value self)
{
    return str_from_cstr(self == V_TRUE ? "True" : "False");
}

static Value bool_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "bool", nargs, kw, 0, 1)) return 0;
    if (nargs == 0) return V_FALSE;
    int r = obj_truthy(t, args[0]);
    return r < 0 ? 0 : V_BOOL(r);
}

/* &, | and ^ of two bools stay bools; everything else is int arithmetic. */
static Value bool_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    if (IS_BOOL(a) && IS_BOOL(b)) {
        bool x = a == V_TRUE, y = b == V_TRUE;
        if (op == BIN_BITAND) return V_BOOL(x & y);
        if (op == BIN_BITOR) return V_BOOL(x | y);
        if (op == BIN_BITXOR) return V_BOOL(x ^ y);
    }
    return int_type.binop(t, a, b, op, side);
}

static int bool_truth(Task *t, Value self) { return self == V_TRUE; }

Type bool_type = {
    .hdr = {&type_type}, .name = "bool", .base = &int_type, .size = sizeof(Obj),
    .repr = bool_repr, .new_ = bool_new, .binop = bool_binop, .truth = bool_truth,
};
REGISTER_TYPE(bool_type);
