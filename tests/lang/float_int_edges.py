# Floats and ints at their edges: repr of computed values, floor division and modulo, inf/nan, big ints to float
print(0.1 * 3, 0.1 + 0.7, 1 / 3, 2 / 3, 10 / 3, 1e22, 1e-7, 123456789012345678.0, 5e-324, 1.7976931348623157e308)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5, divmod(-7.5, 2), 2.0 ** 0.5, (-8) ** (1 / 3) if False else 0)
inf, nan = float("inf"), float("nan")
print(inf > 1e308, -inf < 0, inf == inf, nan == nan, nan != nan, inf - inf, inf * 0, min(inf, 1), max(-inf, -1))
print(1 == 1.0, hash(1) == hash(1.0), {1: "int"}[1.0], 0.5 == 1 / 2, 10 ** 16 == 1e16, 10 ** 16 + 1 == 1e16 + 1)
print(int(1e16), int(-2.9), int(2.9), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1), round(1e16 + 0.5))
for bad in [lambda: float(10 ** 400), lambda: 10 ** 400 * 1.0, lambda: int(inf), lambda: int(nan), lambda: 1 / 0.0,
            lambda: 1.0 // 0, lambda: 2.0 ** 10000, lambda: math_sqrt(-1)]:
    try:
        print(bad())
    except (OverflowError, ValueError, ZeroDivisionError, NameError) as e:
        print(type(e).__name__ + ":", e)
import math
print(math.isinf(1e308 * 10), math.isnan(inf - inf), math.copysign(1, -0.0), math.fabs(-2), math.fmod(-7, 3))
print((2 ** 100) / 3, 2 ** 100 // 3, (2 ** 100) % 7, -(2 ** 100) // 7, (10 ** 20) / (10 ** 10), 3 ** 0.5)
print(f"{2 ** 64:,} {2 ** 64:e} {1 / 7:.20f} {12345.6789:.3g} {0.000123456:.2e} {100:.2f}")
