# divmod and pow on small and big ints, including modular pow and inverses.

for x, y in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2 ** 100, 3), (-(2 ** 100), 3),
             (2 ** 100, -(3 ** 50)), (3 ** 50, 2 ** 100), (10 ** 40 + 1, 10 ** 20)):
    q, r = divmod(x, y)
    print(x, y, q, r, q * y + r == x)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0), pow(0, 0), pow(10, 20))
print(pow(3, 200, 1000), pow(2, 1000, 10 ** 9 + 7), pow(7, 10 ** 18, 13), pow(-3, 5, 7))
print(pow(3, -1, 7), pow(2, -1, 101), pow(12345, -1, 10 ** 9 + 7), pow(5, -3, 13))
print(pow(2 ** 100, 2 ** 100, 3 ** 50), pow(3, 10 ** 6, 2 ** 127 - 1))
print(pow(5, 3, -7), pow(-5, 3, -7), pow(2, 0, 1), pow(0, 0, 7))
for args in ((2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (0, -1)):
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(2 ** 70, 1.5))
for args in ((1, 0), (1.0, 0), (2 ** 80, 0)):
    try:
        divmod(*args)
    except ZeroDivisionError as e:
        print(args, "ZeroDivisionError", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError", e)
# ** with big exponents and negative bases
print((-1) ** (2 ** 70), (-1) ** (2 ** 70 + 1), 1 ** (10 ** 30), 0 ** (10 ** 30))
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) if False else 8 ** (1 / 3), 10 ** -2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
# integer square root by Newton's method on a big number
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
r = isqrt(10 ** 100)
print(r, r * r == 10 ** 100, isqrt(2 * 10 ** 60))
# around 2**64 and 2**127 (where 128-bit arithmetic stops), every sign
edges = [2**62 - 2, 2**62, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**126 + 5, 2**127 - 1, 2**127, 2**128 + 3]
for a in edges + [-e for e in edges]:
    for b in (7, -7, 2**64 + 1, -(2**63), 2**127 - 1, -(2**128)):
        print(a + b, a - b, divmod(a, b), a // b, a % b)
# hash() reduces modulo 2**61 - 1 for every int, also in tuples and dicts
for v in (2**62 - 2, -(2**62 - 2), 2**62 - 1, -(2**62), 2**61 - 1, 2**122 - 2):
    print(v, hash(v), hash((v, 1)), {v: 1}[v])
