/* float.c - the float type: arithmetic with Python's floor-division and
 * modulo rules, exact comparison with ints, CPython's hash, and the
 * conversions (repr and parsing come from numfmt.c). */
#include <gc/gc.h>
#include <math.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "interp.h"
#include "str.h"
#include "tuple.h"
#include "int.h"
#include "floatobj.h"
#include "alloc.h"
#include "numfmt.h"
#include "names.h"
#include "slice.h"
#include "bytes.h"

static inline Value float_init(FloatObj *f, double d)
{
    f->hdr.type = &float_type;
    f->v = d;
    return OBJ_VAL(f);
}

static __attribute__((noinline)) Value float_new_refill(Task *t, double d)
{
    FloatObj *f = alloc_words(ALLOC_EXACT_WORDS(sizeof *f));
    return f ? float_init(f, d) : err_no_memory(t);
}

/* Floats are the hottest allocation: a pop from the thread's cache
 * (alloc.h), the refill a tail call. */
Value float_new(Task *t, double d)
{
    FloatObj *f = alloc_pop(ALLOC_EXACT_WORDS(sizeof *f));
    return GC_EXPECT(f != NULL, 1) ? float_init(f, d) : float_new_refill(t, d);
}

int float_operand(Task *t, Value v, double *out)
{
    if (IS_FLOAT(v)) {
        *out = FLOAT_VAL(v);
        return 1;
    }
    Value n = int_norm(v);
    if (n) return int_as_double(t, n, out) ? 1 : -1;
    Value u = obj_unbox(v);
    if (u != v && IS_FLOAT(u)) {
        *out = FLOAT_VAL(u);
        return 1;
    }
    return 0;
}

bool float_as_double_or(Task *t, Value v, double *out, const char *not_real)
{
    if (IS_FLOAT(v)) {
        *out = FLOAT_VAL(v);
        return true;
    }
    if (IS_SMALL(v)) {
        *out = (double)SMALL_VAL(v);
        return true;
    }
    int r = float_operand(t, v, out);
    if (r) return r > 0;
    bool found;
    Value f = call_special(t, v, NAME(__float__), NULL, 0, &found);
    if (found) {
        if (!f) return false;
        if (HAS_FLAG(f, TF_FLOAT)) {
            *out = FLOAT_VAL(obj_unbox(f));
            return true;
        }
        err_format(t, &exc_TypeError, "%s.__float__ returned non-float (type %T)", obj_type_name(v), f);
        return false;
    }
    if (type_lookup(TYPE_OF(v), NAME(__index__))) {
        Value n = obj_index(t, v);
        return n && int_as_double(t, n, out);
    }
    err_format(t, &exc_TypeError, not_real, obj_type_name(v));
    return false;
}

/* --- arithmetic ---------------------------------------------------------------- */

static Value float_divmod_part(Task *t, double x, double y, BinOpKind op)
{
    if (y == 0.0)
        return err_format(t, &exc_ZeroDivisionError, op == BIN_MOD ? "float modulo" : "float floor division by zero");
    double mod = fmod(x, y);
    double div = (x - mod) / y;
    if (mod) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, y);
    }
    if (op == BIN_MOD) return float_new(t, mod);
    double fl;
    if (div) {
        fl = floor(div);
        if (div - fl > 0.5) fl += 1.0;
    } else {
        fl = copysign(0.0, x / y);
    }
    return float_new(t, fl);
}

static Value float_pow(Task *t, double x, double y)
{
    if (x == 0.0 && y < 0.0)
        return err_format(t, &exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0.0 && y != floor(y) && isfinite(y) && isfinite(x))
        return err_format(t, &exc_ValueError, "atoll does not support complex numbers (negative number raised to a fractional power)");
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return err_format(t, &exc_OverflowError, "(34, 'Numerical result out of range')");
    return float_new(t, r);
}

Value float_arith(Task *t, double a, double b, BinOpKind op)
{
    switch (op) {
    case BIN_ADD: return float_new(t, a + b);
    case BIN_SUB: return float_new(t, a - b);
    case BIN_MULT: return float_new(t, a * b);
    case BIN_DIV:
        if (b == 0.0) return err_format(t, &exc_ZeroDivisionError, "float division by zero");
        return float_new(t, a / b);
    case BIN_FLOORDIV:
    case BIN_MOD: return float_divmod_part(t, a, b, op);
    case BIN_POW: return float_pow(t, a, b);
    default: return V_NOTIMPL;
    }
}

