# Integer literals in every form: decimal, hex, octal, binary, underscores, big.

print(0, 7, 1234567890, 00, 0_0)
print(0x0, 0xff, 0XFF, 0xDead_Beef, 0x_1f)
print(0o0, 0o17, 0O777, 0o_7_7)
print(0b0, 0b1010, 0B1111_0000, 0b_1)
print(1_000_000, 1_2_3, 123_456_789_012)
print(0xFFFFFFFFFFFFFFFF, 0x10000000000000000, 0o1777777777777777777777)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print(123456789012345678901234567890123456789012345678901234567890)
print(-0x80, -0o10, -0b11, +0x7f)
print(type(0xff).__name__, type(10 ** 30).__name__)
# literal values compare equal across forms
print(255 == 0xff == 0o377 == 0b11111111, 0x10 ** 2)
# attribute access on an int literal needs a space or parentheses
print(1 .real, (255).bit_length(), 0x10 .bit_length(), 10 .__add__(5))
# conversions of literals to each base
for v in (0, 1, 255, -255, 2 ** 64, -(2 ** 64) + 1):
    print(v, hex(v), oct(v), bin(v))
# int() with bases, accepting the same forms as literals
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("1_000", 0), int("  42  "), int("-0x1F", 16), int("z", 36), int("Zz", 36))
print(int("0", 0), int("00", 0), int("+7"), int("\t\n 12 \n"))
for s, b in (("08", 0), ("1__0", 10), ("_1", 10), ("0x", 16), ("", 10), ("12", 2), ("1.5", 10),
             ("0b2", 0), ("9", 8), ("0o", 0), ("1_", 10)):
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, "ValueError", e)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print("base", b, "ValueError", e)
