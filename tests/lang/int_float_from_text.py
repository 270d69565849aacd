# int() and float() of text: signs, whitespace (also Unicode), underscores, Unicode digits.

for s in ["0", "-12", "+7", "  42\n", "\t-3 ", "1_000", "١٢٣", "٣", "१२", "\u2003 42 \u2003", "０７",
          "-٤٢", "1\u00a0"]:
    print(repr(s), int(s))
for s in ["0.5", "-1.5e3", " 2.5 ", "١.٥", "inf", "-Infinity", "nan", "1_0.2_5", "\u20031e2\u2003", "٣e٢"]:
    print(repr(s), float(s))
print(int("ff", 16), int("٣٣", 8), int("0x١٠", 16), int("１２", 36))
bad_ints = ["", " ", "1.5", "١x", "1 2", "--1", "+-1", "1__0", "_1", "1_", "٣.٣", "x", "\u00bd", "²"]
for s in bad_ints:
    try:
        int(s)
    except ValueError as e:
        print("ValueError", e)
bad_floats = ["", "1e", "e1", "1.2.3", "½", "1_", "1__0", "٣x", "inf inity", "0x10"]
for s in bad_floats:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print(int(b"  12  "), int(bytearray(b"-7")), float(b"1.5"), int(b"ff", 16))
try:
    int(b"\xd9\xa3")
except ValueError as e:
    print("ValueError", e)
