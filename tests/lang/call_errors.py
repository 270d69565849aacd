# Messages of the TypeErrors that calls raise, as CPython 3.11 words them.

def none():
    pass
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def opt(a, b=1):
    pass
def kwo(*, k):
    pass
def kwo2(a, *, k, m):
    pass
def po(a, /, b):
    pass
def star(a, *args):
    pass
def kw(**kw):
    pass

one_ = lambda v: v
cases = [
    ("none(1)", lambda: none(1)),
    ("none(1, 2)", lambda: none(1, 2)),
    ("none(x=1)", lambda: none(x=1)),
    ("one()", lambda: one()),
    ("one(1, 2)", lambda: one(1, 2)),
    ("one(b=1)", lambda: one(b=1)),
    ("one(1, a=1)", lambda: one(1, a=1)),
    ("two()", lambda: two()),
    ("two(1)", lambda: two(1)),
    ("two(b=1)", lambda: two(b=1)),
    ("three(1)", lambda: three(1)),
    ("three()", lambda: three()),
    ("three(c=1)", lambda: three(c=1)),
    ("opt()", lambda: opt()),
    ("opt(1, 2, 3)", lambda: opt(1, 2, 3)),
    ("opt(1, 2, 3, 4)", lambda: opt(1, 2, 3, 4)),
    ("kwo()", lambda: kwo()),
    ("kwo(1)", lambda: kwo(1)),
    ("kwo(1, k=2)", lambda: kwo(1, k=2)),
    ("kwo2(1)", lambda: kwo2(1)),
    ("kwo2(1, k=1)", lambda: kwo2(1, k=1)),
    ("kwo2(1, 2, k=1, m=2)", lambda: kwo2(1, 2, k=1, m=2)),
    ("po(a=1, b=2)", lambda: po(a=1, b=2)),
    ("po()", lambda: po()),
    ("star()", lambda: star()),
    ("star(1, a=2)", lambda: star(1, a=2)),
    ("kw(1)", lambda: kw(1)),
    ("1()", lambda: one_(1)()),
    ("'s'()", lambda: one_("s")()),
    ("None()", lambda: one_(None)()),
    ("[]()", lambda: one_([])(0)),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("len(x=1)", lambda: len(x=1)),
    ("abs()", lambda: abs()),
    ("int(1, 2, 3)", lambda: int(1, 2, 3)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("int(1, 2, base=3)", lambda: int(1, 2, base=3)),
    ("sorted([], None)", lambda: sorted([], None)),
    ("sorted([], kye=1)", lambda: sorted([], kye=1)),
    ("print(sepp=1)", lambda: print(sepp=1)),
    ("max()", lambda: max()),
    ("min(1, 2, x=3)", lambda: min(1, 2, x=3)),
    ("sum()", lambda: sum()),
    ("sum(1, 2, 3)", lambda: sum(1, 2, 3)),
    ("range()", lambda: range()),
    ("range(1, 2, 3, 4)", lambda: range(1, 2, 3, 4)),
    ("divmod(1)", lambda: divmod(1)),
    ("pow(1)", lambda: pow(1)),
]
for label, f in cases:
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)
