#!/usr/bin/env python3
"""Generate the constant tables of runtime/numfmt.c and the expected-result
tables of tests/unit/test_numfmt.c and tests/unit/test_fmtspec.c.

Run by hand with CPython 3.11 (the reference) from the repository root:

    python3 tools/gen_numfmt_cases.py            # rewrite all generated regions

Each target file holds regions between "/* BEGIN GENERATED <name> */" and
"/* END GENERATED <name> */" lines; only those regions are rewritten, and the
output is deterministic (fixed random seed), so a rerun is a no-op unless
CPython or this script changed.
"""
import math
import random
import re
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "expected results come from CPython 3.11"

NUMFMT_C = "runtime/numfmt.c"
TEST_NUMFMT = "tests/unit/test_numfmt.c"
TEST_FMTSPEC = "tests/unit/test_fmtspec.c"


def replace_region(path, name, lines):
    text = open(path, encoding="utf-8").read()
    begin = "/* BEGIN GENERATED %s" % name
    end = "/* END GENERATED %s */" % name
    pat = re.compile(r"(^[^\n]*%s[^\n]*\n).*?(^[^\n]*%s)" % (re.escape(begin), re.escape(end)),
                     re.S | re.M)
    if not pat.search(text):
        sys.exit("%s: no region %s" % (path, name))
    body = "".join(line + "\n" for line in lines)
    text = pat.sub(lambda m: m.group(1) + body + m.group(2), text, count=1)
    open(path, "w", encoding="utf-8").write(text)


# --- C literals ---------------------------------------------------------------

def c_str(s):
    """A C string literal for the UTF-8 bytes of s (octal escapes are never
    greedy, unlike \\x)."""
    b = s.encode("utf-8", "surrogatepass") if isinstance(s, str) else s
    out = []
    for byte in b:
        ch = chr(byte)
        if ch in '"\\?':
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % byte)
    return '"' + "".join(out) + '"'


def bits(x):
    return "0x%016xu" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


# --- runtime/numfmt.c tables --------------------------------------------------

POW5_INV_BITS = 125
POW5_BITS = 125


def u128_pair(v):
    return "{ 0x%016xu, 0x%016xu }" % (v & (2**64 - 1), v >> 64)


def pairs_lines(entries):
    return ["    " + ", ".join(entries[i:i + 2]) + "," for i in range(0, len(entries), 2)]


