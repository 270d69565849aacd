# dict: methods, views, operators, ordering and errors, as in CPython.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

d = {"b": 1, "a": 2, 3: "c", (1, 2): [4]}
print(d, len(d), d["a"], d[3], d[(1, 2)], d.get("z"), d.get("z", 0), d.get("b", 0))
d["new"] = 5
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 99
print(d)
print(d.pop("a"), d.pop("zz", "dflt"), d.setdefault("b", 0), d.setdefault("s"), d)
show("pop missing", lambda: d.pop("zz"))
show("getitem missing", lambda: d["zz"])
show("getitem tuple", lambda: d[(9, 9)])
show("getitem list", lambda: d[[1]])
show("del missing", lambda: d.__delitem__("zz"))
print(d.popitem(), d.popitem(), d)
show("popitem empty", lambda: {}.popitem())
print("b" in d, "zz" in d, 3 in d.keys(), (3, "c") in d.items(), (3, "d") in d.items(), "c" in d.values())
show("unhashable in", lambda: [] in d)

# insertion order survives deletes and updates
o = {}
for i in range(10):
    o[i] = i * i
for i in range(0, 10, 3):
    del o[i]
o[0] = "zero"
o[5] = "five"
print(o, list(reversed(o)), list(reversed(o.items())), list(reversed(o.values())))

# update and constructors
u = dict(a=1, b=2)
u.update({"c": 3}, d=4)
u.update([("e", 5), ("f", 6)])
u.update(g=7)
u.update(["hi"])
print(u)
print(dict([(1, 2), [3, 4], "ab"]), dict({1: 2}, x=3), dict(zip("abc", range(3))), dict(), dict(dict(a=1)))
show("update int", lambda: {}.update(5))
show("update bad item", lambda: {}.update([1, 2]))
show("update bad length", lambda: {}.update([(1, 2, 3)]))
show("update short", lambda: dict(["a"]))
show("dict two args", lambda: dict({}, {}))
show("update two args", lambda: {}.update({}, {}))

class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k * 2

print(dict(Mapping()), dict.fromkeys("abc"), dict.fromkeys([1, 2], []))
print(dict.fromkeys({"x": 1, "y": 2}, 0), dict.fromkeys({3, 4}))
c = u.copy()
c["zz"] = 0
print(len(u), len(c), c == u, u == dict(u))
u.clear()
print(u, bool(u), bool(c))

# | and |=
x = {"a": 1, "b": 2}
y = {"b": 3, "c": 4}
print(x | y, y | x, x)
x |= y
print(x)
x |= [("d", 5)]
print(x)
show("dict | list", lambda: {} | [])
show("list | dict", lambda: [] | {})

# equality
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2}, {1: 1.0} == {1.0: 1}, {} == {})
show("dict < dict", lambda: {} < {})
print({1: "a", True: "b", 1.0: "c"})

# views
k = {"a": 1, "b": 2, "c": 3}.keys()
it = {"a": 1, "b": 2, "c": 3}.items()
print(k, it, {"a": 1}.values(), len(k), len(it))
# (str hashes vary from run to run in CPython: sets of str are shown sorted)
print(sorted(k & {"a", "c", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), {"b", "q"} & k)
print(sorted(k & ["c", "b"]), sorted(["c", "b", "x"] - {"b": 0}.keys()), type(k & []).__name__)
print(it & {("a", 1), ("b", 5)}, sorted(it - {("a", 1)}), sorted(it ^ {("a", 1), ("z", 0)}))
print(k == {"a", "b", "c"}, k == {"a"}, k < {"a", "b", "c", "d"}, k >= {"a"}, it == {("a", 1), ("b", 2), ("c", 3)})
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), it.isdisjoint([("a", 1)]))
print({1: 2}.keys() | [3], [3] | {1: 2}.keys(), [1, 2, 3] - {1: 0}.keys(), {1: 0}.keys() ^ [1, 5])
print({1: 2}.items() ^ {1: 3}.items(), {1: 2, 3: 4}.items() ^ {1: 2}.items())
print(list(reversed(k)), list(reversed(it)), type(iter(k)).__name__, type(reversed(it)).__name__)
show("hash keys", lambda: hash(k))
show("keys < int", lambda: k < 1)

# mutation during iteration
m = {1: 1, 2: 2}
try:
    for key in m:
        m[key + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
m = {1: 1, 2: 2}
try:
    for key in m:
        del m[key]
except RuntimeError as e:
    print("RuntimeError:", e)
m = {1: 1, 2: 2}
for key in m:
    m[key] = "changed"
print(m)

# subclasses
class Counter(dict):
    def __missing__(self, key):
        return 0

cnt = Counter()
for ch in "hello world":
    cnt[ch] = cnt[ch] + 1
print(cnt, cnt["zz"], cnt.get("zz"), "zz" in cnt, type(cnt).__name__, isinstance(cnt, dict))

class Default(dict):
    def __missing__(self, key):
        self[key] = value = [key]
        return value

dd = Default(a=1)
print(dd["x"], dd, dd | {"y": 2}, type(dd | {}).__name__, type(dd.copy()).__name__)

class NoMissing(dict):
    pass

show("subclass missing", lambda: NoMissing()["q"])

# nested and recursive reprs
r = {"self": None}
r["self"] = r
r["list"] = [r]
print(r)
print({(1, 2): {3: {4: ()}}}, {None: None, False: 0.5, "": ""})
show("unhashable key", lambda: {[]: 1})
show("hash dict", lambda: hash({}))
