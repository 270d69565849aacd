# unicodedata.name and lookup: every code point's name (as a digest), names
# looked up back in upper and lower case, aliases, named sequences,
# algorithmic names and their quirks, \N{...} escapes, and CPython's errors.
import unicodedata as u
import hashlib

names, back, lower = hashlib.md5(), hashlib.md5(), hashlib.md5()
count = 0
for cp in range(0x110000):
    n = u.name(chr(cp), None)
    names.update(("%r|" % n).encode())
    if n is not None:
        count += 1
        back.update(("%d|" % ord(u.lookup(n))).encode())
        try:
            r = "%d" % ord(u.lookup(n.lower()))
        except KeyError:
            r = "-"
        lower.update((r + "|").encode())
print(count, names.hexdigest(), back.hexdigest(), lower.hexdigest())

for c in "a \u00e9\u0301\u4e00\uac00\ud7a3\uf900\U0001b170\U00018b00\U00020000\U0003134a\U000e0100\ufffd\U0001f600":
    print(ascii(c), u.name(c))
print(u.name("\x00", "none"), u.name("\ud800", None), u.name("\U00017000", "tangut: none"))

queries = ["NULL", "null", "NUL", "LF", "LINE FEED", "ZWJ", "BOM", "BYTE ORDER MARK", "LATIN SMALL LETTER A",
           "latin small letter a", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
           "latin capital letter a with macron and grave", "KEYCAP NUMBER SIGN", "TAMIL SYLLABLE KSSA",
           "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4e00",
           "cjk unified ideograph-4e00", "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-4E0",
           "cjk compatibility ideograph-f900", "CJK COMPATIBILITY IDEOGRAPH-0F900", "nushu character-1b170",
           "HANGUL SYLLABLE GA", "hangul syllable ga", "HANGUL SYLLABLE GGWAELH", "HANGUL SYLLABLE A",
           "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE ", "TANGUT IDEOGRAPH-17000", "", "LATIN SMALL LETTER A ",
           "A\x00B", "x" * 300, b"NULL", b"nope"]
for q in queries:
    try:
        print(ascii(q), ascii(u.lookup(q)))
    except KeyError as e:
        print(ascii(q), "KeyError", e)

print(ascii("\N{LATIN SMALL LETTER A}\N{null}\N{zwj}\N{CJK UNIFIED IDEOGRAPH-20000}\N{HANGUL SYLLABLE GAG}"),
      ascii("\N{GRINNING FACE}\N{TIBETAN LETTER -A}\N{nushu character-1b170}\N{ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM}"))
for src in ['"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', '"\\N{cjk unified ideograph-4e00}"',
            '"\\N{NO SUCH NAME}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)

tests = [lambda: u.name("ab"), lambda: u.name(1), lambda: u.name(), lambda: u.name("\x00"),
         lambda: u.lookup(), lambda: u.lookup(3), lambda: u.lookup(None), lambda: u.lookup("a", "b")]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