def ryu_tables():
    inv = []
    for q in range(342):
        p = 5**q
        inv.append(u128_pair((1 << (p.bit_length() - 1 + POW5_INV_BITS)) // p + 1))
    pow5 = []
    for i in range(326):
        p = 5**i
        s = p.bit_length() - POW5_BITS
        pow5.append(u128_pair(p >> s if s >= 0 else p << -s))
    lines = ["/* floor(2^(bitlen(5^q) - 1 + %d) / 5^q) + 1, as { low, high } halves. */"
             % POW5_INV_BITS,
             "static const uint64_t POW5_INV[342][2] = {"]
    lines += pairs_lines(inv) + ["};",
                                 "/* 5^i truncated to its top %d bits, as { low, high }. */" % POW5_BITS,
                                 "static const uint64_t POW5[326][2] = {"]
    lines += pairs_lines(pow5) + ["};"]
    return lines


def decimal_zeros():
    zeros = [c for c in range(0x110000) if unicodedata.decimal(chr(c), -1) == 0]
    for z in zeros:   # every run is ten consecutive digits 0..9
        assert all(unicodedata.decimal(chr(z + d), -1) == d for d in range(10))
    items = ["0x%x," % z for z in zeros]
    return ["    " + " ".join(items[i:i + 8]) for i in range(0, len(items), 8)]


def gen_numfmt_c():
    replace_region(NUMFMT_C, "RYU TABLES", ryu_tables())
    replace_region(NUMFMT_C, "DECIMAL ZEROS", decimal_zeros())


# --- values ---------------------------------------------------------------------

R = random.Random(20240611)

INF = float("inf")
NAN = float("nan")
SPECIAL = [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1e16, 1e-5, 1e-4,
           9999999999999998.0, 1e15, 123456789012345678.0, 2.5, 0.125, 0.375, 2.675,
           1.7976931348623157e308, 2.2250738585072014e-308, 2.225073858507201e-308,
           5e-324, 1e22, 1e23, 4.35, 0.035, 1234567.891, 1.0000000000000002,
           0.9999999999999999, 100.0, 1e100, 123.456, -987.654321, 3.141592653589793,
           2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 1 / 3, 2 / 3, 299792458.0, 6.02214076e23]


def rand_bits_double():
    """Any finite double, every exponent equally likely."""
    while True:
        x = from_bits(R.getrandbits(64))
        if math.isfinite(x):
            return x


def rand_magnitude_double(lo=-30, hi=30):
    x = R.random() * 10 ** R.uniform(lo, hi)
    return -x if R.random() < 0.3 else x


def rand_short_decimal():
    digits = R.randrange(1, 10 ** R.randrange(1, 8))
    x = float("%de%d" % (digits, R.randrange(-12, 12)))
    return -x if R.random() < 0.3 else x


def rand_tie_double():
    """A dyadic double whose exact decimal expansion ends in 5 at 16-17
    significant digits: the cases where half-even matters."""
    from decimal import Decimal
    while True:
        e = R.randrange(1, 24)
        ndigits = R.randrange(16, 18)
        lo, hi = 10 ** (ndigits - 1) // 5**e + 1, min(10**ndigits // 5**e, 2**53)
        if lo >= hi:
            continue
        x = (R.randrange(lo, hi) | 1) * 2.0 ** -e
        t = Decimal(x).as_tuple()
        if len(t.digits) == ndigits and t.digits[-1] == 5:
            return x


def rand_float_value():
    r = R.random()
    if r < 0.08:
        return R.choice(SPECIAL)
    if r < 0.35:
        return rand_magnitude_double()
    if r < 0.55:
        return rand_short_decimal()
    if r < 0.7:
        return rand_bits_double()
    if r < 0.8:
        return float(R.randrange(-10**7, 10**7)) / R.choice([1, 2, 4, 8, 100, 1000])
    if r < 0.9:
        return rand_magnitude_double(-320, 308)
    return rand_tie_double()


# --- tests/unit/test_numfmt.c ----------------------------------------------------

def repr_values():
    xs = list(SPECIAL)
    xs += [rand_bits_double() for _ in range(700)]
    xs += [rand_magnitude_double(-320, 308) for _ in range(200)]
    xs += [rand_short_decimal() for _ in range(250)]
    xs += [float(R.randrange(-2**60, 2**60)) for _ in range(100)]
    xs += [from_bits(R.randrange(1, 2**52)) for _ in range(150)]          # subnormals
    xs += [2.0 ** e for e in sorted(R.sample(range(-1074, 1024), 250))]
    xs += [2.0 ** e for e in range(-1074, -1060)] + [2.0 ** e for e in range(1010, 1024)]
    xs += [float("1e%d" % e) for e in sorted(R.sample(range(-323, 309), 250))]
    xs += [float("1e%d" % e) for e in range(-8, 24)]
    xs += [rand_tie_double() for _ in range(150)]
    xs += [math.nextafter(2.0 ** e, 0) for e in R.sample(range(-1000, 1000), 50)]
    xs += [math.nextafter(2.0 ** e, INF) for e in R.sample(range(-1000, 1000), 50)]
    return xs


def numfmt_repr_lines():
    return ["    { %s, %s }," % (bits(x), c_str(repr(x))) for x in repr_values()]


FMT_ADD_DOT_0, FMT_ALT, FMT_NO_NEG_0 = 1, 2, 4


def numfmt_format_lines():
    """numfmt_format(x, code, prec, flags) == format(x, equivalent spec)."""
    lines = []
    for _ in range(2500):
        x = rand_float_value()
        code = R.choice("eEfFgGgr")
        prec = R.choice([0, 0, 1, 2, 3, 4, 5, 6, 6, 8, 10, 12, 15, 16, 17, 18, 20, 25, 40])
        if R.random() < 0.01:
            prec = R.choice([330, 800, 1100, 1500])
        flags = (FMT_ALT if R.random() < 0.25 else 0) | (FMT_NO_NEG_0 if R.random() < 0.25 else 0)
        spec = ("z" if flags & FMT_NO_NEG_0 else "") + ("#" if flags & FMT_ALT else "")
        if code == "r":
            flags |= FMT_ADD_DOT_0
            if R.random() < 0.5:       # no type, with precision: 'g' + ADD_DOT_0
                code = "g"
                spec += ".%d" % prec
            elif spec == "":
                spec = None            # str(x)
        else:
            spec += ".%d%s" % (prec, code)
        expected = str(x) if spec is None else format(x, spec)
        lines.append("    { %s, '%s', %d, %d, %s }," % (bits(x), code, prec, flags, c_str(expected)))
    return lines


def numfmt_parse_inputs():
    ws = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x85", "\xa0", "\u2003", "\u3000",
          "\u2028", "\u1680", "\u202f", "\u205f", "\u200b"]
    udigits = ["\u0661", "\u06f5", "\u0969", "\uff17", "\U0001d7ce", "\U0001d7f9", "\u0e52",
               "\U000104a3", "\u00b2", "\u2460", "\u00bd"]
    fixed = ["", " ", "1", "-1", "+1", "1.5", ".5", "5.", ".", "-.5", "+.5e1", "1e5", "1E5",
             "1e+5", "1e-5", "1e", "1e+", "e5", ".e1", "1.e1", "1_000", "1__000", "_1", "1_",
             "1_.5", "1._5", "1.5_5", "1e1_0", "1e_10", "1_e10", "0x10", "0b1", "1 2", "1\x002",
             "inf", "-inf", "+inf", "INF", "iNfInItY", "infinity", "-Infinity", "infinit",
             "infinityy", "nan", "-nan", "+NaN", "nan(1)", "nana", "in f", "- 1", "--1", "+-1",
             "1e500", "-1e500", "1e-500", "-1e-400", "2.4703282292062327e-324",
             "2.4703282292062328e-324", "179769313486231580793728971405303415079934132710037826"
             "936173778980444968292764750946649017977587207096330286416692887910946555547851940"
             "402630657488671505820681908902000708383676273854845817711531764475730270069855571"
             "366959622842914819860834936475292719074168444365510704342711559699508093042880177"
             "90400000", "0." + "0" * 400 + "1", "1" * 400, "0" * 50 + "1.5", "1.5" + "0" * 300,
             "9007199254740993", "9007199254740993.0000000001", "0.1", "1_2.3_4e5_6", "00", "-0",
             "-0.0", "+0e99999999999999999999", "1e-99999999999999999999", "1e99999999999999999999",
             "١٢٣", "١٢.٥", "1٢.5e١", "١_٢", "\u0661\u0662\u0663\u066b\u0664", "𝟏𝟐", "1.5\u00b2",
             "\x001", "1\x00", "١e", "NaN\u3000", "\u3000-1.5\u3000", "\u200b1", "\x7f1", "1\x7f"]
    out = list(fixed)
    for _ in range(350):
        mant = R.choice(["1", "12", "123.45", ".5", "5.", "0", "007", "1_0", "1_000.000_1",
                         "9" * 17, "123456789012345678901234567890", "4.9406564584124654e-324",
                         "2.2250738585072011e-308", "1.7976931348623157e308",
                         "1.7976931348623159e308", "0.30000000000000004", "inf", "nan",
                         "infinity", "1__2", "_", "."])
        s = mant
        if R.random() < 0.4 and mant[-1].isdigit():
            s += R.choice(["e", "E"]) + R.choice(["", "+", "-", "_"]) + str(R.randrange(0, 400))
        if R.random() < 0.2:
            i = R.randrange(len(s) + 1)
            s = s[:i] + R.choice(udigits) + s[i:]
        if R.random() < 0.4:
            s = R.choice(["", "-", "+", "--", "+-"]) + s
        if R.random() < 0.4:
            s = "".join(R.choice(ws) for _ in range(R.randrange(1, 3))) + s
        if R.random() < 0.4:
            s = s + "".join(R.choice(ws) for _ in range(R.randrange(1, 3)))
        if R.random() < 0.1:
            s = "".join(c.upper() if R.random() < 0.5 else c for c in s)
        out.append(s)
    return out


def numfmt_parse_lines():
    lines = []
    for s in numfmt_parse_inputs():
        for is_str in (True, False):
            if is_str:
                src = s
            else:
                try:
                    src = s.encode("ascii")
                except UnicodeEncodeError:
                    src = s.encode("utf-8")
            try:
                x, ok = float(src), 1
            except ValueError:
                x, ok = 0.0, 0
            b = src if isinstance(src, bytes) else src.encode("utf-8")
            lines.append("    { %d, %s, %d, %d, %s }," % (is_str, c_str(b), len(b), ok, bits(x)))
    return lines


def numfmt_round_lines():
    lines = []
    extremes = [-2**63, -2**40, -10**6, -400, -330, -309, -308, -307, 308, 322, 323, 324,
                10**6, 2**63 - 1]
    for i in range(1200):
        x = rand_float_value()
        if R.random() < 0.2:
            x = R.randrange(-10**6, 10**6) / R.choice([2, 4, 8, 20, 200, 2000]) + R.choice([0, 0.5])
        n = R.choice([0, 0, 1, 2, 3, -1, -2, -3, R.randrange(-20, 20), R.randrange(-330, 330)])
        if R.random() < 0.05:
            n = R.choice(extremes)
        if i < 60:
            x, n = R.choice([(1.7976931348623157e308, -308), (-1.7976931348623157e308, -308),
                             (1.5e308, -308), (9.5e307, -307), (2.5, 0), (0.5, 0), (-0.5, 0),
                             (5e-324, 323), (5e-324, 324), (1e-320, 322), (0.125, 2),
                             (0.375, 2), (2.675, 2), (-0.0, 1), (1e300, -300), (5e300, -301),
                             (15.0, -1), (25.0, -1), (-25.0, -1), (35.0, -1), (4.5e15, -15),
                             (INF, -3), (NAN, 2), (-INF, 400), (1.25e-300, 301)])
        try:
            y, status = round(x, n), 0
        except OverflowError:
            y, status = 0.0, 1
        nd = "INT64_MIN" if n == -2**63 else "%dLL" % n
        lines.append("    { %s, %s, %d, %s }," % (bits(x), nd, status, bits(y)))
    return lines


def numfmt_round_int_lines():
    xs = [R.randrange(-2000, 2000) / 2 for _ in range(120)] + [rand_float_value() for _ in range(150)]
    xs += [0.49999999999999994, -0.49999999999999994, 4503599627370497.0, 2.0**52 + 0.5, -0.0]
    lines = []
    for x in xs:
        if not math.isfinite(x):
            continue
        r = float(round(x))
        if r == 0 and math.copysign(1, x) < 0:
            r = -0.0                   # round() returns an int; the double keeps x's sign
        lines.append("    { %s, %s }," % (bits(x), bits(r)))
    return lines


def numfmt_hex_lines():
    xs = repr_values()[::5] + [from_bits(R.randrange(1, 2**52)) for _ in range(40)]
    return ["    { %s, %s }," % (bits(x), c_str(x.hex())) for x in xs]


def numfmt_fromhex_inputs():
    fixed = ["0x1p0", "1p0", "0X1P0", "0x1.8p1", "-0x1.8p1", "+0x1.8p1", "0x.8", "0x8.",
             "0x", "0x.", ".", "", " ", "0xp1", "0x1p", "0x1p+", "0x1p-", "0x1.0p-1074",
             "0x1p-1075", "0x1p-1076", "0x3p-1076", "0x1.8p-1074", "0x1.00000000000008p0",
             "0x1.00000000000018p0", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023",
             "0x1p1024", "-0x1p1024", "0x0p99999999999999999999", "0x1p-99999999999999999999",
             "0x1p99999999999999999999", "0x" + "0" * 300 + "1p0", "0x1" + "0" * 300 + "p-1200",
             "inf", "-inf", "INFINITY", "nan", "-NaN", " 0x1p0 ", "\t0x1p0\n", "0x1p0x",
             "0x1 p0", "0x1_0p0", "1e5", "0xg", "0x1.p0", "0x.p0", "0x1.8P+1", "0x1p1.5",
             "\u30000x1p0", "0x1p0\x00", "ffp0", "0x0.0000000000001p-1022",
             "0x1.ffffffffffffffffp0", "0x1.fffffffffffff7ffp0", "-0x0p0", "0x10p-4",
             "0x123456789abcdefp0", "0xABCDEF.abcdefp-30", "+", "-", "0x-1", "infinit"]
    out = list(fixed)
    for x in [rand_float_value() for _ in range(200)]:
        h = x.hex()
        if R.random() < 0.3:
            h = h.replace("0x", "")
        if R.random() < 0.2:
            h = h.upper()
        if R.random() < 0.2:
            h = " " + h + "\t"
        out.append(h)
    return out


def numfmt_fromhex_lines():
    lines = []
    for s in numfmt_fromhex_inputs():
        try:
            x, status = float.fromhex(s), 0
        except ValueError:
            x, status = 0.0, 1
        except OverflowError:
            x, status = 0.0, 2
        b = s.encode("utf-8")
        lines.append("    { %s, %d, %d, %s }," % (c_str(b), len(b), status, bits(x)))
    return lines


def decimal_checksum_lines():
    count = total = 0
    for cp in range(0x110000):
        d = unicodedata.decimal(chr(cp), -1)
        if d >= 0:
            count += 1
            total += (d + 1) * cp
    return ["#define DECIMAL_COUNT %d" % count,
            "#define DECIMAL_SUM %du" % (total % 2**64)]


def gen_test_numfmt():
    replace_region(TEST_NUMFMT, "DECIMAL CHECKSUM", decimal_checksum_lines())
    replace_region(TEST_NUMFMT, "REPR", numfmt_repr_lines())
    replace_region(TEST_NUMFMT, "FORMAT", numfmt_format_lines())
    replace_region(TEST_NUMFMT, "PARSE", numfmt_parse_lines())
    replace_region(TEST_NUMFMT, "ROUND", numfmt_round_lines())
    replace_region(TEST_NUMFMT, "ROUND INT", numfmt_round_int_lines())
    replace_region(TEST_NUMFMT, "HEX", numfmt_hex_lines())
    replace_region(TEST_NUMFMT, "FROMHEX", numfmt_fromhex_lines())


# --- tests/unit/test_fmtspec.c ----------------------------------------------------

FILLS = [" ", "*", "0", "x", "=", "<", "^", "é", "€", "\U0001d11e", "\u3000", "_", ",", ".",
         "#", "+", "z", "1"]


def rand_spec(types, kind="f"):
    """A random spec, mostly valid for `kind` ('f', 'i', 's'): the error
    paths get their own cases."""
    type_ = R.choice(types) if R.random() < 0.85 else ""
    int_type = kind == "i" and type_ in "bcdoxXn"
    rare = 0.03
    s = ""
    r = R.random()
    if r < 0.35:
        s += R.choice(FILLS) + R.choice("<>^=" if kind != "s" else "<>^<>^=")
    elif r < 0.55:
        s += R.choice("<>^=" if kind != "s" else "<>^")
    if R.random() < (rare if kind == "s" else 0.5):
        s += R.choice("+- ")
    if R.random() < (0.15 if kind == "f" else rare):
        s += "z"
    if R.random() < (rare if kind == "s" else 0.3):
        s += "#"
    if R.random() < 0.25:
        s += "0"
    if R.random() < 0.5:
        s += str(R.choice([0, 1, 2, 5, 8, 10, 12, 15, 20, 25, R.randrange(30)]))
    if R.random() < (0.05 if kind == "s" else 0.35):
        s += R.choice(",_") if R.random() > rare else R.choice([",_", "_,"])
    if R.random() < (rare if int_type else 0.5):
        s += "." + str(R.choice([0, 1, 2, 3, 4, 6, 10, 15, 17, 20, R.randrange(30)]))
    s += type_
    if R.random() < rare:
        s += R.choice(["x", "ss", "!", "é"])
    return s


def py_format(value, spec):
    try:
        return 0, format(value, spec)
    except (ValueError, TypeError, OverflowError) as e:
        return 1, str(e)


def rand_int_value():
    r = R.random()
    if r < 0.1:
        return R.choice([0, 1, -1, 7, -7, 10, 255, -255, 1000, 1234, -1234, 65535, 2**31,
                         2**63 - 1, -2**63, 2**64, 10**20, -10**20])
    k = R.choice([1, 2, 3, 4, 5, 6, 7, 9, 12, 16, 20, 30, 45, 60])
    v = R.randrange(10 ** k)
    return -v if R.random() < 0.35 else v


TEXTS = ["", "a", "ab", "abc", "hello", "héllo", "日本語", "emoji😀x", "mixed é€𝄞!",
         "tab\there", "a" * 30, "ñ" * 12, "\U0001f600" * 5, "Z\u0301", "quote\"back\\slash?"]


def fmtspec_format_lines():
    cases = []
    for _ in range(3200):
        cases.append(("f", rand_float_value(), rand_spec("eEfFgGn%" + "eEfFgG%", "f")))
    for _ in range(2600):
        v = rand_int_value()
        types = "bdoxXn" * 3 + "eEfFgG%" + "c"
        spec = rand_spec(types, "i")
        if spec.endswith("c"):
            v = R.choice([0, 65, 97, 0xe9, 0x20ac, 0x1d11e, 0x10ffff, 0xd800, 10, 1])
        cases.append(("i", v, spec))
    for _ in range(900):
        cases.append(("s", R.choice(TEXTS), rand_spec("s", "s")))
    for _ in range(60):   # (an empty spec is str(value): the caller's)
        spec = rand_spec("dxbcs", "i")
        cases.append(("b", R.choice([True, False]), spec or "d"))
    cases += error_cases()
    lines = []
    for kind, v, spec in cases:
        err, text = py_format(v, spec)
        if kind == "f":
            value = bits(v).replace("u", "")
        elif kind == "s":
            value = v
        else:
            value = str(int(v))
        lines.append("    { '%s', S(%s), S(%s), %d, S(%s) }," % (kind, c_str(value), c_str(spec),
                                                                err, c_str(text)))
    return lines


def error_cases():
    specs = ["q", "ab", ",_", "_,", ",,", ",,d", "5,_", ".", ".d", "10.x", "99999999999999999999",
             ".99999999999999999999", "z", "zd", "zc", "z#", "#z", "+c", "#c", " c", "-c", ",c",
             "_c", ",x", "_x", ",b", "_n", ",n", ",s", "_s", ".2", ".2d", ".2c", "=", "=5", "+",
             " ", "-", "#", "0", "05", "\x01", "é", "\U0001f600", "\x7f", "\x80", " 5 ", "5 ",
             ",d", "_d", "x<", "<<", "<<<", "<^5", "^^^5", "s", "d", "f", "c", "%", "n", "e",
             "+z#", "z#=", "#=", "+#", "+=", " =", "z=", "+z", "=z", ",.2s", ".2147483648f",
             ".2147483648", ".9223372036854775807f", "9223372036854775808", "0=^5",
             "\u0661\u0660", "\u0661\u0660.\u0662f", "\u0661.", "x^\u0662", ",\x01", "_é",
             "1_000", "10,000", "._2f", ".,2f", "5._", "%x", "%%", ",%", "_%", "z%", "z#%",
             "z0=10.3%", "\x00<5", "é<\x00", "ss", "sx", ",.0", "#_o", "#_b", "#,x", "c<5",
             "\u3000>5"]
    out = []
    for spec in specs:
        for kind, v in (("s", "abc"), ("i", 42), ("f", -1.5), ("b", True)):
            out.append((kind, v, spec))
    return out


PRINTF_FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+#", "+ ", "-+ #0",
                "0-", "00", "++", "#-0 +"]


