# Positional-only parameters (/), with defaults, mixed with the other kinds.

def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))

def g(a, b=2, /, c=3):
    return a, b, c
print(g(1), g(1, 5), g(1, 5, 6), g(1, c=7))

# a positional-only name can also appear in **kwargs
def h(name, /, **kw):
    return name, kw
print(h("x", name="y"), h("only"))

def pos_default(x=0, /):
    return x
print(pos_default(), pos_default(9))

def everything(p1, p2=2, /, pk=3, *args, kw1, kw2=5, **rest):
    return p1, p2, pk, args, kw1, kw2, rest
print(everything(1, kw1=4))
print(everything(1, 20, 30, 40, 50, kw1=4, kw2=6, z=7))

lam = lambda a, /, b: (a, b)
print(lam(1, 2), lam(1, b=2))

tests = [
    ("f(a=1, b=2, c=3, d=4)", lambda: f(a=1, b=2, c=3, d=4)),
    ("f(1, b=2, c=3, d=4)", lambda: f(1, b=2, c=3, d=4)),
    ("f(1, 2, 3, 4)", lambda: f(1, 2, 3, 4)),
    ("g(a=1)", lambda: g(a=1)),
    ("g(1, b=2)", lambda: g(1, b=2)),
    ("pos_default(x=1)", lambda: pos_default(x=1)),
    ("lam(a=1, b=2)", lambda: lam(a=1, b=2)),
    ("everything()", lambda: everything()),
    ("everything(p1=1, kw1=2)", lambda: everything(p1=1, kw1=2)),
]
for label, t in tests:
    try:
        print(label, t())
    except TypeError as e:
        print(label, "->", "TypeError", e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
