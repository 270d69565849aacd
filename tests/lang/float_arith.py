# Float arithmetic: true/floor division, modulo signs, mixing with ints, rounding.

print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7.0 // 2, -7.0 // 2, 7 // 2.0)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2, 0.0 % 5, -0.0 % 5, 5 % 0.7)
print(1 / 3, 2 / 3, 10 / 4, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-15)
print(2 ** 0.5, 2.0 ** 10, 2.0 ** -1, (-2.0) ** 2, (-8.0) ** 3, 9 ** 0.5, 0.0 ** 0)
print(1 + 2.0, 3 - 1.5, 2 * 2.5, True + 0.5, 10 ** 20 + 0.5, 2 ** 53 + 1.0)
print(float(7), float(-3), float("3.25"), float("  -1e3 "), float("1_000.5"), float(".5"), float("5."))
print(int(3.99), int(-3.99), round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.5), round(0.5))
print(round(1234.5678, -2), round(1234.5678, 1), round(5, -1), round(15, -1), round(25, -1), round(-0.4))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(7, 2))
print(abs(-2.5), abs(0.0), abs(-0.0), -(0.0), 0.0 == -0.0, max(0.0, -0.0), min(-0.0, 0.0))
print(3.0 == 3, 3.5 > 3, 1e16 == 10 ** 16, 1e16 + 1 == 10 ** 16 + 1, 0.1 == 1 / 10)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 > float("inf"), 1 < float("nan"))
print(float.__name__, (1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((-2.5).hex(), (1.0).hex(), float.fromhex("0x1.8p1"), (3.0).conjugate(), (2.5).real, (2.5).imag)
print(divmod(7.0, 2), divmod(-7.0, 2), divmod(7, -2.0), 7.0 % 2.5)
for a, b in ((1.0, 0), (1, 0.0), (0.0, 0.0), (5.0, 0.0)):
    for op in ("/", "//", "%"):
        try:
            print(a, op, b, eval("a %s b" % op))
        except ZeroDivisionError as e:
            print(a, op, b, "ZeroDivisionError", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError", e)
for s in ("abc", "", "1e", "--1", "1.2.3", "0x10", "1__0"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
