/* mathmodule.c - the math module: CPython's math functions on floats and
 * ints, with its special-value rules and error messages.
 *
 * Errors follow CPython's "spirit of 754" mapping: a NaN from non-NaN input
 * or a singularity is ValueError("math domain error"), an overflow to
 * infinity from finite input is OverflowError("math range error"). gamma and
 * lgamma use CPython's own Lanczos approximation (not libm's) so that results
 * agree to the last bit; hypot/dist use its scaled, compensated vector norm;
 * fsum is Shewchuk's exact summation as CPython does it. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <gc/gc.h>
#include "object.h"
#include "error.h"
#include "int.h"
#include "floatobj.h"
#include "str.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "names.h"
#include "interp.h"
#include "module.h"

#define PI 3.141592653589793238462643383279502884197
#define LOGPI 1.144729885849400174143427351353058711647

/* --- errors -------------------------------------------------------------------- */

static Value domain_error(Task *t) { return err_format(t, &exc_ValueError, "math domain error"); }
static Value range_error(Task *t) { return err_format(t, &exc_OverflowError, "math range error"); }

/* CPython's is_error: the result r came with errno-like code err. Returns
 * true when an exception was raised. */
static bool check_errno(Task *t, int err, double r)
{
    if (err == EDOM) {
        domain_error(t);
        return true;
    }
    if (err == ERANGE && fabs(r) >= 1.5) {   /* underflow is not an error */
        range_error(t);
        return true;
    }
    return false;
}

/* --- one-argument functions ----------------------------------------------------- */

/* math_1: NaN from non-NaN is a domain error; infinity from a finite argument is
 * an overflow (can_overflow) or a singularity (a domain error). */
static Value math_1(Task *t, const char *name, const Value *args, size_t nargs, Value kw,
                    double (*f)(double), bool can_overflow)
{
    if (nargs != 1 || (kw && TUPLE_LEN(kw))) {
        if (!args_check(t, name, nargs, kw, 1, 1)) return 0;
    }
    double x;
    if (!float_as_double(t, args[0], &x)) return 0;
    double r = f(x);
    if (isnan(r) && !isnan(x)) return domain_error(t);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(t) : domain_error(t);
    return float_new(t, r);
}

/* A libm function that reports errors through *err (EDOM/ERANGE). */
typedef double (*ErrFn)(double x, int *err);

static Value math_1a(Task *t, const char *name, const Value *args, size_t nargs, Value kw, ErrFn f)
{
    if (!args_check(t, name, nargs, kw, 1, 1)) return 0;
    double x;
    if (!float_as_double(t, args[0], &x)) return 0;
    int err = 0;
    double r = f(x, &err);
    if (err && check_errno(t, err, r)) return 0;
    return float_new(t, r);
}

static double log1p_signed(double x) { return x == 0.0 ? x : log1p(x); }

#define FUNC1(pyname, cfn, ovf) \
    static Value m_##pyname(Task *t, const Value *args, size_t nargs, Value kw) \
    { return math_1(t, "math." #pyname, args, nargs, kw, cfn, ovf); }

FUNC1(acos, acos, false)
FUNC1(acosh, acosh, false)
FUNC1(asin, asin, false)
FUNC1(asinh, asinh, false)
FUNC1(atan, atan, false)
FUNC1(atanh, atanh, false)
FUNC1(cbrt, cbrt, false)
FUNC1(cos, cos, false)
FUNC1(cosh, cosh, true)
FUNC1(exp, exp, true)
FUNC1(exp2, exp2, true)
FUNC1(expm1, expm1, true)
FUNC1(fabs, fabs, false)
FUNC1(log1p, log1p_signed, false)
FUNC1(sin, sin, false)
FUNC1(sinh, sinh, true)
FUNC1(tan, tan, false)
FUNC1(tanh, tanh, false)

/* sqrt is hot (nbody): the float case without the generic path. */
static Value m_sqrt(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (nargs == 1 && !kw && IS_FLOAT(args[0])) {
        double x = FLOAT_VAL(args[0]);
        if (x >= 0.0) return float_new(t, sqrt(x));
    }
    return math_1(t, "math.sqrt", args, nargs, kw, sqrt, false);
}

/* --- gamma, lgamma, erf, erfc ----------------------------------------------------- */

/* sin(pi*x), accurate for finite x near integers (for the reflection formula). */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;    /* not -sin(pi*(y-1)): keeps +0.0 */
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* The Lanczos approximation with N = 13 and g = 6.024680040776729583740234375
 * (Boost's parameters, as CPython uses), written as a rational function. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* x*(x+1)*...*(x+LANCZOS_N-2) expanded */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    /* For large x the sum is evaluated in 1/x, which avoids overflow. */
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double tgamma_lanczos(double x, int *err)
{
    static const double small_fact[] = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    };
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        *err = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        *err = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            *err = EDOM;
            return NAN;
        }
        if (x <= 23) return small_fact[(int)x - 1];
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) *err = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / sinpi(x);
        *err = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half, z;
    /* z: the rounding error of y, scaled, to correct pow(y, ...) / exp(y) */
    if (absx > lanczos_g_minus_half) {
        volatile double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        volatile double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) *err = ERANGE;
    return r;
}