static Value float_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    double x, y;
    int ra = float_operand(t, a, &x);
    if (ra <= 0) return ra < 0 ? 0 : V_NOTIMPL;
    int rb = float_operand(t, b, &y);
    if (rb <= 0) return rb < 0 ? 0 : V_NOTIMPL;
    return float_arith(t, x, y, op);
}

static Value float_unary(Task *t, Value a, UnaryOpKind op)
{
    double x = FLOAT_VAL(a);
    if (op == UN_USUB) return float_new(t, -x);
    if (op == UN_UADD) return a;
    return V_NOTIMPL;
}

/* Compares a double with an int exactly. */
static int cmp_with_int(double d, Value n)
{
    if (IS_SMALL(n) && fabs(d) < 9e15) {
        double m = (double)SMALL_VAL(n);
        return d < m ? -1 : d > m;
    }
    return -big_cmp_double(n, d);
}

static Value float_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    double x = FLOAT_VAL(self), y;
    int c;
    Value n = int_norm(other);
    if (IS_FLOAT(other)) {
        y = FLOAT_VAL(other);
        if (isnan(x) || isnan(y)) return V_BOOL(op == CMP_NOTEQ);
        c = x < y ? -1 : x > y;
    } else if (n) {
        if (isnan(x)) return V_BOOL(op == CMP_NOTEQ);
        c = cmp_with_int(x, n);
    } else {
        return V_NOTIMPL;
    }
    return cmp_result(c, op);
}

/* CPython's _Py_HashDouble: equal to the hash of an equal int. */
int64_t float_hash(double v, Value self)
{
    const uint64_t mod = ((uint64_t)1 << 61) - 1;
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? 314159 : -314159;
        uintptr_t p = (uintptr_t)self;
        return (int64_t)((p >> 4) | (p << 60));
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & mod) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= y;
        x += y;
        if (x >= mod) x -= mod;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & mod) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

static int64_t float_hash_slot(Task *t, Value self) { return float_hash(FLOAT_VAL(self), self); }
static int float_truth(Task *t, Value self) { return FLOAT_VAL(self) != 0.0; }

static Value float_repr(Task *t, Value self)
{
    char buf[NUMFMT_BUF_MAX];
    size_t n = numfmt_repr_buf(FLOAT_VAL(self), buf);
    return str_new_len(buf, n, n);
}

/* --- float(x) ----------------------------------------------------------------------- */

bool float_from_object(Task *t, Value x, double *out)
{
    int r = float_operand(t, x, out);
    if (r) return r > 0;
    Value u = obj_unbox(x);
    if (IS_STR(u) || HAS_FLAG(u, TF_BYTES) || IS_TYPE(u, &bytearray_type)) {
        const char *p;
        size_t n;
        if (IS_STR(u)) p = STR_DATA(u), n = STR_SIZE(u);
        else bytes_view(u, &p, &n);
        if (numfmt_parse_float(p, n, IS_STR(u), out)) return true;
        err_format(t, &exc_ValueError, "could not convert string to float: %R", u);
        return false;
    }
    bool found;
    Value f = call_special(t, x, NAME(__float__), NULL, 0, &found);
    if (!found) f = call_special(t, x, NAME(__index__), NULL, 0, &found);
    if (!found) {
        err_format(t, &exc_TypeError, "float() argument must be a string or a real number, not '%s'", obj_type_name(x));
        return false;
    }
    if (!f) return false;
    if (float_operand(t, f, out) > 0) return true;
    if (!t->exc) err_format(t, &exc_TypeError, "%s.__float__ returned non-float (type %T)", obj_type_name(x), f);
    return false;
}

static Value float_new_slot(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "float", nargs, kw, 0, 1)) return 0;
    if (nargs == 0) return float_new(t, 0.0);
    if (IS_FLOAT(args[0])) return args[0];
    double d;
    return float_from_object(t, args[0], &d) ? float_new(t, d) : 0;
}

/* --- methods ---------------------------------------------------------------------- */

#define X FLOAT_VAL(obj_unbox(args[0]))

static Value m_is_integer(Task *t, const Value *args, size_t n, Value kw)
{
    double x = X;
    return V_BOOL(isfinite(x) && x == floor(x));
}

static Value m_trunc(Task *t, const Value *args, size_t n, Value kw) { return int_from_double(t, trunc(X)); }
static Value m_floor(Task *t, const Value *args, size_t n, Value kw) { return int_from_double(t, floor(X)); }
static Value m_ceil(Task *t, const Value *args, size_t n, Value kw) { return int_from_double(t, ceil(X)); }
static Value m_abs(Task *t, const Value *args, size_t n, Value kw) { return float_new(t, fabs(X)); }
static Value m_float(Task *t, const Value *args, size_t n, Value kw) { return float_new(t, X); }

