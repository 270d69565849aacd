# unicodedata: the character properties over every code point (as digests),
# samples, and CPython's errors.
import unicodedata as u
import hashlib


def digest(f):
    """md5 of f(c) for every code point, '|'-separated."""
    h = hashlib.md5()
    for block in range(0, 0x110000, 4096):
        text = "|".join(f(chr(cp)) for cp in range(block, block + 4096))
        h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


print(u.unidata_version)
for name, f in [("category", u.category), ("bidirectional", u.bidirectional),
                ("combining", lambda c: str(u.combining(c))),
                ("east_asian_width", u.east_asian_width),
                ("mirrored", lambda c: str(u.mirrored(c))),
                ("decomposition", u.decomposition),
                ("decimal", lambda c: repr(u.decimal(c, None))),
                ("digit", lambda c: repr(u.digit(c, None))),
                ("numeric", lambda c: repr(u.numeric(c, None)))]:
    print(name, digest(f))

for c in "a1\u00bd\u2155\u00b2\u0663\u4e00\u4e07\U0001f600\u0301(\u00e9\ufb01\u3000\uac00\U00020000\U0010ffff":
    print(ascii(c), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
          u.mirrored(c), repr(u.decomposition(c)), u.decimal(c, -1), u.digit(c, -1), u.numeric(c, -1))

tests = [lambda: u.category("ab"), lambda: u.category(5), lambda: u.category(""), lambda: u.category(),
         lambda: u.category("a", "b"), lambda: u.bidirectional(None), lambda: u.decomposition(b"a"),
         lambda: u.decimal("x"), lambda: u.digit("x"), lambda: u.numeric("x"), lambda: u.decimal("x", 7),
         lambda: u.numeric("\u00bd", 1), lambda: u.decimal(), lambda: u.decimal("1", 2, 3),
         lambda: u.digit("\u00b2"), lambda: u.decimal("\u00b2"), lambda: u.numeric("\u4e5d"),
         lambda: u.numeric("\U0001f10c"), lambda: u.digit("\u2460", None)]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for f in (u.decimal, u.digit, u.numeric):
    try:
        f("ab", 0)
    except TypeError as e:
        print(e)
