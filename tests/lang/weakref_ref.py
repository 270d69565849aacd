# weakref.ref while the referents live: calls, reuse, hash, equality,
# reprs (addresses masked), __callback__, subclasses, counting, and which
# types can be referenced at all.
import re
import weakref


def show(s):
    print(re.sub(r"0x[0-9a-f]+", "0x?", s))


class A:
    def __init__(self, n=0):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, A) and self.n == other.n

    def __hash__(self):
        return hash(("A", self.n))


class Plain:
    pass


def func():
    pass


a = A(1)
r = weakref.ref(a)
print(r() is a, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(weakref.ref(a) is r, weakref.ref(a, None) is r)
show(repr(r))
show(repr(weakref.ref(func)))
show(repr(weakref.ref(Plain)))
print(r.__callback__)
cb = lambda wr: None
r2 = weakref.ref(a, cb)
print(r2 is not r, r2.__callback__ is cb, r2() is a)

# hash: the referent's; equality: the referents' while alive
print(hash(r) == hash(a), hash(r2) == hash(A(1)))
b = A(1)
rb = weakref.ref(b)
print(r == rb, r != rb, r == weakref.ref(A(2)) if False else None)
c = A(2)
rc = weakref.ref(c)
print(r == rc, r != rc, r == 1, r != 1, r.__eq__(1))
d = {r: "a"}
print(d[rb], rb in d, weakref.ref(c) in d)
try:
    r < rb
except TypeError as e:
    print("TypeError:", e)

# calling
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)

# construction errors
for args in [(), (a, None, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref(a, callback=None)
except TypeError as e:
    print("TypeError:", e)

# counting
p = Plain()
print(weakref.getweakrefcount(p), weakref.getweakrefs(p))
k1 = weakref.ref(p)
k2 = weakref.ref(p, cb)
k3 = weakref.proxy(p)
print(weakref.getweakrefcount(p), len(weakref.getweakrefs(p)))
print(sorted(type(x).__name__ for x in weakref.getweakrefs(p)))
print(weakref.getweakrefcount(1), weakref.getweakrefs("s"))
try:
    weakref.getweakrefcount()
except TypeError as e:
    print("TypeError:", e)


# subclasses
class Named(weakref.ref):
    def __init__(self, ob, callback=None, name="?"):
        super().__init__(ob, callback)
        self.name = name


n = Named(a, None, name="first")
print(n() is a, n.name, n is not r, isinstance(n, weakref.ref), n == r)
show(repr(n))
print(Named(a) is not Named(a))


class Keyed(weakref.ref):
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


kr = Keyed(a, None, "k")
print(kr.key, kr() is a, kr.__callback__)
print(weakref.ReferenceType.__name__, weakref.ReferenceType.__module__, type(r).__qualname__)
print(weakref.ref[int])

# which objects can be referenced (CPython's answers)


class I(int):
    pass


class S(str):
    pass


class T(tuple):
    pass


class L(list):
    pass


class D(dict):
    pass


class E(Exception):
    pass


def gen():
    yield 1


import sys
samples = [1, True, None, 1.5, "s", b"b", (1,), [1], {1: 2}, {1}, frozenset(), bytearray(),
           range(3), slice(1), object(), Plain(), I(1), S("x"), T(), L(), D(), E(), Exception(),
           func, gen(), len, [].append, Plain, int, sys, property(), staticmethod(func),
           iter([]), NotImplemented, ..., map(func, []), A(3).__eq__]
for obj in samples:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, e)
for make in (weakref.proxy, lambda o: weakref.ref(o, print)):
    try:
        make(5)
    except TypeError as e:
        print("TypeError:", e)