static double lgamma_lanczos(double x, int *err)
{
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            *err = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0)   /* reflection */
        r = LOGPI - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r)) *err = ERANGE;
    return r;
}

static double erf_errno(double x, int *err) { (void)err; return erf(x); }
static double erfc_errno(double x, int *err) { (void)err; return erfc(x); }

static Value m_gamma(Task *t, const Value *a, size_t n, Value kw) { return math_1a(t, "math.gamma", a, n, kw, tgamma_lanczos); }
static Value m_lgamma(Task *t, const Value *a, size_t n, Value kw) { return math_1a(t, "math.lgamma", a, n, kw, lgamma_lanczos); }
static Value m_erf(Task *t, const Value *a, size_t n, Value kw) { return math_1a(t, "math.erf", a, n, kw, erf_errno); }
static Value m_erfc(Task *t, const Value *a, size_t n, Value kw) { return math_1a(t, "math.erfc", a, n, kw, erfc_errno); }

/* --- two-argument functions -------------------------------------------------------- */

static bool two_doubles(Task *t, const char *name, const Value *args, size_t nargs, Value kw,
                        double *x, double *y)
{
    return args_check(t, name, nargs, kw, 2, 2) && float_as_double(t, args[0], x) && float_as_double(t, args[1], y);
}

/* math_2: NaN from non-NaN inputs is a domain error, infinity from finite
 * inputs an overflow. */
static Value math_2(Task *t, const char *name, const Value *args, size_t nargs, Value kw,
                    double (*f)(double, double))
{
    double x, y;
    if (!two_doubles(t, name, args, nargs, kw, &x, &y)) return 0;
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(t);
    if (isinf(r) && isfinite(x) && isfinite(y)) return range_error(t);
    return float_new(t, r);
}

/* atan2 with C99's special values, whatever the platform does. */
static double atan2_c99(double y, double x)
{
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign(copysign(1., x) == 1. ? 0.25 * PI : 0.75 * PI, y);
        return copysign(0.5 * PI, y);
    }
    if (isinf(x) || y == 0.)
        return copysign(1., x) == 1. ? copysign(0., y) : copysign(PI, y);
    return atan2(y, x);
}

/* IEEE 754 remainder: x - n*y with n the nearest integer to x/y, ties to
 * even; always exact. */
static double remainder_ieee(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0) return NAN;
        double absx = fabs(x), absy = fabs(y);
        double m = fmod(absx, absy);
        /* compare m with absy - m rather than with 0.5*absy, which may be inexact */
        double c = absy - m, r;
        if (m < c)
            r = m;
        else if (m > c)
            r = -c;
        else   /* halfway: pick the even multiple */
            r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        return copysign(1.0, x) * r;
    }
    if (isnan(x)) return x;
    if (isnan(y)) return y;
    if (isinf(x)) return NAN;
    return x;
}

static Value m_atan2(Task *t, const Value *a, size_t n, Value kw) { return math_2(t, "atan2", a, n, kw, atan2_c99); }
static Value m_copysign(Task *t, const Value *a, size_t n, Value kw) { return math_2(t, "copysign", a, n, kw, copysign); }
static Value m_remainder(Task *t, const Value *a, size_t n, Value kw) { return math_2(t, "remainder", a, n, kw, remainder_ieee); }

