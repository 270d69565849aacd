# float repr and str: the shortest string that round-trips, CPython's exponent rules.

vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345.6,
        1234567890123456.7, 12345678901234567.0, 1e-4, 1e-5, 0.0001234, 0.00001234, 1.5e300,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 100.0,
        3.14159, 2.718281828459045, 1e22, 1e23, 123.456, -0.000001, 4.35, 0.035, 1.0e-7,
        float(2 ** 60), 2.0 ** -30, 1 / 7, 1e100, 9.999999999999999e22, 0.5, 0.25, 0.125]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print([0.1, 1.5, -2.25], (1.0,), {"k": 2.5})
print(float("1e500"), float("-1e500"), float("inf"), float("-Infinity"), float("nan"), float("-nan"))
print(1e400 - 1e400, float("inf") * 0)
# values computed at run time print the same way
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10))
print(sum([0.1] * 10), 100 * 1.1, 1.1 + 2.2, 3.3 * 3, 1 - 0.9, 4.35 * 100)
print(1e16 + 1, 1e16 + 2, 2.5e-5, 25e-6, 0.1e1, 1_0.0_1, 1e0, 1E+2, 1.e2, .1e-1)
print(str(1e21), str(1e20), repr(123e18), repr(1.23e-10))
print(int(1e15), int(1.5e16), float(123456789), float(-(10 ** 17)))
print(float(10 ** 23), float(2 ** 63 - 1), float(3 ** 40))
