# str() and int(s, base) of big numbers: exact round trips in every base.

n = 3 ** 500
s = str(n)
print(len(s), s[:30], s[-30:])
print(int(s) == n, int("-" + s) == -n, int("+" + s) == n)
print(repr(-(2 ** 100)), str(10 ** 60), str(-10 ** 60 + 1))

def to_base(v, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if v == 0:
        return "0"
    neg = v < 0
    v = abs(v)
    out = []
    while v:
        v, r = divmod(v, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))

for b in (2, 3, 7, 8, 10, 16, 31, 36):
    t = to_base(n, b)
    print(b, len(t), t[:16], int(t, b) == n, int(t.upper(), b) == n)
print(int(to_base(-n, 36), 36) == -n)
print(hex(n)[:20], oct(n)[:20], bin(n)[:20], len(bin(n)))
print(int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n, int(hex(n), 0) == n)
# underscores in long literals and strings
big = 1_000_000_000_000_000_000_000_000_000_000
print(big, int("1_000_000_000_000_000_000_000"), int("0x_ffff_ffff_ffff_ffff_ffff", 16))
# leading zeros, whitespace and signs
print(int("000000000000000000000000000000000001"), int("  -00012345678901234567890  "))
# the 4300-digit limit applies to base 10 conversions only
print(len(str(10 ** 4000)), len(hex(10 ** 5000)))
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError", e)
print(int("f" * 5000, 16) == 16 ** 5000 - 1)
# bit_length and friends
print(n.bit_length(), (2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (0).bit_length())
print((2 ** 100 - 1).bit_count() if hasattr(int, "bit_count") else 100)
print(int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "big"), (2 ** 64).to_bytes(9, "big"))
print(int(12.0), int(-2.5), int(1e20), int(2.0 ** 70), int(True), int(-0.9))
