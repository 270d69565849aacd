# collections beyond the basics: defaultdict/OrderedDict operators and reprs, namedtuple options and
# errors, Counter arithmetic and comparisons, ChainMap, UserDict/UserList/UserString (results, copies)
import copy
from collections import (deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap,
                         UserDict, UserList, UserString)
def attempt(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)

# defaultdict
dd = defaultdict(list, {"a": [1]}, b=[2]); print(dd, dd.copy(), type(dd.copy()).__name__, copy.copy(dd))
dd2 = defaultdict(lambda: 0); r = repr(dd2); print(r.split(' at ')[0], r.endswith('>, {})'))
rec = defaultdict(list); rec.default_factory = rec.__getitem__ if False else None; print(rec)
print(dd | {"c": 3}, {"z": 0} | dd, type({"z": 0} | dd).__name__)
dd |= {"d": 4}; print(dd, dd == {"a": [1], "b": [2], "d": 4})
print(defaultdict(int).__reduce__()[:2], defaultdict().__reduce__()[:2])
d3 = defaultdict(set); d3[1].add(2); print(d3.get(5), 5 in d3, d3.setdefault(6, "s"), d3.pop(6), d3)

# OrderedDict
od = OrderedDict([("a", 1), ("b", 2)], c=3); print(od, od.copy(), OrderedDict(od), repr(OrderedDict()))
od.move_to_end("a"); print(list(od)); od.move_to_end("a", last=False); print(list(od))
attempt("move missing", lambda: od.move_to_end("zz"))
attempt("popitem empty", lambda: OrderedDict().popitem())
print(od.setdefault("a", 9), od.setdefault("n", 9), od.pop("n"), od.pop("zz", "dflt"))
attempt("pop missing", lambda: od.pop("zz"))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(od | {"x": 0}, {"y": 1} | od, type({"y": 1} | od).__name__)
od |= [("q", 1)]; print(od)
print(list(reversed(od)), list(od.keys()), list(od.values()), list(od.items()), OrderedDict.fromkeys("ab", 0))
od_self = OrderedDict(a=1); od_self["me"] = od_self; print(od_self)
print(copy.deepcopy(od))
class MyOD(OrderedDict): pass
print(MyOD(a=1), MyOD(a=1).copy(), type(MyOD(a=1) | {}).__name__)
od.update({"u": 1}, v=2); od.update([("w", 3)]); print(od)

# namedtuple
P = namedtuple("P", "x y", defaults=(5,))
p = P(1); print(p, P.__new__.__doc__, P._replace.__doc__, P.x.__doc__, P.__new__.__defaults__)
print(p._asdict(), type(p._asdict()).__name__, copy.copy(p), copy.deepcopy(p), p.__getnewargs__(), P.__match_args__)
print(P.__qualname__, P.__new__.__qualname__, P._make.__qualname__ if hasattr(P._make, '__qualname__') else '', P.__slots__)
attempt("new missing", lambda: P())
attempt("new kw", lambda: P(x=1, z=2))
attempt("too many", lambda: P(1, 2, 3))
attempt("make many", lambda: P._make([1, 2, 3]))
attempt("replace bad", lambda: p._replace(z=1, w=2))
attempt("setattr", lambda: setattr(p, "x", 3))
S = namedtuple("S", ["a"]); print(S(1), S.__doc__, S._fields)
E = namedtuple("E", ""); print(E(), E.__doc__, E._fields)
print(namedtuple("R", ["abc", "def", "ghi", "abc", "_x", "1y"], rename=True)._fields)
print(namedtuple("M", "a b", module="mymod").__module__, namedtuple("G", iter(["q", "r"]))._fields)
attempt("nonstr", lambda: namedtuple("X", ["a", 3]))
attempt("typename kw", lambda: namedtuple("class", "a"))
attempt("defaults many", lambda: namedtuple("X", "a", defaults=(1, 2)))
class Sub(namedtuple("Base", "a b")):
    def total(self): return self.a + self.b
s = Sub(1, 2); print(s, s.total(), s._replace(a=5), type(s._replace(a=5)).__name__, Sub._make([3, 4]))
print(isinstance(p, tuple), p + (9,), p * 2, p[::-1], p.count(1), p.index(5), sorted([P(3, 1), P(1, 2)]))
W = namedtuple("W", "a,b  c"); print(W._fields, W(1, 2, 3)._field_defaults)

