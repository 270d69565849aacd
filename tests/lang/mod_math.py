# math: values, special cases and CPython's error messages
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.floor(2.5), math.ceil(-2.5), math.trunc(-3.7), math.floor(True), math.floor(10**30))
for f in ['math.sqrt()', 'math.sqrt(1,2)', 'math.fmod(1)', 'math.atan2(1)', 'math.log()', 'math.log(1,2,3)', 'math.isclose(1)', 'math.gcd(1.5)', 'math.factorial(1.5)', 'math.factorial(-1)', 'math.sqrt("x")', 'math.floor("x")','math.trunc("x")', 'math.ldexp(1, 1.5)', 'math.perm(1,2,3)', 'math.comb(1)', 'math.prod()', 'math.dist(1,2)', 'math.dist((1,),(1,2))', 'math.fsum(1)', 'math.pow(1)', 'math.hypot("a")', 'math.isqrt(-1)', 'math.sqrt(10**400)', 'math.log(0)', 'math.log(-1.5)', 'math.exp(1000)', 'math.factorial(10**30)', 'math.isclose(1,2,3)', 'math.isclose(1,2,rel_tol=-1)', 'math.log(10**400)', 'math.log(2**1000, 2)', 'math.log10(10**500)', 'math.log2(2**2000)', 'math.log(8, 1)', 'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(171.5)', 'math.gamma(0.5)', 'math.lgamma(-2.5)', 'math.lgamma(0)','math.gamma(-0.5)', 'math.erf(0.5)', 'math.erfc(3)', 'math.pow(0, -1)', 'math.pow(-2, 0.5)', 'math.pow(10, 400)', 'math.remainder(5, 2)', 'math.remainder(7, 2)', 'math.remainder(1, 0)', 'math.fmod(5, 0)', 'math.fmod(-5, 3)', 'math.fmod(1, math.inf)', 'math.atan2(math.inf, -math.inf)', 'math.hypot(3, 4)', 'math.hypot(1, 2, 3)', 'math.hypot()', 'math.hypot(-5)', 'math.dist([1, 2], (4, 6))', 'math.fsum([0.1]*10)', 'math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])', 'math.fsum([math.inf, -math.inf])', 'math.fsum([1e308, 1e308])', 'math.prod(range(1, 20))', 'math.prod([1.5, 2, 3])', 'math.prod([2]*100)', 'math.prod([], start=5)', 'math.gcd()', 'math.gcd(12, 18, -24)', 'math.lcm(4, 6, 10)', 'math.lcm()', 'math.lcm(0, 5)', 'math.gcd(2**100, 2**80*3)', 'math.isqrt(10**50)', 'math.comb(10, 3)', 'math.comb(100, 50)', 'math.comb(3, 10)', 'math.perm(10, 3)', 'math.perm(5)', 'math.perm(3, 5)', 'math.comb(-1, 2)', 'math.perm(5, -1)', 'math.factorial(0)', 'math.factorial(25)', 'math.frexp(8.0)', 'math.frexp(0.0)', 'math.ldexp(0.5, 4)', 'math.ldexp(1, 2000)', 'math.ldexp(1.0, -2000)', 'math.modf(-3.5)', 'math.modf(math.inf)', 'math.nextafter(1, 2)', 'math.ulp(1.0)', 'math.ulp(1e308)', 'math.copysign(1, -0.0)', 'math.degrees(math.pi)', 'math.radians(180)', 'math.isclose(1.0, 1.0 + 1e-10)', 'math.isclose(0, 1e-10, abs_tol=1e-9)', 'math.isinf(-math.inf)', 'math.isnan(math.nan)', 'math.isfinite(1)', 'math.acos(2)', 'math.cosh(1000)', 'math.atanh(1)', 'math.expm1(1e-10)', 'math.log1p(-1)', 'math.cbrt(27)', 'math.exp2(10)', 'math.tan(1)', 'math.asinh(1)', 'math.acosh(0.5)', 'math.sin(math.inf)', 'math.trunc(5)', 'math.ceil(5.0000001)', 'math.floor(-0.5)', 'math.floor(math.inf)', 'math.floor(math.nan)', 'len(str(math.factorial(1000)))', 'math.factorial(1000) % 1000007']:
  try: print(f, eval(f))
  except Exception as e: print(f, type(e).__name__, e)
class F:
    def __float__(self): return 2.25
    def __floor__(self): return "floor!"
print(math.sqrt(F()), math.floor(F()))
class I:
    def __index__(self): return 7
print(math.sqrt(I()), math.factorial(I()), math.gcd(I(), 14))
class T:
    def __trunc__(self): return 42
    def __ceil__(self): return -1
print(math.trunc(T()), math.ceil(T()), math.floor(7), type(math.floor(7.5)))
class B(float): pass
print(math.sqrt(B(6.25)), math.log(True + 1), math.isqrt(True))
print(math.log(10**400, 10), math.log10(-0.0 + 1), math.log2(1024))
print(math.factorial(100))
print(math.comb(10**20, 3), math.perm(10**20, 2))
print(math.fsum([1e-16, 1, 1e16]), math.fsum(range(10)), math.fsum([]))
print(math.hypot(1e-320, 1e-320), math.hypot(1e300, 1e300), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1))
print(math.dist(iter([0, 0]), [3, 4]))
print(math.pow(math.inf, -3), math.pow(-math.inf, 3), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(0.5, -math.inf))
print(math.copysign(3, -math.nan), math.remainder(-5.5, 2), math.remainder(math.inf, 1) if False else 0)
print(math.gamma(5), math.gamma(1e-30), math.gamma(-250.5), math.lgamma(1e300), math.lgamma(-0.5))
for bad in ("math.gamma(300)", "math.gamma(-math.inf)", "math.lgamma(-3)", "math.sqrt(-1)", "math.log(-math.inf)", "math.atan2(1, 'x')", "math.floor(None)", "math.isclose(1, 2, tol=3)", "math.log(1, x=2)"):
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