def rand_directive(convs):
    d = "%" + R.choice(PRINTF_FLAGS)
    star_w = star_p = None
    r = R.random()
    if r < 0.5:
        d += str(R.choice([1, 2, 3, 5, 8, 10, 12, 20, R.randrange(1, 30)]))
    elif r < 0.58:
        d += "*"
        star_w = R.randrange(-15, 16)
    if R.random() < 0.45:
        if R.random() < 0.1:
            d += ".*"
            star_p = R.randrange(-5, 20)
        else:
            d += "." + R.choice(["", "0", "1", "2", "3", "5", "8", "12", "20", "30"])
    if R.random() < 0.05:
        d += R.choice("hlL")
    return d + R.choice(convs), star_w, star_p


def fmtspec_printf_lines():
    cases = []
    for _ in range(1700):
        d, w, p = rand_directive("diuoxX")
        cases.append(("i", rand_int_value(), d, w, p))
    for _ in range(1700):
        d, w, p = rand_directive("eEfFgG")
        cases.append(("f", rand_float_value(), d, w, p))
    for _ in range(500):
        d, w, p = rand_directive("srac")
        cases.append(("s", R.choice(TEXTS) if not d.endswith("c") else R.choice("aé€😀"), d, w, p))
    for d in ["%5", "%", "%-", "%.", "%.5", "%*", "%h", "%5l", "%99999999999999999999d",
              "%.99999999999d", "%.2147483648d", "%.2147483647d", "%#5.3lx", "%ld", "%Ld"]:
        cases.append(("i", 5, d, None, None))
    lines = []
    for kind, v, d, w, p in cases:
        args = tuple(a for a in (w, p) if a is not None) + (v,)
        try:
            err, text = 0, d % args
        except (ValueError, TypeError, OverflowError) as e:
            err, text = 1, str(e)
        if kind == "s":
            conv = d[-1]
            value = {"s": str, "r": repr, "a": ascii, "c": str}[conv](v)
        elif kind == "f":
            value = bits(v).replace("u", "")
        else:
            value = str(v)
        lines.append("    { '%s', S(%s), S(%s), %dLL, %dLL, %d, S(%s) }," % (
            kind, c_str(value), c_str(d), -99 if w is None else w, -99 if p is None else p,
            err, c_str(text)))
    return lines


def gen_test_fmtspec():
    replace_region(TEST_FMTSPEC, "FORMAT", fmtspec_format_lines())
    replace_region(TEST_FMTSPEC, "PRINTF", fmtspec_printf_lines())


def main():
    gen_numfmt_c()
    gen_test_numfmt()
    gen_test_fmtspec()


if __name__ == "__main__":
    main()
