# Bitwise operators on negative and big ints (two's complement semantics).

vals = [0, 1, -1, 5, -5, 2 ** 64, -(2 ** 64), 2 ** 100 + 12345, -(2 ** 100) - 12345, 0x5555_5555_5555_5555_5555]
for a in vals[:6]:
    for b in vals[:6]:
        print(a, b, a & b, a | b, a ^ b)
for a in vals[5:]:
    for b in vals[5:]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(a, ~a, -a - 1 == ~a)
# shifts
for a in (1, -1, 5, -5, 2 ** 70, -(2 ** 70) - 1):
    print(a, a << 0, a << 1, a << 65, a << 200, a >> 1, a >> 3, a >> 64, a >> 200)
print(1 << 1000 >> 998, -1 >> 10 ** 6, 12345 >> 10 ** 30)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -5
except ValueError as e:
    print("ValueError", e)
try:
    1 << 2 ** 100
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError", e)
# masks and extracting bit fields from a big number
x = 0xDEADBEEF_CAFEBABE_12345678
print(hex(x & 0xFFFF_FFFF), hex((x >> 32) & 0xFFFF_FFFF), hex(x >> 64))
print(hex(x ^ x), hex(x | 0xF), bin(x & -x), (x & (x - 1)) == x - (x & -x))
# bools in bit operations stay bools
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True, True << 2)