static Value m_fmod(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x, y;
    if (!two_doubles(t, "fmod", args, nargs, kw, &x, &y)) return 0;
    if (isinf(y) && isfinite(x)) return float_new(t, x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(t);
    return float_new(t, r);
}

static Value m_pow(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x, y, r;
    if (!two_doubles(t, "pow", args, nargs, kw, &x, &y)) return 0;
    if (!isfinite(x) || !isfinite(y)) {
        /* C99 Annex F's special values, done here for every platform */
        if (isnan(x))
            r = y == 0. ? 1. : x;
        else if (isnan(y))
            r = x == 1. ? 1. : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.) r = odd_y ? x : fabs(x);
            else if (y == 0.) r = 1.;
            else r = odd_y ? copysign(0., x) : 0.;
        } else {   /* y is infinite */
            if (fabs(x) == 1.0) r = 1.;
            else if (y > 0. && fabs(x) > 1.0) r = y;
            else if (y < 0. && fabs(x) < 1.0) r = -y;
            else r = 0.;
        }
        return float_new(t, r);
    }
    r = pow(x, y);
    if (isnan(r)) return domain_error(t);     /* (-x) ** non-integer */
    if (isinf(r)) return x == 0. ? domain_error(t) : range_error(t);
    return float_new(t, r);
}

static Value m_nextafter(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x, y;
    if (!two_doubles(t, "nextafter", args, nargs, kw, &x, &y)) return 0;
    return float_new(t, nextafter(x, y));
}

static Value m_ulp(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (!args_check(t, "math.ulp", nargs, kw, 1, 1) || !float_as_double(t, args[0], &x)) return 0;
    if (isnan(x)) return float_new(t, x);
    x = fabs(x);
    if (isinf(x)) return float_new(t, x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2))   /* x is the largest finite float */
        return float_new(t, x - nextafter(x, -INFINITY));
    return float_new(t, x2 - x);
}

/* --- simple conversions ------------------------------------------------------------ */

static Value m_degrees(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (!args_check(t, "math.degrees", nargs, kw, 1, 1) || !float_as_double(t, args[0], &x)) return 0;
    return float_new(t, x * (180.0 / PI));
}

static Value m_radians(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (!args_check(t, "math.radians", nargs, kw, 1, 1) || !float_as_double(t, args[0], &x)) return 0;
    return float_new(t, x * (PI / 180.0));
}

static Value m_isfinite(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (!args_check(t, "math.isfinite", nargs, kw, 1, 1) || !float_as_double(t, args[0], &x)) return 0;
    return V_BOOL(isfinite(x));
}

static Value m_isinf(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (!args_check(t, "math.isinf", nargs, kw, 1, 1) || !float_as_double(t, args[0], &x)) return 0;
    return V_BOOL(isinf(x));
}

static Value m_isnan(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (!args_check(t, "math.isnan", nargs, kw, 1, 1) || !float_as_double(t, args[0], &x)) return 0;
    return V_BOOL(isnan(x));
}

static Value m_isclose(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"isclose", 0, 2, 2, 4, {"a", "b", "rel_tol", "abs_tol"}};
    Value v[4];
    if (!args_bind(t, &spec, args, nargs, kw, v)) return 0;
    double a, b, rel_tol = 1e-09, abs_tol = 0.0;
    if (!float_as_double(t, v[0], &a) || !float_as_double(t, v[1], &b)) return 0;
    if (v[2] && !float_as_double(t, v[2], &rel_tol)) return 0;
    if (v[3] && !float_as_double(t, v[3], &abs_tol)) return 0;
    if (rel_tol < 0.0 || abs_tol < 0.0)
        return err_format(t, &exc_ValueError, "tolerances must be non-negative");
    if (a == b) return V_TRUE;             /* also two infinities of one sign */
    if (isinf(a) || isinf(b)) return V_FALSE;
    double diff = fabs(b - a);
    return V_BOOL(diff <= fabs(rel_tol * b) || diff <= fabs(rel_tol * a) || diff <= abs_tol);
}

static Value m_frexp(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (!args_check(t, "math.frexp", nargs, kw, 1, 1) || !float_as_double(t, args[0], &x)) return 0;
    int e = 0;
    if (!isnan(x) && !isinf(x) && x != 0.0) x = frexp(x, &e);
    Value m = float_new(t, x);
    return m ? tuple_pack(2, m, MAKE_SMALL(e)) : 0;
}

