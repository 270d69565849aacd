# weakref.proxy while the referent lives: attributes, operators, calls,
# containers and iteration are forwarded; the proxy itself is unhashable.
import re
import weakref


def show(s):
    print(re.sub(r"0x[0-9a-f]+", "0x?", s))


class Box:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Box(self.v + (other.v if isinstance(other, Box) else other))

    def __radd__(self, other):
        return Box(other + self.v)

    def __iadd__(self, other):
        self.v += other
        return self

    def __neg__(self):
        return Box(-self.v)

    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "Box(%r)" % (self.v,)

    def __str__(self):
        return "box of %s" % (self.v,)

    def __len__(self):
        return self.v

    def __bool__(self):
        return self.v != 0

    def __getitem__(self, i):
        return i * 2

    def __setitem__(self, i, x):
        print("set", i, x)

    def __delitem__(self, i):
        print("del", i)

    def __contains__(self, x):
        return x == self.v

    def __iter__(self):
        return iter(range(self.v))

    def __call__(self, *a, **k):
        return ("called", a, k)

    def method(self, x):
        return self.v * x


class Seq:
    def __init__(self):
        self.items = [1, 2, 3]

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


b = Box(3)
p = weakref.proxy(b)
print(type(p) is weakref.CallableProxyType, weakref.proxy(b) is p)
print(p.v, p.method(5), p + 1, 1 + p, p + p, -p, len(p), bool(p), p[4], 3 in p, 4 in p)
print(list(p), str(p), p == Box(3), p == b, p != b, p < Box(9), Box(1) < p)
show(repr(p))
p[1] = "x"
del p[2]
p.w = 7
print(b.w, p.w)
del p.w
print(hasattr(b, "w"), p(1, k=2))
q = p
q += 2
print(q, type(q) is Box, b.v)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class NoCall:
    x = 1


nc = NoCall()
pn = weakref.proxy(nc)
print(type(pn) is weakref.ProxyType, pn.x, weakref.ProxyTypes)
show(repr(pn))
try:
    pn()
except TypeError as e:
    print("TypeError:", e)
try:
    pn + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(pn)
except TypeError as e:
    print("TypeError:", e)
try:
    next(pn)
except TypeError as e:
    print("TypeError:", e)
s = Seq()
ps = weakref.proxy(s)
print(next(ps), next(ps), list(ps))
cbp = weakref.proxy(nc, print)
print(cbp is not pn, weakref.getweakrefcount(nc))
try:
    weakref.proxy(nc, callback=print)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.proxy()
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ProxyType(nc)
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(weakref.ProxyType):
        pass
except TypeError as e:
    print("TypeError:", e)
pf = weakref.proxy(len)
print(pf("abc"), type(pf).__name__)

# isinstance sees the referent's class through the proxy's __class__
print(isinstance(p, Box), isinstance(p, (int, Box)), isinstance(p, weakref.ProxyTypes), isinstance(p, int))

# weak references are their own copies
import copy
r = weakref.ref(b)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
