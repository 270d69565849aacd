/* int.c - the int type: Python semantics over tagged small ints (fast
 * paths, overflow-checked) and bignum.c for everything larger; errors and
 * messages as CPython's. */
#include <gc/gc.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "object.h"
#include "error.h"
#include "names.h"
#include "str.h"
#include "tuple.h"
#include "int.h"
#include "floatobj.h"
#include "interp.h"
#include "slice.h"
#include "bytes.h"
#include "unicode.h"

Value int_from_i64(Task *t, int64_t n)
{
    if (FITS_SMALL(n)) return MAKE_SMALL(n);
    Value v = big_from_i64(n);
    return v ? v : err_no_memory(t);
}

Value int_from_double(Task *t, double d)
{
    if (isinf(d)) return err_format(t, &exc_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return err_format(t, &exc_ValueError, "cannot convert float NaN to integer");
    if (d > -4e18 && d < 4e18) return MAKE_SMALL((int64_t)d);
    Value v = big_from_double(d);
    return v ? v : err_no_memory(t);
}

Value int_norm(Value v)
{
    if (IS_SMALL(v) || IS_BIG(v)) return v;
    if (IS_BOOL(v)) return MAKE_SMALL(v == V_TRUE);
    if (AS_OBJ(v)->type->boxed == &int_type) return ((BoxObj *)v)->value;
    return 0;
}

/* v as an int value: ints and bools as they are, else through __index__
 * (TypeError "'X' object cannot be interpreted as an integer"), so that a
 * C caller handed any object gets an exception, never a bad read. */
static Value int_of(Task *t, Value v)
{
    Value n = int_norm(v);
    return n ? n : obj_index(t, v);
}

bool int_as_i64(Task *t, Value v, int64_t *out)
{
    v = int_of(t, v);
    if (!v) return false;
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    if (big_to_i64(v, out)) return true;
    err_format(t, &exc_OverflowError, "Python int too large to convert to C long");
    return false;
}

bool int_as_double(Task *t, Value v, double *out)
{
    v = int_of(t, v);
    if (!v) return false;
    if (IS_SMALL(v)) {
        *out = (double)SMALL_VAL(v);
        return true;
    }
    bool overflow = false;
    *out = big_to_double(v, &overflow);
    if (overflow) err_format(t, &exc_OverflowError, "int too large to convert to float");
    return !overflow;
}

int int_compare(Value a, Value b)
{
    if (IS_SMALL(a) && IS_SMALL(b))
        return (intptr_t)a < (intptr_t)b ? -1 : a != b;
    return big_cmp(a, b);
}

int64_t int_hash(Value v)
{
    return IS_SMALL(v) ? small_int_hash(SMALL_VAL(v)) : big_hash(v);
}

/* --- arithmetic ---------------------------------------------------------------- */

static Value checked(Task *t, Value v) { return v ? v : err_no_memory(t); }

static Value int_floordiv_mod(Task *t, Value a, Value b, BinOpKind op)
{
    if (b == MAKE_SMALL(0))
        return err_format(t, &exc_ZeroDivisionError,
                          op == BIN_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
    if (IS_SMALL(a) && IS_SMALL(b)) {
        int64_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        int64_t q = x / y, r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) {
            q--;
            r += y;
        }
        return op == BIN_MOD ? MAKE_SMALL(r) : int_from_i64(t, q);
    }
    return checked(t, op == BIN_MOD ? big_mod(a, b) : big_floordiv(a, b));
}

static Value int_truediv(Task *t, Value a, Value b)
{
    if (b == MAKE_SMALL(0))
        return err_format(t, &exc_ZeroDivisionError, "division by zero");
    if (IS_SMALL(a) && IS_SMALL(b)) {
        int64_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        const int64_t exact = (int64_t)1 << 53;
        if (x > -exact && x < exact && y > -exact && y < exact)
            return float_new(t, (double)x / (double)y);
    }
    bool overflow = false;
    double d = big_true_div(a, b, &overflow);
    if (overflow) return err_format(t, &exc_OverflowError, "integer division result too large for a float");
    return float_new(t, d);
}

static Value int_pow(Task *t, Value a, Value b)
{
    if (big_sign(b) < 0) {
        double x, y;
        if (!int_as_double(t, a, &x) || !int_as_double(t, b, &y)) return 0;
        if (x == 0.0)
            return err_format(t, &exc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return float_new(t, pow(x, y));
    }
    if (IS_SMALL(a) && IS_SMALL(b)) {
        int64_t base = SMALL_VAL(a), e = SMALL_VAL(b), r = 1;
        bool ok = true;
        while (e > 0 && ok) {
            if (e & 1) ok = !__builtin_mul_overflow(r, base, &r);
            e >>= 1;
            if (e && ok) ok = !__builtin_mul_overflow(base, base, &base);
        }
        if (ok) return int_from_i64(t, r);
    }
    Value r = big_pow(a, b);
    return r ? r : err_format(t, &exc_MemoryError, "");
}

static Value int_shift(Task *t, Value a, Value b, BinOpKind op)
{
    if (big_sign(b) < 0) return err_format(t, &exc_ValueError, "negative shift count");
    int64_t n;
    if (!IS_SMALL(b) || (n = SMALL_VAL(b)) > ((int64_t)1 << 40)) {
        if (op == BIN_RSHIFT || a == MAKE_SMALL(0))
            return op == BIN_RSHIFT ? MAKE_SMALL(big_sign(a) < 0 ? -1 : 0) : a;
        return err_format(t, &exc_OverflowError, "too many digits in integer");
    }
    if (IS_SMALL(a)) {
        int64_t x = SMALL_VAL(a);
        if (op == BIN_RSHIFT) return MAKE_SMALL(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
        if (n < 62) {
            int64_t r = (int64_t)((uint64_t)x << n);
            if ((r >> n) == x && FITS_SMALL(r)) return MAKE_SMALL(r);
        }
    }
    return checked(t, op == BIN_LSHIFT ? big_lshift(a, (uint64_t)n) : big_rshift(a, (uint64_t)n));
}

Value int_arith(Task *t, Value a, Value b, BinOpKind op)
{
    intptr_t r;
    switch (op) {
    case BIN_ADD:
        if (IS_SMALL(a) && IS_SMALL(b) && !__builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &r))
            return (Value)r;
        return checked(t, big_add(a, b));
    case BIN_SUB:
        if (IS_SMALL(a) && IS_SMALL(b) && !__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &r))
            return (Value)r;
        return checked(t, big_sub(a, b));
    case BIN_MULT:
        if (IS_SMALL(a) && IS_SMALL(b) && !__builtin_mul_overflow(SMALL_VAL(a), SMALL_VAL(b), &r) && FITS_SMALL(r))
            return MAKE_SMALL(r);
        return checked(t, big_mul(a, b));
    case BIN_FLOORDIV:
    case BIN_MOD:
        return int_floordiv_mod(t, a, b, op);
    case BIN_DIV:
        return int_truediv(t, a, b);
    case BIN_POW:
        return int_pow(t, a, b);
    case BIN_LSHIFT:
    case BIN_RSHIFT:
        return int_shift(t, a, b, op);
    case BIN_BITAND:
        if (IS_SMALL(a) && IS_SMALL(b)) return a & b;
        return checked(t, big_and(a, b));
    case BIN_BITOR:
        if (IS_SMALL(a) && IS_SMALL(b)) return a | b;
        return checked(t, big_or(a, b));
    case BIN_BITXOR:
        if (IS_SMALL(a) && IS_SMALL(b)) return (a ^ b) | 1;
        return checked(t, big_xor(a, b));
    default:
        return V_NOTIMPL;
    }
}

static Value int_binop(Task *t, Value a, Value b, BinOpKind op, int side)
{
    Value x = int_norm(a), y = int_norm(b);
    if (!x || !y) return V_NOTIMPL;
    return int_arith(t, x, y, op);
}

Value int_powmod(Task *t, Value a, Value b, Value m)
{
    a = int_norm(a), b = int_norm(b), m = int_norm(m);
    if (!a || !b || !m)
        return err_format(t, &exc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    if (m == MAKE_SMALL(0)) return err_format(t, &exc_ValueError, "pow() 3rd argument cannot be 0");
    Value out = 0;
    if (!big_powmod(a, b, m, &out))
        return err_format(t, &exc_ValueError, "base is not invertible for the given modulus");
    return checked(t, out);
}

static Value int_unary(Task *t, Value a, UnaryOpKind op)
{
    a = int_norm(a);
    switch (op) {
    case UN_USUB:
        if (IS_SMALL(a) && a != MAKE_SMALL(SMALL_MIN)) return MAKE_SMALL(-SMALL_VAL(a));
        return checked(t, big_neg(a));
    case UN_UADD: return a;
    case UN_INVERT: return IS_SMALL(a) ? MAKE_SMALL(~SMALL_VAL(a)) : checked(t, big_invert(a));
    default: return V_NOTIMPL;
    }
}

static Value int_richcmp(Task *t, Value self, Value other, CmpOpKind op)
{
    Value a = int_norm(self), b = int_norm(other);
    int c;
    if (b) {
        c = int_compare(a, b);
    } else if (IS_FLOAT(other)) {
        double d = FLOAT_VAL(other);
        if (isnan(d)) return V_BOOL(op == CMP_NOTEQ);
        c = IS_SMALL(a) && fabs(d) < 9e15 ? ((double)SMALL_VAL(a) < d ? -1 : (double)SMALL_VAL(a) > d)
                                          : big_cmp_double(a, d);
    } else {
        return V_NOTIMPL;
    }
    return cmp_result(c, op);
}

static int64_t int_hash_slot(Task *t, Value self) { return int_hash(int_norm(self)); }
static int int_truth(Task *t, Value self) { return int_norm(self) != MAKE_SMALL(0); }

/* --- text ---------------------------------------------------------------------------- */

static Value digit_limit_error(Task *t, uint64_t digits, int64_t limit, bool to_str)
{
    if (to_str)
        return err_format(t, &exc_ValueError,
                          "Exceeds the limit (%lld digits) for integer string conversion; "
                          "use sys.set_int_max_str_digits() to increase the limit", (long long)limit);
    return err_format(t, &exc_ValueError,
                      "Exceeds the limit (%lld digits) for integer string conversion: value has %llu digits; "
                      "use sys.set_int_max_str_digits() to increase the limit", (long long)limit,
                      (unsigned long long)digits);
}

size_t int_small_digits(intptr_t x, int base, char *end)
{
    static const char digit[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    uint64_t m = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    char *p = end;
    if (base == 10) {
        /* a constant divisor: a multiply, not a division instruction */
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m);
    } else {
        do {
            *--p = digit[m % (unsigned)base];
            m /= (unsigned)base;
        } while (m);
    }
    return (size_t)(end - p);
}

Value int_to_str(Task *t, Value v, int base)
{
    v = int_norm(v);
    if (IS_SMALL(v) && base == 10) {
        char buf[INT_SMALL_DIGITS_MAX + 1];
        char *end = buf + sizeof buf;
        size_t n = int_small_digits(SMALL_VAL(v), 10, end);
        if (SMALL_VAL(v) < 0) buf[sizeof buf - ++n] = '-';
        return str_new_len(end - n, n, n);
    }
    /* CPython's limit on decimal conversions (sys.set_int_max_str_digits) */
    int64_t limit = base == 10 ? t->interp->int_max_str_digits : 0;
    if (limit > 0 && big_str_digits_bound(v, 10) > (uint64_t)limit + 2)
        return digit_limit_error(t, 0, limit, true);
    size_t n;
    char *s = big_to_str(v, base, &n);
    if (!s) return err_no_memory(t);
    if (limit > 0 && n - (s[0] == '-') > (size_t)limit) return digit_limit_error(t, 0, limit, true);
    return str_new_len(s, n, n);
}

Value int_parse(Task *t, const char *s, size_t len, int base, Value orig)
{
    BigParse st;
    size_t ndigits = 0;
    int64_t limit = t->interp->int_max_str_digits;
    Value v = big_parse(s, len, base, limit > 0 ? (size_t)limit : 0, &ndigits, &st);
    if (st == BIG_PARSE_OK) return v;
    if (st == BIG_PARSE_NOMEM) return err_no_memory(t);
    if (st == BIG_PARSE_TOO_MANY_DIGITS) return digit_limit_error(t, ndigits, limit, false);
    return err_format(t, &exc_ValueError, "invalid literal for int() with base %d: %R", base, orig);
}

static Value int_repr(Task *t, Value self) { return int_to_str(t, self, 10); }

/* --- int(x, base) ------------------------------------------------------------------- */

static const ArgSpec int_spec = {"int", 1, 2, 0, 2, {"x", "base"}};

static Value int_from_text(Task *t, Value x, int base)
{
    x = obj_unbox(x);
    if (IS_STR(x) && STR_LEN(x) == STR_SIZE(x)) return int_parse(t, STR_DATA(x), STR_SIZE(x), base, x);
    if (IS_STR(x)) {   /* Unicode digits and spaces count, as in CPython */
        char *ascii = GC_MALLOC_ATOMIC(STR_SIZE(x));
        if (!ascii) return err_no_memory(t);
        return int_parse(t, ascii, uni_number_to_ascii(STR_DATA(x), STR_SIZE(x), ascii), base, x);
    }
    if (HAS_FLAG(x, TF_BYTES) || IS_TYPE(x, &bytearray_type)) {
        const char *p;
        size_t n;
        bytes_view(x, &p, &n);
        return int_parse(t, p, n, base, x);
    }
    return 0;
}

static Value int_from_object(Task *t, Value x)
{
    Value v = int_norm(x);
    if (v) return v;
    if (IS_FLOAT(x)) return int_from_double(t, FLOAT_VAL(x));
    Value r = int_from_text(t, x, 10);
    if (r || t->exc) return r;
    static const int hooks[] = {NAME___int__, NAME___index__, NAME___trunc__};
    for (int i = 0; i < 3; i++) {
        bool found;
        r = call_special(t, x, atoll_names[hooks[i]], NULL, 0, &found);
        if (!found) continue;
        if (!r) return 0;
        Value n = int_norm(r);
        if (n) return n;
        if (i == 2) return obj_index(t, r);
        return err_format(t, &exc_TypeError, "__%s__ returned non-int (type %T)", i ? "index" : "int", r);
    }
    return err_format(t, &exc_TypeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                      obj_type_name(x));
}

static Value int_new(Task *t, Type *tp, const Value *args, size_t nargs, Value kw)
{
    Value a[2];
    if (!args_bind(t, &int_spec, args, nargs, kw, a)) return 0;
    if (!a[0]) {
        if (a[1]) return err_format(t, &exc_TypeError, "int() missing string argument");
        return MAKE_SMALL(0);
    }
    if (!a[1]) return int_from_object(t, a[0]);
    int64_t base;
    Value b = obj_index(t, a[1]);
    if (!b || !int_as_i64(t, b, &base)) return 0;
    if (base != 0 && (base < 2 || base > 36))
        return err_format(t, &exc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    Value r = int_from_text(t, a[0], (int)base);
    if (!r && !t->exc)
        return err_format(t, &exc_TypeError, "int() can't convert non-string with explicit base");
    return r;
}

/* --- methods -------------------------------------------------------------------------- */

#define SELF int_norm(args[0])

static Value m_bit_length(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "int.bit_length", n - 1, kw)) return 0;
    return int_from_i64(t, (int64_t)big_bit_length(SELF));
}

static Value m_bit_count(Task *t, const Value *args, size_t n, Value kw)
{
    if (!meth_check_none(t, "int.bit_count", n - 1, kw)) return 0;
    return int_from_i64(t, (int64_t)big_bit_count(SELF));
}

static Value m_self(Task *t, const Value *args, size_t n, Value kw) { return SELF; }

static Value m_float(Task *t, const Value *args, size_t n, Value kw)
{
    double d;
    return int_as_double(t, args[0], &d) ? float_new(t, d) : 0;
}

static Value m_abs(Task *t, const Value *args, size_t n, Value kw)
{
    Value v = SELF;
    if (IS_SMALL(v)) return int_from_i64(t, SMALL_VAL(v) < 0 ? -SMALL_VAL(v) : SMALL_VAL(v));
    return checked(t, big_abs(v));
}

/* round(n, ndigits): for negative ndigits, rounds half to even at 10**-ndigits. */
static Value m_round(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "__round__", n, kw, 1, 2)) return 0;
    Value v = SELF;
    if (n < 2 || args[1] == V_NONE) return v;
    Value nd = obj_index(t, args[1]);
    if (!nd) return 0;
    if (big_sign(nd) >= 0) return v;
    Value p = int_pow(t, MAKE_SMALL(10), big_neg(nd));
    if (!p) return 0;
    Value q, r;
    if (!big_divmod(v, p, &q, &r)) return err_no_memory(t);
    Value twice = big_add(r, r);
    int c = big_cmp(twice, p);
    if (c > 0 || (c == 0 && big_bit_count(big_and(q, MAKE_SMALL(1)))))
        q = big_add(q, MAKE_SMALL(1));
    return checked(t, big_mul(q, p));
}