static Value m_ldexp(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x;
    if (!args_check(t, "ldexp", nargs, kw, 2, 2) || !float_as_double(t, args[0], &x)) return 0;
    Value i = int_norm(args[1]);
    if (!i) return err_format(t, &exc_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!big_to_i64(i, &e)) e = big_sign(i) < 0 ? INT64_MIN : INT64_MAX;
    double r;
    if (x == 0. || !isfinite(x))
        r = x;
    else if (e > INT32_MAX)
        return range_error(t);
    else if (e < INT32_MIN)
        r = copysign(0., x);
    else {
        r = ldexp(x, (int)e);
        if (isinf(r)) return range_error(t);
    }
    return float_new(t, r);
}

static Value m_modf(Task *t, const Value *args, size_t nargs, Value kw)
{
    double x, ip;
    if (!args_check(t, "math.modf", nargs, kw, 1, 1) || !float_as_double(t, args[0], &x)) return 0;
    if (isinf(x)) {
        ip = x;
        x = copysign(0., x);
    } else if (isnan(x)) {
        ip = x;
    } else {
        x = modf(x, &ip);
    }
    Value a = float_new(t, x), b = float_new(t, ip);
    return a && b ? tuple_pack(2, a, b) : 0;
}

/* --- floor, ceil, trunc ------------------------------------------------------------ */

/* floor/ceil: exact floats directly, else the type's __floor__/__ceil__,
 * else the float value. */
static Value round_to_int(Task *t, const char *name, const Value *args, size_t nargs, Value kw,
                          Value dunder, double (*f)(double))
{
    if (!args_check(t, name, nargs, kw, 1, 1)) return 0;
    Value v = args[0];
    double x;
    if (IS_FLOAT(v)) return int_from_double(t, f(FLOAT_VAL(v)));
    if (IS_SMALL(v) || IS_BIG(v)) return v;
    bool found;
    Value r = call_special(t, v, dunder, NULL, 0, &found);
    if (found) return r;
    if (!float_as_double(t, v, &x)) return 0;
    return int_from_double(t, f(x));
}

static Value m_floor(Task *t, const Value *a, size_t n, Value kw) { return round_to_int(t, "math.floor", a, n, kw, NAME(__floor__), floor); }
static Value m_ceil(Task *t, const Value *a, size_t n, Value kw) { return round_to_int(t, "math.ceil", a, n, kw, NAME(__ceil__), ceil); }

static Value m_trunc(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "math.trunc", nargs, kw, 1, 1)) return 0;
    Value v = args[0];
    if (IS_FLOAT(v)) return int_from_double(t, FLOAT_VAL(v));
    if (IS_SMALL(v) || IS_BIG(v)) return v;
    bool found;
    Value r = call_special(t, v, NAME(__trunc__), NULL, 0, &found);
    if (!found && !t->exc)
        return err_format(t, &exc_TypeError, "type %s doesn't define __trunc__ method", obj_type_name(v));
    return r;
}

/* --- logarithms -------------------------------------------------------------------- */

/* log(x) of a positive finite or special double, with CPython's specials. */
static double log_e(double x) { return x > 0.0 && isfinite(x) ? log(x) : x == 0.0 ? -HUGE_VAL : x > 0.0 || isnan(x) ? x : NAN; }
static double log_2(double x) { return x > 0.0 && isfinite(x) ? log2(x) : x == 0.0 ? -HUGE_VAL : x > 0.0 || isnan(x) ? x : NAN; }
static double log_10(double x) { return x > 0.0 && isfinite(x) ? log10(x) : x == 0.0 ? -HUGE_VAL : x > 0.0 || isnan(x) ? x : NAN; }

/* The logarithm of any int (exact scaling for ints beyond float range) or of
 * a real number. Returns false with an exception set. */
static bool log_of(Task *t, Value v, double (*f)(double), double *out)
{
    Value n = IS_FLOAT(v) ? 0 : int_norm(v);
    if (n) {
        if (IS_SMALL(n) ? SMALL_VAL(n) <= 0 : big_sign(n) <= 0) {
            domain_error(t);
            return false;
        }
        if (IS_SMALL(n)) {
            *out = f((double)SMALL_VAL(n));
            return true;
        }
        bool overflow;
        double x = big_to_double(n, &overflow);
        if (!overflow) {
            *out = f(x);
            return true;
        }
        int64_t e;
        x = big_frexp(n, &e);   /* n ~ x * 2**e */
        *out = f(x) + f(2.0) * (double)e;
        return true;
    }
    double x;
    if (!float_as_double(t, v, &x)) return false;
    double r = f(x);
    if (isnan(r) && !isnan(x)) {
        domain_error(t);
        return false;
    }
    if (isinf(r) && isfinite(x)) {
        domain_error(t);
        return false;
    }
    *out = r;
    return true;
}

