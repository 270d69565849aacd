/* ops.c - operators on any values: binary and in-place arithmetic with
 * reflected operands, unary operators, and rich comparison, dispatched
 * through type slots with CPython's precedence rules and messages. */
#include "object.h"
#include "slots.h"
#include "error.h"
#include "str.h"
#include "names.h"
#include "interp.h"

static const char *const cmp_symbols[] = {"==", "!=", "<", "<=", ">", ">="};

static Value binop_error(Task *t, Value a, Value b, BinOpKind op, bool inplace)
{
    const char *sym = binop_symbol(op);
    if (op == BIN_POW && !inplace)
        return err_format(t, &exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                          obj_type_name(a), obj_type_name(b));
    return err_format(t, &exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", sym,
                      inplace ? "=" : "", obj_type_name(a), obj_type_name(b));
}

/* a <op> b without the error: V_NOTIMPL when neither side supports it. */
static Value try_binop(Task *t, Value a, Value b, BinOpKind op)
{
    Type *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    BinOpFn fa = ta->binop, fb = ta != tb ? tb->binop : NULL;
    Value r;
    if (fb && type_is_subtype(tb, ta)) {
        r = fb(t, a, b, op, 1);
        if (r != V_NOTIMPL) return r;
        fb = NULL;
    }
    if (fa) {
        r = fa(t, a, b, op, 0);
        if (r != V_NOTIMPL) return r;
    }
    if (fb) return fb(t, a, b, op, 1);
    return V_NOTIMPL;
}

Value obj_binop(Task *t, Value a, Value b, BinOpKind op)
{
    Value r = try_binop(t, a, b, op);
    return r == V_NOTIMPL ? binop_error(t, a, b, op, false) : r;
}

Value obj_inplace(Task *t, Value a, Value b, BinOpKind op)
{
    InplaceFn f = TYPE_OF(a)->inplace;
    if (f) {
        Value r = f(t, a, b, op);
        if (r != V_NOTIMPL) return r;
    }
    Value r = try_binop(t, a, b, op);
    return r == V_NOTIMPL ? binop_error(t, a, b, op, true) : r;
}

Value obj_unary(Task *t, Value a, UnaryOpKind op)
{
    if (op == UN_NOT) {
        int b = obj_truthy(t, a);
        return b < 0 ? 0 : V_BOOL(!b);
    }
    UnaryFn f = TYPE_OF(a)->unary;
    Value r = f ? f(t, a, op) : V_NOTIMPL;
    /* a built-in slot answers NotImplemented for an operation it lacks; a
     * Python dunder may return it as its value, as in CPython */
    return r != V_NOTIMPL || f == slots_unary ? r : obj_unary_error(t, a, op);
}

Value obj_unary_error(Task *t, Value a, UnaryOpKind op)
{
    static const char *const sym[] = {"~", "not", "+", "-"};
    return err_format(t, &exc_TypeError, "bad operand type for unary %s: '%s'", sym[op], obj_type_name(a));
}

static CmpOpKind swapped(CmpOpKind op)
{
    switch (op) {
    case CMP_LT: return CMP_GT;
    case CMP_LTE: return CMP_GTE;
    case CMP_GT: return CMP_LT;
    case CMP_GTE: return CMP_LTE;
    default: return op;
    }
}

static Value richcmp(Task *t, Value a, Value b, CmpOpKind op);

Value obj_richcmp(Task *t, Value a, Value b, CmpOpKind op)
{
    if (!rec_enter(t, " in comparison")) return 0;
    Value r = richcmp(t, a, b, op);
    rec_leave(t);
    return r;
}

static Value richcmp(Task *t, Value a, Value b, CmpOpKind op)
{
    Type *ta = TYPE_OF(a), *tb = TYPE_OF(b);
    bool reflected = false;
    Value r;
    if (ta != tb && tb->richcmp && type_is_subtype(tb, ta)) {
        reflected = true;
        r = tb->richcmp(t, b, a, swapped(op));
        if (r != V_NOTIMPL) return r;
    }
    if (ta->richcmp) {
        r = ta->richcmp(t, a, b, op);
        if (r != V_NOTIMPL) return r;
    }
    if (!reflected && tb->richcmp) {
        r = tb->richcmp(t, b, a, swapped(op));
        if (r != V_NOTIMPL) return r;
    }
    if (op == CMP_EQ) return V_BOOL(a == b);
    if (op == CMP_NOTEQ) return V_BOOL(a != b);
    return err_format(t, &exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                      cmp_symbols[op], obj_type_name(a), obj_type_name(b));
}

int obj_compare(Task *t, Value a, Value b, CmpOpKind op)
{
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t x = (intptr_t)a, y = (intptr_t)b;
        switch (op) {
        case CMP_EQ: return x == y;
        case CMP_NOTEQ: return x != y;
        case CMP_LT: return x < y;
        case CMP_LTE: return x <= y;
        case CMP_GT: return x > y;
        case CMP_GTE: return x >= y;
        default: break;
        }
    }
    Value r = obj_richcmp(t, a, b, op);
    if (!r) return -1;
    if (r == V_TRUE) return 1;
    if (r == V_FALSE) return 0;
    return obj_truthy(t, r);
}

int obj_eq(Task *t, Value a, Value b)
{
    if (a == b) return 1;
    if (IS_SMALL(a) && IS_SMALL(b)) return 0;
    if (IS_STR(a) && IS_STR(b)) return str_eq(a, b);
    return obj_compare(t, a, b, CMP_EQ);
}