# Counter
c = Counter({"a": 3, "b": -1, "c": 0}); print(c, +c, -c, c.total())
print(Counter("mississippi").most_common(), Counter("mississippi").most_common(2), Counter().most_common(3))
print(list(Counter(a=2, b=1, c=0, d=-2).elements()))
attempt("fromkeys", lambda: Counter.fromkeys("ab"))
c2 = Counter(); c2.update({"x": 1}); c2.update(Counter(x=2)); c2.update(["x", "y"], y=5); print(c2)
c2.subtract(["x"], y=1); c2.subtract(Counter(x=10)); print(c2)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1, b=0))
print(Counter(a=1) == {"a": 1}, Counter(a=1) != {"a": 2})
attempt("lt dict", lambda: Counter(a=1) < {"a": 2})
attempt("add dict", lambda: Counter(a=1) + {"a": 2})
x = Counter(a=3, b=1, c=-2); x -= Counter(a=1, b=5); print(x)
x = Counter(a=3, b=1); x |= Counter(a=1, b=5, z=-1); print(x)
x = Counter(a=3, b=1); x &= Counter(a=1); print(x)
x = Counter(a=1); x += {"b": 2} if False else Counter(b=2); print(x)
print(Counter("ab").copy(), type(Counter("ab").copy()).__name__, Counter("ab").__reduce__(), copy.deepcopy(Counter("aab")))
class MyC(Counter): pass
print(MyC("aab"), type(MyC("ab") + MyC("b")).__name__, type(MyC("ab").copy()).__name__)
print(Counter({"a": 1, "b": "x"}) if False else repr(Counter({1: 2.5, 2: 1})), repr(Counter({"a": [1], "b": [0]})) if False else "")
attempt("unorderable repr", lambda: repr(Counter({"a": "x", "b": 1})))
print(Counter(a=0, b=-1) - Counter(a=-3), Counter(a=2) - Counter(), Counter(b=-1) | Counter(), Counter(a=2, b=3) & Counter(a=5, c=1))
cc = Counter("aa"); del cc["a"]; del cc["nope"]; print(cc, Counter(None), Counter(a=1, b=2).total())

# ChainMap
base = {"a": 1, "b": 2}; over = {"a": 10}
cm = ChainMap(over, base); print(cm, len(cm), list(cm), list(cm.items()), list(cm.values()), list(cm.keys()), cm.get("b"), cm.get("z", 0), "b" in cm, bool(cm), bool(ChainMap({})))
print(ChainMap(), cm.new_child(), cm.new_child(x=1), cm.new_child({"y": 2}, z=3), cm.parents, cm.copy(), copy.copy(cm))
cm["n"] = 5; del cm["n"]; attempt("del missing", lambda: cm.__delitem__("b"))
attempt("pop missing", lambda: cm.pop("b")); print(cm.pop("b", "d"), cm.popitem(), cm)
attempt("popitem empty", lambda: cm.popitem())
attempt("getitem missing", lambda: cm["zz"])
cm.clear(); print(cm, cm.maps)
print(ChainMap.fromkeys("ab"), ChainMap.fromkeys("ab", 1), ChainMap({"a": 1}) == ChainMap({"a": 1}, {"a": 2}), ChainMap({"a": 1}) == {"a": 1})
cm2 = ChainMap({"a": 1}, {"b": 2}); cm2 |= {"c": 3}; print(cm2, cm2 | {"d": 4}, {"e": 5} | cm2 if hasattr(ChainMap, "__ror__") else "")
attempt("cm|1", lambda: cm2 | 1)
print(cm2.setdefault("b", 9), cm2.setdefault("q", 8), cm2.maps)
class Dflt(ChainMap):
    def __missing__(self, key): return "missing:" + key
print(Dflt({})["k"], Dflt({}).get("k", "g"))
self_cm = ChainMap(); self_cm["me"] = self_cm; print(self_cm)
cm3 = ChainMap({"a": 1}); cm3.update({"b": 2}, c=3); cm3.update([("d", 4)]); print(cm3, sorted(cm3), len(cm3))

# UserDict
ud = UserDict({"a": 1}, b=2); print(ud, len(ud), ud["a"], "a" in ud, list(ud), ud.get("z", 0), ud.data, type(ud.copy()).__name__, ud.copy())
class UD2(UserDict):
    def __missing__(self, key): return key * 2