static const ArgSpec to_bytes_spec = {"to_bytes", 0, 2, 0, 3, {"length", "byteorder", "signed"}};

static bool byteorder_arg(Task *t, Value v, bool *little)
{
    if (!v) { *little = false; return true; }
    if (IS_STR(v) && str_eq_cstr(v, "little")) { *little = true; return true; }
    if (IS_STR(v) && str_eq_cstr(v, "big")) { *little = false; return true; }
    if (!IS_STR(v))
        err_format(t, &exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s", obj_type_name(v));
    else
        err_format(t, &exc_ValueError, "byteorder must be either 'little' or 'big'");
    return false;
}

static Value m_to_bytes(Task *t, const Value *args, size_t n, Value kw)
{
    Value a[3];
    if (!args_bind(t, &to_bytes_spec, args + 1, n - 1, kw, a)) return 0;
    int64_t len = 1;
    bool little, sign = false;
    if (a[0] && !index_to_i64(t, a[0], &exc_OverflowError, &len)) return 0;
    if (len < 0) return err_format(t, &exc_ValueError, "length argument must be non-negative");
    if (!byteorder_arg(t, a[1], &little)) return 0;
    if (a[2]) {
        int s = obj_truthy(t, a[2]);
        if (s < 0) return 0;
        sign = s;
    }
    Value v = SELF;
    if (!sign && big_sign(v) < 0)
        return err_format(t, &exc_OverflowError, "can't convert negative int to unsigned");
    uint8_t *buf = GC_MALLOC_ATOMIC(len ? len : 1);
    if (!buf) return err_no_memory(t);
    if (!big_to_bytes(v, len, little, sign, buf))
        return err_format(t, &exc_OverflowError, "int too big to convert");
    return bytes_new(t, (const char *)buf, len);
}

static const ArgSpec from_bytes_spec = {"from_bytes", 0, 2, 1, 3, {"bytes", "byteorder", "signed"}};

static Value m_from_bytes(Task *t, const Value *args, size_t n, Value kw)
{
    Value a[3];
    if (!args_bind(t, &from_bytes_spec, args + 1, n - 1, kw, a)) return 0;
    bool little, sign = false;
    if (!byteorder_arg(t, a[1], &little)) return 0;
    if (a[2]) {
        int s = obj_truthy(t, a[2]);
        if (s < 0) return 0;
        sign = s;
    }
    Value b = bytes_from_object(t, a[0]);
    if (!b) return 0;
    const char *p;
    size_t len;
    bytes_view(b, &p, &len);
    Value v = checked(t, big_from_bytes((const uint8_t *)p, len, little, sign));
    if (v && args[0] != OBJ_VAL(&int_type)) return obj_call(t, args[0], &v, 1, 0);
    return v;
}

static Value m_as_integer_ratio(Task *t, const Value *args, size_t n, Value kw)
{
    return tuple_pack(2, SELF, MAKE_SMALL(1));
}

static Value m_getnewargs(Task *t, const Value *args, size_t n, Value kw) { return tuple_pack(1, SELF); }

static Value m_format(Task *t, const Value *args, size_t n, Value kw)
{
    if (!args_check(t, "__format__", n, kw, 2, 2)) return 0;
    if (!IS_STR(args[1]))
        return err_format(t, &exc_TypeError, "__format__() argument must be str, not %T", args[1]);
    return int_format_spec(t, SELF, args[1]);
}

static const MethodDef int_methods[] = {
    {"bit_length", m_bit_length, METH_PLAIN, NULL},
    {"bit_count", m_bit_count, METH_PLAIN, NULL},
    {"to_bytes", m_to_bytes, METH_PLAIN, NULL},
    {"from_bytes", m_from_bytes, METH_CLASS, NULL},
    {"conjugate", m_self, METH_PLAIN, NULL},
    {"as_integer_ratio", m_as_integer_ratio, METH_PLAIN, NULL},
    {"__index__", m_self, METH_PLAIN, NULL},
    {"__int__", m_self, METH_PLAIN, NULL},
    {"__trunc__", m_self, METH_PLAIN, NULL},
    {"__floor__", m_self, METH_PLAIN, NULL},
    {"__ceil__", m_self, METH_PLAIN, NULL},
    {"__float__", m_float, METH_PLAIN, NULL},
    {"__abs__", m_abs, METH_PLAIN, NULL},
    {"__round__", m_round, METH_PLAIN, NULL},
    {"__getnewargs__", m_getnewargs, METH_PLAIN, NULL},
    {"__format__", m_format, METH_PLAIN, NULL},
    {NULL},
};

static Value get_self(Task *t, Value self) { return int_norm(self); }
static Value get_zero(Task *t, Value self) { return MAKE_SMALL(0); }
static Value get_one(Task *t, Value self) { return MAKE_SMALL(1); }

static const MemberDef int_members[] = {
    {"real", get_self, NULL}, {"imag", get_zero, NULL},
    {"numerator", get_self, NULL}, {"denominator", get_one, NULL},
    {NULL},
};

Type int_type = {
    .hdr = {&type_type}, .name = "int", .size = sizeof(IntObj), .flags = TF_BASETYPE | TF_INT,
    .repr = int_repr, .hash = int_hash_slot, .richcmp = int_richcmp, .binop = int_binop,
    .unary = int_unary, .truth = int_truth, .new_ = int_new,
    .methods = int_methods, .members = int_members,
};
REGISTER_TYPE(int_type);
