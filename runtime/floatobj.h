/* floatobj.h - the float type: a boxed IEEE double. */
#ifndef ATOLL_FLOATOBJ_H
#define ATOLL_FLOATOBJ_H

#include "object.h"

typedef struct FloatObj {
    Obj hdr;
    double v;
} FloatObj;

#define FLOAT_VAL(x) (((FloatObj *)(x))->v)

Value float_new(Task *t, double d);
/* float(x) of any object: the value, or false with TypeError/ValueError. */
bool float_from_object(Task *t, Value x, double *out);
/* A float or int operand as a double (OverflowError for huge ints);
 * returns 0 when v is neither, -1 on error, 1 on success. */
int float_operand(Task *t, Value v, double *out);
/* CPython's PyFloat_AsDouble: float, int, __float__, __index__; for
 * anything else a TypeError from the format not_real (one %s: the type). */
bool float_as_double_or(Task *t, Value v, double *out, const char *not_real);
/* The same with PyFloat_AsDouble's message, "must be real number, not X". */
static inline bool float_as_double(Task *t, Value v, double *out)
{
    return float_as_double_or(t, v, out, "must be real number, not %s");
}
Value float_arith(Task *t, double a, double b, BinOpKind op);
int64_t float_hash(double d, Value self);

/* format(x, spec) of the built-in numbers and strings (format.c). */
Value int_format_spec(Task *t, Value n, Value spec);
Value float_format_spec(Task *t, double d, Value spec);
Value str_format_spec(Task *t, Value s, Value spec);

#endif