u2 = UD2(x=1); print(u2["ab"], u2.get("ab"), type(u2.copy()).__name__, u2.copy(), u2 | {"y": 2}, {"z": 0} | u2, type({"z": 0} | u2).__name__)
u2 |= {"w": 9}; print(u2, u2 == {"x": 1, "w": 9}, u2 == UD2(x=1, w=9))
attempt("ud|1", lambda: ud | 1)
attempt("ud missing", lambda: ud["zz"])
print(UserDict.fromkeys("ab", 1), ud.pop("a"), ud.popitem(), ud, ud.setdefault("k", 3), ud)
ud.update([("m", 1)], n=2); print(ud, sorted(ud.items()), list(ud.keys()), list(ud.values()), copy.copy(ud), copy.deepcopy(ud))
attempt("hash ud", lambda: hash(ud))
ud.clear(); print(ud, repr(UserDict()))

# UserList
ul = UserList([3, 1, 2]); print(ul, ul[0], ul[1:], type(ul[1:]).__name__, len(ul), 2 in ul)
print(ul + [4], [0] + ul, ul + UserList([5]), ul + (7,), ul * 2, 2 * ul, type([0] + ul).__name__)
ul += [9]; ul += (8,); ul *= 1; print(ul)
ul.append(5); ul.insert(0, -1); ul.extend(UserList([6])); ul.extend(range(2)); print(ul, ul.pop(), ul.pop(0), ul)
ul.remove(9); ul.sort(); print(ul); ul.sort(reverse=True, key=lambda v: v % 3); print(ul); ul.reverse(); print(ul)
print(ul.count(1), ul.index(1), ul.copy(), type(ul.copy()).__name__, ul == ul.data, ul < [99], ul >= UserList([]), ul > [], ul <= ul)
ul[0] = 100; del ul[1]; ul[0:2] = [7, 7]; print(ul, list(reversed(ul)), max(ul), sorted(ul))
print(UserList(), UserList((1, 2)), UserList(UserList([1])), UserList("ab"), copy.copy(ul), copy.deepcopy(ul))
attempt("hash ul", lambda: hash(ul))
ul.clear(); print(ul)
u3 = UserList([1, 2]); print(u3 == [1, 2], u3 != [1], u3 == UserList([1, 2]), bool(UserList()))

# UserString
us = UserString("Hello World"); print(us, repr(us), len(us), us[0], us[1:3], type(us[0]).__name__, "W" in us, UserString("W") in us)
print(us.upper(), type(us.upper()).__name__, us.lower(), us.split(), type(us.split()[0]).__name__, us.find("o"), us.count("l"), us.startswith("He"), us.replace("l", "L"))
print(us + "!", "!" + us, us + UserString("?"), us * 2, 2 * us, type("!" + us).__name__, us + 1 if False else "")
print(UserString("%s-%d") % ("a", 1), type(UserString("%s") % 5).__name__, int(UserString("12")), float(UserString("1.5")), hash(us) == hash("Hello World"))
print(us == "Hello World", us < "Z", us > "A", us <= us, us >= UserString("Hello"), us != "x", sorted([UserString("b"), UserString("a")]))
print(us.join(["a", "b"]), type(us.join(["a", "b"])).__name__, us.center(15, "*"), us.zfill(13), us.strip("Hd"), us.partition(" "), us.encode(), us.title(), us.swapcase())
print(us.format() if False else UserString("{0}{x}").format(1, x=2), type(UserString("{}").format(1)).__name__, us.isalpha(), UserString("12").isdigit(), us.index("W"), us.rfind("o"), us.ljust(12, "."), us.rjust(12), us.expandtabs(), us.splitlines(), us.casefold(), us.capitalize(), us.endswith(("x", "d")), us.islower())
print(list(UserString("abc")), UserString(42), UserString(UserString("x")), str(us), type(str(us)).__name__, us.rsplit(" ", 1), us.lstrip("H"), us.rstrip("d"), us.translate({72: 74}), us.removeprefix("Hello "), us.removesuffix("World"), us.maketrans("a", "b"))
print(us.count(UserString("l")), us.find(UserString("W")), us.replace(UserString("World"), UserString("There")), us.data, isinstance(us, str), reversed(us).__class__.__name__, us.index("o", 5))
attempt("us missing attr", lambda: us.nonexistent)
import collections.abc as A
ud = UserDict(a=1)
print(ud.keys(), ud.items(), ud.values(), isinstance({}, A.Mapping), isinstance(ChainMap(), A.MutableMapping))
c = copy.copy(ud); print(c.data is ud.data, c)
ul = UserList([1]); c2 = copy.copy(ul); print(c2.data is ul.data)
print(ChainMap({'a': 1}).keys(), ChainMap({'a': 1}).items())
class K(A.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
k = K(); k.update({'x': 1}, y=2); print(type(k.keys()).__name__, list(k.items()), k.setdefault('z', 3), k.pop('z'), k.popitem(), k == {'y': 2}, k.get('y'))

