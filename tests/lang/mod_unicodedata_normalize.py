# unicodedata.normalize and is_normalized: each form of every code point (as
# digests), of pseudo-random strings rich in marks, jamo and decomposable
# characters, samples, and CPython's errors.
import unicodedata as u
import hashlib

FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def digest(f):
    h = hashlib.md5()
    for block in range(0, 0x110000, 4096):
        text = "|".join(f(chr(cp)) for cp in range(block, block + 4096))
        h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


for form in FORMS:
    print(form, digest(lambda c: u.normalize(form, c)))

pool = [c for c in map(chr, range(0x30000)) if u.decomposition(c) or u.combining(c)]
pool += [chr(c) for c in range(0x1100, 0x1200)] + [chr(c) for c in range(0xAC00, 0xAC60)]
pool += list("aeiouAEIOU ")
marks = [c for c in pool if u.combining(c)]
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


print(len(pool), len(marks))
sums = {form: hashlib.md5() for form in FORMS}
flags = []
for i in range(6000):
    src = marks if i % 3 == 0 else pool
    s = "".join(src[rnd(len(src))] if rnd(4) else pool[rnd(len(pool))] for _ in range(1 + rnd(10)))
    for form in FORMS:
        r = u.normalize(form, s)
        sums[form].update((r + "|").encode("utf-8", "surrogatepass"))
        flags.append("%d%d" % (u.is_normalized(form, s), u.is_normalized(form, r)))
for form in FORMS:
    print(form, sums[form].hexdigest())
print(hashlib.md5("".join(flags).encode()).hexdigest())

for s in ["e\u0301", "\u00e9", "\u1e9b\u0323", "\ufb01", "\u2460", "\uac00\u11a8", "\u1100\u1161\u11a8",
          "a\u0328\u0301\u0323", "\u0344", "\u0958", "\u212b", "\u1e0b\u0323", "q\u0307\u0323",
          "\u0f73\u0f75", "\U0001d15e", "\u3300", ""]:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in FORMS], [u.is_normalized(f, s) for f in FORMS])

tests = [lambda: u.normalize("NFX", "a"), lambda: u.normalize("nfc", "a"), lambda: u.normalize(1, "a"),
         lambda: u.normalize("NFC", b"a"), lambda: u.is_normalized("NFC"), lambda: u.is_normalized("NFD", 3),
         lambda: u.is_normalized("x", "a")]
for f in tests:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
