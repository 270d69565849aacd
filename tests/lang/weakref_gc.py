# Weak references once their referents are collected. atoll's collector is
# conservative: a stray word may keep one object alive, so the checks ask
# whether most of the objects went away after gc.collect(), which runs the
# pending callbacks before returning (CPython runs them at once).
import gc
import weakref


class O:
    pass


log = []


def make_refs(n):
    objs = [O() for _ in range(n)]
    return [weakref.ref(o, log.append) for o in objs]


def fill_values(d, n):
    for i in range(n):
        d[i] = O()


def fill_keys(d, n):
    for i in range(n):
        d[O()] = i


def fill_set(s, n):
    for i in range(n):
        s.add(O())


done = []


def make_finalizers(n):
    return [weakref.finalize(O(), done.append, i) for i in range(n)]


def make_proxies(n):
    return [weakref.proxy(O()) for i in range(n)]


def make_methods(n):
    gone = []

    class M:
        def m(self):
            pass
    return [weakref.WeakMethod(M().m, gone.append) for _ in range(n)], gone


def collect():
    for _ in range(3):
        gc.collect()


refs = make_refs(1000)
wv = weakref.WeakValueDictionary()
fill_values(wv, 1000)
wk = weakref.WeakKeyDictionary()
fill_keys(wk, 1000)
ws = weakref.WeakSet()
fill_set(ws, 1000)
fins = make_finalizers(200)
proxies = make_proxies(200)
methods, gone = make_methods(200)
collect()

print("refs dead:", sum(r() is None for r in refs) > 900)
print("callbacks ran:", len(log) > 900, all(x in refs for x in log[:10]))
print("callback cleared:", sum(r.__callback__ is None for r in refs) > 900)
print("dead repr:", sum(repr(r).endswith("; dead>") for r in refs) > 900)
dead = [r for r in refs if r() is None]
print("dead equal only to itself:", dead[0] == dead[0], dead[0] == dead[1], dead[0] != dead[1])
try:
    hash(dead[0])
    print("hash: no error")
except TypeError as e:
    print("hash:", e)
print("value dict emptied:", len(wv) < 100, len(wv.data) < 100, len(list(wv.items())) < 100)
print("key dict emptied:", len(wk) < 100, len(wk.data) < 100)
print("set emptied:", len(ws) < 100, len(ws.data) < 100)
print("finalizers ran:", len(done) > 180, sum(not f.alive for f in fins) > 180)
print("dead finalizer:", sum(f() is None and f.peek() is None and f.detach() is None for f in fins) == 200)
dp = [p for p in proxies if "to NoneType" in repr(p)]
print("proxies dead:", len(dp) > 180)
try:
    dp[0].x
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    dp[0] + 1
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    str(dp[0])
except ReferenceError as e:
    print("ReferenceError:", e)
print("methods dead:", sum(m() is None for m in methods) > 180, len(gone) > 180)
print("dead methods unequal:", sum(methods[i] != methods[i + 1] for i in range(0, 198, 2)) > 90)

# Without gc.collect(): the callbacks run at a check point of the running
# code after the collector has found the objects dead (allocation triggers
# collections here).
later = []


def make_more(n):
    objs = [O() for _ in range(n)]
    return [weakref.ref(o, later.append) for o in objs]


more = make_more(1000)
junk = None
for i in range(3000000):
    junk = [i, i]
    if len(later) > 900:
        break
print("callbacks without gc.collect():", len(later) > 900)