static Value m_log(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "log", kw)) return 0;
    if (nargs < 1 || nargs > 2) return err_format(t, &exc_TypeError, "math.log requires 1 to 2 arguments");
    double num, den;
    if (!log_of(t, args[0], log_e, &num)) return 0;
    if (nargs == 1) return float_new(t, num);
    if (!log_of(t, args[1], log_e, &den)) return 0;
    if (den == 0.0) return err_format(t, &exc_ZeroDivisionError, "float division by zero");
    return float_new(t, num / den);
}

static Value m_log2(Task *t, const Value *args, size_t nargs, Value kw)
{
    double r;
    if (!args_check(t, "math.log2", nargs, kw, 1, 1) || !log_of(t, args[0], log_2, &r)) return 0;
    return float_new(t, r);
}

static Value m_log10(Task *t, const Value *args, size_t nargs, Value kw)
{
    double r;
    if (!args_check(t, "math.log10", nargs, kw, 1, 1) || !log_of(t, args[0], log_10, &r)) return 0;
    return float_new(t, r);
}

/* --- hypot and dist ---------------------------------------------------------------- */

/* sqrt(sum(x*x for x in vec)) with CPython's method: power-of-two scaling,
 * Veltkamp-Dekker squaring, compensated (Neumaier) summation against a
 * leading 1.0, and a differential correction of the square root. max is the
 * largest |x|, infinite if one is, and found_nan says whether one is NaN. */
static double vector_norm(size_t n, const double *vec, double max, bool found_nan)
{
    const double T27 = 134217729.0;     /* 2**27 + 1 */
    double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double tt, hi, lo, h;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e < -1023) {
        /* ldexp(1.0, -max_e) would overflow: divide by max instead */
        for (size_t i = 0; i < n; i++) {
            x = vec[i] / max;
            x = x * x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * sqrt(csum - 1.0 + frac1);
    }
    scale = ldexp(1.0, -max_e);
    for (size_t i = 0; i < n; i++) {
        x = vec[i] * scale;
        tt = x * T27;
        hi = tt - (tt - x);
        lo = x - hi;
        x = hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = 2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        frac3 += lo * lo;
    }
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    /* the correction: subtract h*h exactly, then h += residual / (2h) */
    x = h;
    tt = x * T27;
    hi = tt - (tt - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

static Value m_hypot(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "hypot", kw)) return 0;
    double stackbuf[16];
    double *v = nargs <= 16 ? stackbuf : GC_MALLOC_ATOMIC(nargs * sizeof(double));
    if (!v) return err_no_memory(t);
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (!float_as_double(t, args[i], &x)) return 0;
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return float_new(t, vector_norm(nargs, v, max, found_nan));
}

static Value m_dist(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "dist", nargs, kw, 2, 2)) return 0;
    Value p = IS_TUPLE(args[0]) ? args[0] : tuple_from_iter(t, args[0]);
    if (!p) return 0;
    Value q = IS_TUPLE(args[1]) ? args[1] : tuple_from_iter(t, args[1]);
    if (!q) return 0;
    size_t n = TUPLE_LEN(p);
    if (TUPLE_LEN(q) != n)
        return err_format(t, &exc_ValueError, "both points must have the same number of dimensions");
    double *v = GC_MALLOC_ATOMIC((n ? n : 1) * sizeof(double));
    if (!v) return err_no_memory(t);
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (!float_as_double(t, TUPLE_ITEM(p, i), &px) || !float_as_double(t, TUPLE_ITEM(q, i), &qx)) return 0;
        double x = fabs(px - qx);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return float_new(t, vector_norm(n, v, max, found_nan));
}

/* --- fsum -------------------------------------------------------------------------- */

/* Shewchuk's exact summation into non-overlapping partials, rounded once at
 * the end with the half-even fix-up across partials, as CPython's fsum. */
