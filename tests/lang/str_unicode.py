# Unicode text: lengths, indexing and slicing by code point, ord/chr, case, comparisons.

s = "héllo wörld ✓ 中文 😀"
print(s, len(s), s[1], s[-1], s[12:14], s[::-1])
print([ord(c) for c in "é✓中😀"], chr(233), chr(0x4e2d), chr(128512), chr(0x41))
print("ÉCOLE".lower(), "straße".upper(), "ǅ".lower(), "ﬁ".upper(), "Σ".lower())
print("é" == "\u00e9", "é" == "e\u0301", len("e\u0301"), "a" < "é" < "中" < "😀")
print("中文".encode("utf-8"), len("中文".encode()), "😀".encode(), b"\xf0\x9f\x98\x80".decode())
print("ü" in "München", "München".find("ch"), "München".index("n"), "München".count("n"))
print("naïve café".split(), "αβγ".upper(), "ΑΒΓ".lower(), "ǈ".title() if False else "ok")
print(sorted(["é", "e", "z", "a", "É"]), max("héllo"), min("héllo"))
print("x".join(["ä", "ö", "ü"]), "–".join("abc"), "🙂" * 3)
print(repr("é"), repr("\u0301"), repr("\x7f"), repr("\xa0"), repr("\u00ad"), ascii("é中"))
print("%s|%5s|" % ("é", "中"), "{:>4}|{:<4}|".format("é", "中"))
print(str(chr(0x10FFFF).encode()), len(chr(0x10FFFF)))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
# identifiers can be non-ASCII
café = 1
größe = 2
π = 3.14159
print(café + größe, π)
print("é".isalpha(), "٣".isdigit(), "٣".isdecimal(), "Ⅳ".isnumeric(), " ".isspace(), "\u2003".isspace())
print("ß".casefold(), "ǅ".istitle(), "ǅ".isupper(), "a\u0301".isalpha())
