# Arbitrary-precision ints: + - * // % ** with signs, mixing small and big.

a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, b // 7, b % 7)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(a // 1, a // a, a % a, (a + 1) % a, 0 // a, 0 % a)
print(2 ** 64 - 1, 2 ** 64, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1)
print(10 ** 50 // 10 ** 25, 10 ** 50 % (10 ** 25 + 7))
print((10 ** 30 + 1) * (10 ** 30 - 1), (-1) ** 201, (-2) ** 101)
# results fall back to small ints
c = a - (a - 5)
print(c, type(c).__name__, a // (a // 3), (a * 7) // a)
# big numbers in comparisons
print(a > b, a < b, a == 2 ** 200, a != a + 1, -a < -b, a > 1e60, a < 1e61, a == float(a))
print(max(a, b) == a, min(-a, -b) == -a, sorted([b, a, 1, -a]))
# factorial-sized results
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), f % 1000000007, f // 10 ** 150)
# very large powers and their digit counts
p = 7 ** 1000
print(len(str(p)), str(p)[:20], str(p)[-20:])
print(abs(-a) == a, -(-a) == a, +a == a, a * 0, a * -1 == -a)
# mixing with floats
print(a / b, a / 2 ** 199, b / 3 ** 119, (2 ** 1000) / (2 ** 998))
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print("OverflowError", e)
print(2 ** 2000 // 3 % 1000, float(2 ** 1023), 2 ** 1023 * 1.0)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError", e)
try:
    a // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# hashing of big ints follows CPython's modulus
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(-1), hash(-2))
