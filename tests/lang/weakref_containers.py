# WeakValueDictionary, WeakKeyDictionary, WeakSet and WeakMethod while
# every object in them is alive: they behave as a dict and a set.
import re
import weakref


def show(s):
    print(re.sub(r"0x[0-9a-f]+", "0x?", s))


class O:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "O(%s)" % self.name

    def hello(self, x):
        return "%s says %s" % (self.name, x)


objs = [O(c) for c in "abcde"]
a, b, c, d, e = objs

# WeakValueDictionary
wv = weakref.WeakValueDictionary({1: a, 2: b})
wv[3] = c
wv.update({4: d})
wv.update(five=e)
del wv["five"]
wv[5] = e
print(len(wv), sorted(wv), wv[1], wv.get(2), wv.get(9), wv.get(9, "dflt"))
print(1 in wv, 9 in wv, sorted(wv.keys()), list(wv.values()))
print(sorted(wv.items()))
show(repr(wv))
print(type(wv.keys()).__name__, isinstance(wv, weakref.WeakValueDictionary))
print(wv.pop(1), wv.pop(1, "gone"), len(wv))
try:
    wv.pop(1)
except KeyError as ex:
    print("KeyError", ex)
try:
    wv[1]
except KeyError as ex:
    print("KeyError", ex)
print(wv.setdefault(2, e), wv.setdefault(7, e), wv[7])
del wv[7]
print(7 in wv, sorted(r.key for r in wv.valuerefs()) == sorted(wv.keys()))
cp = wv.copy()
print(type(cp).__name__, len(cp), cp[2] is b)
k, v = wv.popitem()
print(k not in wv, v in objs)
m = wv | {10: a}
print(type(m).__name__, m[10] is a, len(m) == len(wv) + 1)
wv |= {11: b}
print(wv[11] is b)
wv.clear()
print(len(wv), list(wv))
try:
    wv[1] = 5
except TypeError as ex:
    print("TypeError:", ex)
kr = weakref.KeyedRef(a, None, "key")
print(kr.key, kr() is a, isinstance(kr, weakref.ref))

# WeakKeyDictionary
wk = weakref.WeakKeyDictionary()
wk[a] = 1
wk[b] = 2
wk.update({c: 3})
print(len(wk), wk[a], wk.get(b), wk.get(d), wk.get(d, 0), a in wk, d in wk, 5 in wk)
print(sorted(wk.keys(), key=repr), sorted(wk.values()), sorted(wk.items(), key=repr))
show(repr(wk))
print(wk.pop(a), wk.pop(a, None), wk.setdefault(d, 4), wk.setdefault(d, 5), len(wk))
del wk[d]
try:
    del wk[d]
except KeyError:
    print("KeyError on del")
try:
    wk[5] = 1
except TypeError as ex:
    print("TypeError:", ex)
print(len(wk.keyrefs()), sorted(wk.copy().items(), key=repr))
key, val = wk.popitem()
print(key in objs, val in (2, 3), len(wk))
print(len(wk | {e: 9}), isinstance(wk, weakref.WeakKeyDictionary))

# WeakSet
ws = weakref.WeakSet([a, b])
ws.add(c)
ws.add(a)
print(len(ws), a in ws, d in ws, 3 in ws, sorted(ws, key=repr))
ws.discard(c)
ws.discard(d)
ws.remove(b)
print(len(ws), sorted(ws, key=repr))
try:
    ws.remove(d)
except KeyError:
    print("KeyError on remove")
ws2 = weakref.WeakSet([a, d, e])
print(sorted(ws | ws2, key=repr), sorted(ws & ws2, key=repr), sorted(ws2 - ws, key=repr))
print(sorted(ws ^ ws2, key=repr), ws <= ws2, ws < ws2, ws2 >= ws, ws == weakref.WeakSet([a]))
print(ws.isdisjoint(weakref.WeakSet([b])), ws.issubset([a, b]), ws2.issuperset([d]))
ws3 = ws2.copy()
ws3 -= [d]
ws3 |= [b]
print(sorted(ws3, key=repr), ws3.pop() in objs, len(ws3))
ws3.clear()
print(len(ws3), list(ws3))
try:
    ws3.pop()
except KeyError:
    print("KeyError on pop")
try:
    hash(ws3)
except TypeError as ex:
    print("TypeError:", ex)
from collections.abc import MutableSet, MutableMapping
print(isinstance(ws, MutableSet), isinstance(wk, MutableMapping), isinstance(wv, MutableMapping))
print(weakref.WeakSet[int])

# WeakMethod
wm = weakref.WeakMethod(a.hello)
print(wm()("hi"), wm() == a.hello, wm().__self__ is a)
wm2 = weakref.WeakMethod(a.hello)
print(wm == wm2, wm != wm2, wm == weakref.WeakMethod(b.hello), hash(wm) == hash(wm2))
print(isinstance(wm, weakref.ref), wm.__callback__ is not None)
try:
    weakref.WeakMethod(len)
except TypeError as ex:
    print("TypeError:", ex)
try:
    weakref.WeakMethod(O)
except TypeError as ex:
    print("TypeError:", ex)
