# copy: shallow and deep copies of containers, instances, cycles, __copy__/__deepcopy__/__reduce__
import copy
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t)
class P:
    def __init__(self, x): self.x = x; self.items = [x]
    def __repr__(self): return f"P({self.x}, {self.items})"
p = P(1); q = copy.copy(p); r = copy.deepcopy(p)
p.items.append(2); print(p, q, r, q.items is p.items, r.items is p.items, type(r).__name__)
class Q:
    def __init__(self): self.log = []
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deepcopy"
print(copy.copy(Q()), copy.deepcopy(Q()))
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc[0])
d = {"a": [1]}; d["self"] = d; dd = copy.deepcopy(d); print(dd["self"] is dd, dd["a"] is d["a"])
dq = deque([[1], [2]], maxlen=5); dq2 = copy.copy(dq); dq3 = copy.deepcopy(dq); print(dq2, dq3, dq2[0] is dq[0], dq3[0] is dq[0], dq3.maxlen)
od = OrderedDict(a=[1]); print(copy.deepcopy(od), copy.copy(od))
dfd = defaultdict(list, {"x": [1]}); e = copy.deepcopy(dfd); e["y"].append(2); print(e, dfd)
print(copy.deepcopy(Counter("aab")))
Pt = namedtuple("Pt", "x y"); pt = Pt([1], 2); print(copy.copy(pt), copy.deepcopy(pt).x is pt.x)
class L(list): pass
l = L([1, [2]]); l.tag = "t"; l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
class I(int): pass
i = I(5); print(copy.copy(i), type(copy.deepcopy(i)).__name__)
s = {1, 2}; print(copy.copy(s), copy.deepcopy(s), copy.deepcopy(frozenset({1})))
print(copy.copy(len) is len, copy.deepcopy(P) is P, copy.deepcopy(None))
class S:
    def __init__(self): self.a = 1
    def __getstate__(self): return {"a": self.a * 10}
    def __setstate__(self, st): self.a = st["a"] + 1
print(copy.copy(S()).a, copy.deepcopy(S()).a)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(3)).v)
class M:
    def meth(self): return 1
m = M(); bm = copy.deepcopy(m.meth); print(bm(), bm.__self__ is m)
import copy, functools, collections, itertools
p = functools.partial(sorted, [[1, 2], [3]], key=len); p.tag = "t"
q = copy.copy(p); r = copy.deepcopy(p)
print(q(), r(), q.args[0] is p.args[0], r.args[0] is p.args[0], r.tag, q.keywords == p.keywords, type(r).__name__)
d = collections.deque([[1]], maxlen=3); print(copy.deepcopy(d), copy.deepcopy(d)[0] is d[0])
c = collections.Counter("aab"); print(copy.copy(c), type(copy.deepcopy(c)).__name__)
od = collections.OrderedDict(a=1); print(copy.deepcopy(od))