static Value m_round(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "__round__", n, kw, 1, 2)) return 0;
    if (n < 2 || args[1] == V_NONE) return int_from_double(t, numfmt_round_int(X));
    int64_t nd;
    Value ndv = obj_index(t, args[1]);
    if (!ndv) return 0;
    int_to_i64(ndv, &nd);   /* clamps, as PyNumber_AsSsize_t does */
    double out;
    const char *err = numfmt_round(X, nd, &out);
    if (err) return err_format(t, numfmt_error_kind(err) == NUMFMT_OVERFLOW_ERROR ? &exc_OverflowError : &exc_MemoryError, "%s", err);
    return float_new(t, out);
}

static Value m_as_integer_ratio(Task *t, const Value *args, size_t n, Value kw)
{
    double x = X;
    if (isinf(x)) return err_format(t, &exc_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return err_format(t, &exc_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = int_from_double(t, m), den = MAKE_SMALL(1);
    if (!num) return 0;
    if (e > 0) num = big_lshift(num, e);
    else den = big_lshift(den, -e);
    if (!num || !den) return err_no_memory(t);
    return tuple_pack(2, num, den);
}

static Value m_hex(Task *t, const Value *args, size_t n, Value kw)
{
    char buf[NUMFMT_BUF_MAX];
    size_t len = numfmt_hex(X, buf);
    return str_new_len(buf, len, len);
}

static Value m_fromhex(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "fromhex", n - 1, kw, 1, 1)) return 0;
    if (!IS_STR(args[1]))
        return err_format(t, &exc_TypeError, "fromhex() argument must be str, not %s", obj_type_name(args[1]));
    double d;
    const char *err = numfmt_fromhex(STR_DATA(args[1]), STR_SIZE(args[1]), &d);
    if (err)
        return err_format(t, numfmt_error_kind(err) == NUMFMT_OVERFLOW_ERROR ? &exc_OverflowError : &exc_ValueError, "%s", err);
    Value f = float_new(t, d);
    if (f && args[0] != OBJ_VAL(&float_type)) return obj_call(t, args[0], &f, 1, 0);
    return f;
}

static Value m_format(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "__format__", n, kw, 2, 2)) return 0;
    if (!IS_STR(args[1]))
        return err_format(t, &exc_TypeError, "__format__() argument must be str, not %T", args[1]);
    return float_format_spec(t, X, args[1]);
}

static Value m_getnewargs(Task *t, const Value *args, size_t n, Value kw) { return tuple_pack(1, obj_unbox(args[0])); }
static Value m_conjugate(Task *t, const Value *args, size_t n, Value kw) { return obj_unbox(args[0]); }

static const MethodDef float_methods[] = {
    {"is_integer", m_is_integer, METH_PLAIN, NULL},
    {"as_integer_ratio", m_as_integer_ratio, METH_PLAIN, NULL},
    {"hex", m_hex, METH_PLAIN, NULL},
    {"fromhex", m_fromhex, METH_CLASS, NULL},
    {"conjugate", m_conjugate, METH_PLAIN, NULL},
    {"__trunc__", m_trunc, METH_PLAIN, NULL},
    {"__int__", m_trunc, METH_PLAIN, NULL},
    {"__floor__", m_floor, METH_PLAIN, NULL},
    {"__ceil__", m_ceil, METH_PLAIN, NULL},
    {"__round__", m_round, METH_PLAIN, NULL},
    {"__abs__", m_abs, METH_PLAIN, NULL},
    {"__float__", m_float, METH_PLAIN, NULL},
    {"__format__", m_format, METH_PLAIN, NULL},
    {"__getnewargs__", m_getnewargs, METH_PLAIN, NULL},
    {NULL},
};

static Value get_real(Task *t, Value self) { return obj_unbox(self); }
static Value get_imag(Task *t, Value self) { return float_new(t, 0.0); }

static const MemberDef float_members[] = {
    {"real", get_real, NULL}, {"imag", get_imag, NULL},
    {NULL},
};

Type float_type = {
    .hdr = {&type_type}, .name = "float", .size = sizeof(FloatObj), .flags = TF_BASETYPE | TF_FLOAT,
    .repr = float_repr, .hash = float_hash_slot, .richcmp = float_richcmp, .binop = float_binop,
    .unary = float_unary, .truth = float_truth, .new_ = float_new_slot,
    .methods = float_methods, .members = float_members,
};
REGISTER_TYPE(float_type);