static Value m_fsum(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "math.fsum", nargs, kw, 1, 1)) return 0;
    Value it = obj_iter(t, args[0]);
    if (!it) return 0;
    size_t n = 0, cap = 32;
    double stackbuf[32], *p = stackbuf;
    double special_sum = 0.0, inf_sum = 0.0;
    volatile double hi, yr, lo = 0.0;
    for (;;) {
        Value item = obj_next(t, it);
        if (!item) {
            if (t->exc) return 0;
            break;
        }
        double x, y, tmp;
        if (!float_as_double(t, item, &x)) return 0;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                tmp = x;
                x = y;
                y = tmp;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x == 0.0) continue;
        if (!isfinite(x)) {
            /* from an intermediate overflow, or a nan or inf summand */
            if (isfinite(xsave)) return err_format(t, &exc_OverflowError, "intermediate overflow in fsum");
            if (isinf(xsave)) inf_sum += xsave;
            special_sum += xsave;
            n = 0;
            continue;
        }
        if (n >= cap) {
            double *np = GC_MALLOC_ATOMIC(2 * cap * sizeof(double));
            if (!np) return err_no_memory(t);
            for (size_t k = 0; k < n; k++) np[k] = p[k];
            p = np;
            cap *= 2;
        }
        p[n++] = x;
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) return err_format(t, &exc_ValueError, "-inf + inf in fsum");
        return float_new(t, special_sum);
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* add from the top down, stopping when the sum becomes inexact */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* half-even rounding across partials: sum([1e-16, 1, 1e16]) */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return float_new(t, hi);
}

/* --- prod -------------------------------------------------------------------------- */

static Value m_prod(Task *t, const Value *args, size_t nargs, Value kw)
{
    static const ArgSpec spec = {"prod", 1, 1, 1, 2, {"iterable", "start"}};
    Value v[2];
    if (!args_bind(t, &spec, args, nargs, kw, v)) return 0;
    Value result = v[1] ? v[1] : MAKE_SMALL(1);
    Value it = obj_iter(t, v[0]);
    if (!it) return 0;
    for (;;) {
        Value item = obj_next(t, it);
        if (!item) return t->exc ? 0 : result;
        intptr_t r;
        if (IS_SMALL(result) && IS_SMALL(item) &&
            !__builtin_mul_overflow(SMALL_VAL(result), SMALL_VAL(item), &r) && FITS_SMALL(r)) {
            result = MAKE_SMALL(r);
            continue;
        }
        if (IS_FLOAT(result) && IS_FLOAT(item)) {
            result = float_new(t, FLOAT_VAL(result) * FLOAT_VAL(item));
            continue;
        }
        result = obj_binop(t, result, item, BIN_MULT);
        if (!result) return 0;
    }
}

/* --- integer functions ------------------------------------------------------------- */

static Value m_gcd(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "gcd", kw)) return 0;
    Value res = MAKE_SMALL(0);
    for (size_t i = 0; i < nargs; i++) {
        Value x = obj_index(t, args[i]);
        if (!x) return 0;
        if (res == MAKE_SMALL(1)) continue;   /* only check the other arguments */
        res = big_gcd(res, x);
        if (!res) return err_no_memory(t);
    }
    return res;
}

static Value m_lcm(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_no_kw(t, "lcm", kw)) return 0;
    Value res = MAKE_SMALL(1);
    for (size_t i = 0; i < nargs; i++) {
        Value x = obj_index(t, args[i]);
        if (!x) return 0;
        if (i == 0) {
            res = big_abs(x);
            continue;
        }
        if (res == MAKE_SMALL(0)) continue;
        if (x == MAKE_SMALL(0)) {
            res = x;
            continue;
        }
        Value g = big_gcd(res, x);
        Value f = g ? big_floordiv(res, g) : 0;
        res = f ? big_abs(big_mul(f, x)) : 0;
        if (!res) return err_no_memory(t);
    }
    return res;
}

static Value m_isqrt(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "math.isqrt", nargs, kw, 1, 1)) return 0;
    Value n = obj_index(t, args[0]);
    if (!n) return 0;
    if (big_sign(n) < 0) return err_format(t, &exc_ValueError, "isqrt() argument must be nonnegative");
    Value r = big_isqrt(n);
    return r ? r : err_no_memory(t);
}

/* The product of the odd numbers in [lo, hi) (both odd, lo < hi), by binary
 * splitting so that the big multiplications are balanced (Karatsuba-friendly);
 * a range whose product surely fits 64 bits is multiplied directly. */
static Value odd_product(uint64_t lo, uint64_t hi)
{
    uint64_t count = (hi - lo) / 2;
    uint64_t bits = 64 - (uint64_t)__builtin_clzll(hi - 2);
    if (count <= 64 && count * bits <= 64) {
        uint64_t p = 1;
        for (uint64_t j = lo; j < hi; j += 2) p *= j;
        return big_from_u64(p);
    }
    uint64_t mid = (lo + count) | 1;
    Value a = odd_product(lo, mid);
    Value b = a ? odd_product(mid, hi) : 0;
    return b ? big_mul(a, b) : 0;
}

/* n! = (odd part) << (n - popcount(n)). The odd part is the product over
 * i >= 0 of the odd numbers up to n >> i; "inner" grows by the odd numbers in
 * (n >> (i+1), n >> i] as i falls, and "outer" multiplies the inners up. */
static Value factorial_u64(uint64_t n)
{
    if (n < 21) {
        uint64_t f = 1;
        for (uint64_t i = 2; i <= n; i++) f *= i;
        return big_from_u64(f);
    }
    Value inner = MAKE_SMALL(1), outer = MAKE_SMALL(1);
    uint64_t upper = 3;
    for (int i = 63 - __builtin_clzll(n) - 1; i >= 0; i--) {
        uint64_t v = n >> i;
        if (v <= 2) continue;
        uint64_t lower = upper;
        upper = (v + 1) | 1;   /* the least odd number above n / 2**i */
        Value part = odd_product(lower, upper);
        inner = part ? big_mul(inner, part) : 0;
        outer = inner ? big_mul(outer, inner) : 0;
        if (!outer) return 0;
    }
    return big_lshift(outer, n - (uint64_t)__builtin_popcountll(n));
}

static Value m_factorial(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "math.factorial", nargs, kw, 1, 1)) return 0;
    Value n = obj_index(t, args[0]);
    if (!n) return 0;
    int64_t x;
    if (!big_to_i64(n, &x)) {
        if (big_sign(n) > 0)
            return err_format(t, &exc_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
        x = -1;
    }
    if (x < 0) return err_format(t, &exc_ValueError, "factorial() not defined for negative values");
    Value r = factorial_u64((uint64_t)x);
    return r ? r : err_no_memory(t);
}

/* n * (n-1) * ... * (n-k+1) for an int n >= k >= 0, by binary splitting. */
static Value falling_product(Value n, uint64_t k)
{
    if (k == 0) return MAKE_SMALL(1);
    if (k == 1) return n;
    uint64_t j = k / 2;
    Value a = falling_product(n, j);
    Value n2 = a ? big_sub(n, big_from_u64(j)) : 0;
    Value b = n2 ? falling_product(n2, k - j) : 0;
    return b ? big_mul(a, b) : 0;
}

/* The two arguments of comb/perm as non-negative ints. */
static bool comb_args(Task *t, const Value *args, Value *n, Value *k)
{
    *n = obj_index(t, args[0]);
    if (!*n) return false;
    *k = obj_index(t, args[1]);
    if (!*k) return false;
    if (big_sign(*n) < 0) {
        err_format(t, &exc_ValueError, "n must be a non-negative integer");
        return false;
    }
    if (big_sign(*k) < 0) {
        err_format(t, &exc_ValueError, "k must be a non-negative integer");
        return false;
    }
    return true;
}

static Value m_perm(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "perm", nargs, kw, 1, 2)) return 0;
    if (nargs == 1 || args[1] == V_NONE) return m_factorial(t, args, 1, 0);
    Value n, k;
    if (!comb_args(t, args, &n, &k)) return 0;
    if (big_cmp(n, k) < 0) return MAKE_SMALL(0);
    int64_t ki;
    if (!big_to_i64(k, &ki))
        return err_format(t, &exc_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    Value r = falling_product(n, (uint64_t)ki);
    return r ? r : err_no_memory(t);
}

static Value m_comb(Task *t, const Value *args, size_t nargs, Value kw)
{
    if (!args_check(t, "comb", nargs, kw, 2, 2)) return 0;
    Value n, k;
    if (!comb_args(t, args, &n, &k)) return 0;
    Value nk = big_sub(n, k);
    if (!nk) return err_no_memory(t);
    if (big_sign(nk) < 0) return MAKE_SMALL(0);
    if (big_cmp(nk, k) < 0) k = nk;
    int64_t ki;
    if (!big_to_i64(k, &ki))
        return err_format(t, &exc_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    Value num = falling_product(n, (uint64_t)ki);
    Value den = num ? factorial_u64((uint64_t)ki) : 0;
    Value r = den ? big_floordiv(num, den) : 0;
    return r ? r : err_no_memory(t);
}

/* --- the module ---------------------------------------------------------------------- */

static const MethodDef math_functions[] = {
    {"acos", m_acos, METH_PLAIN, NULL},
    {"acosh", m_acosh, METH_PLAIN, NULL},
    {"asin", m_asin, METH_PLAIN, NULL},
    {"asinh", m_asinh, METH_PLAIN, NULL},
    {"atan", m_atan, METH_PLAIN, NULL},
    {"atan2", m_atan2, METH_PLAIN, NULL},
    {"atanh", m_atanh, METH_PLAIN, NULL},
    {"cbrt", m_cbrt, METH_PLAIN, NULL},
    {"ceil", m_ceil, METH_PLAIN, NULL},
    {"comb", m_comb, METH_PLAIN, NULL},
    {"copysign", m_copysign, METH_PLAIN, NULL},
    {"cos", m_cos, METH_PLAIN, NULL},
    {"cosh", m_cosh, METH_PLAIN, NULL},
    {"degrees", m_degrees, METH_PLAIN, NULL},
    {"dist", m_dist, METH_PLAIN, NULL},
    {"erf", m_erf, METH_PLAIN, NULL},
    {"erfc", m_erfc, METH_PLAIN, NULL},
    {"exp", m_exp, METH_PLAIN, NULL},
    {"exp2", m_exp2, METH_PLAIN, NULL},
    {"expm1", m_expm1, METH_PLAIN, NULL},
    {"fabs", m_fabs, METH_PLAIN, NULL},
    {"factorial", m_factorial, METH_PLAIN, NULL},
    {"floor", m_floor, METH_PLAIN, NULL},
    {"fmod", m_fmod, METH_PLAIN, NULL},
    {"frexp", m_frexp, METH_PLAIN, NULL},
    {"fsum", m_fsum, METH_PLAIN, NULL},
    {"gamma", m_gamma, METH_PLAIN, NULL},
    {"gcd", m_gcd, METH_PLAIN, NULL},
    {"hypot", m_hypot, METH_PLAIN, NULL},
    {"isclose", m_isclose, METH_PLAIN, NULL},
    {"isfinite", m_isfinite, METH_PLAIN, NULL},
    {"isinf", m_isinf, METH_PLAIN, NULL},
    {"isnan", m_isnan, METH_PLAIN, NULL},
    {"isqrt", m_isqrt, METH_PLAIN, NULL},
    {"lcm", m_lcm, METH_PLAIN, NULL},
    {"ldexp", m_ldexp, METH_PLAIN, NULL},
    {"lgamma", m_lgamma, METH_PLAIN, NULL},
    {"log", m_log, METH_PLAIN, NULL},
    {"log10", m_log10, METH_PLAIN, NULL},
    {"log1p", m_log1p, METH_PLAIN, NULL},
    {"log2", m_log2, METH_PLAIN, NULL},
    {"modf", m_modf, METH_PLAIN, NULL},
    {"nextafter", m_nextafter, METH_PLAIN, NULL},
    {"perm", m_perm, METH_PLAIN, NULL},
    {"pow", m_pow, METH_PLAIN, NULL},
    {"prod", m_prod, METH_PLAIN, NULL},
    {"radians", m_radians, METH_PLAIN, NULL},
    {"remainder", m_remainder, METH_PLAIN, NULL},
    {"sin", m_sin, METH_PLAIN, NULL},
    {"sinh", m_sinh, METH_PLAIN, NULL},
    {"sqrt", m_sqrt, METH_PLAIN, NULL},
    {"tan", m_tan, METH_PLAIN, NULL},
    {"tanh", m_tanh, METH_PLAIN, NULL},
    {"trunc", m_trunc, METH_PLAIN, NULL},
    {"ulp", m_ulp, METH_PLAIN, NULL},
    {NULL},
};

static bool math_init(Task *t, Value m)
{
    DictObj *d = module_dict(m);
    dict_set_cstr(d, "__doc__", str_from_cstr("This module provides access to the mathematical functions\n"
                                              "defined by the C standard."));
    dict_set_cstr(d, "pi", float_new(t, PI));
    dict_set_cstr(d, "e", float_new(t, 2.718281828459045235360287471352662498));
    dict_set_cstr(d, "tau", float_new(t, 2 * PI));
    dict_set_cstr(d, "inf", float_new(t, INFINITY));
    dict_set_cstr(d, "nan", float_new(t, NAN));
    return true;
}

const NativeModule math_module = {"math", math_functions, math_init};
