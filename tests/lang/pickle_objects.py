# Instances of user classes in every protocol: the default reduction
# (copyreg.__newobj__ / _reconstructor), __getstate__/__setstate__,
# __getnewargs__(_ex__), __reduce__/__reduce_ex__, copyreg.pickle, builtin
# subclasses, and classes and functions pickled by reference.
import copyreg
import pickle


class Plain:
    def __init__(self):
        self.x = 1
        self.y = [1, 2]


class Empty:
    pass


class WithState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {"v": self.v * 2}

    def __setstate__(self, state):
        self.v = state["v"] // 2


class NewArgs:
    def __new__(cls, a, b=0):
        obj = object.__new__(cls)
        obj.a, obj.b = a, b
        return obj

    def __getnewargs__(self):
        return (self.a,)


class NewArgsEx(NewArgs):
    def __getnewargs_ex__(self):
        return (self.a,), {"b": self.b}


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return Reduced, (self.n,)


class ReducedEx:
    def __reduce_ex__(self, proto):
        return ReducedEx, (), {"proto": proto}


class WithItems:
    def __init__(self):
        self.items, self.pairs = [], {}

    def append(self, item):
        self.items.append(item)

    def __setitem__(self, key, value):
        self.pairs[key] = value

    def __reduce__(self):
        return WithItems, (), None, iter([1, 2]), iter([("k", "v")])


class Setter:
    def __reduce__(self):
        return Setter, (), {"s": 1}, None, None, set_state_apart


def set_state_apart(obj, state):
    obj.got = sorted(state.items())


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MySet(set):
    pass


class MyError(Exception):
    pass


class Outer:
    class Inner:
        pass


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.x, p.y)


copyreg.pickle(Point, reduce_point)


def describe(obj):
    if isinstance(obj, type) or callable(obj) and not hasattr(obj, "__dict__"):
        return repr(obj)
    if isinstance(obj, BaseException):
        return f"{type(obj).__name__}{obj.args}"
    state = vars(obj) if hasattr(obj, "__dict__") else {}
    body = repr(obj) if isinstance(obj, (list, dict, int, str, set)) else ""
    return f"{type(obj).__name__} {body} {sorted(state.items(), key=str)}"


def show(label, obj):
    print(label)
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        print(" ", proto, data)
        print("   ->", describe(pickle.loads(data)))


ml = MyList([1, 2])
ml.tag = "t"
na = NewArgs(3, 4)
for label, obj in [("plain", Plain()), ("empty", Empty()),
                   ("state", WithState(4)), ("newargs", na),
                   ("newargs_ex", NewArgsEx(3, 4)), ("reduce", Reduced(5)),
                   ("reduce_ex", ReducedEx()), ("items", WithItems()),
                   ("setter", Setter()), ("mylist", ml),
                   ("mydict", MyDict(a=1)), ("myint", MyInt(7)),
                   ("mystr", MyStr("s")), ("myset", MySet([3])),
                   ("error", ValueError("bad", 2)), ("myerror", MyError("x")),
                   ("range", range(1, 10, 2)), ("object", object),
                   ("point", Point(1, 2)), ("class", Plain),
                   ("nested class", Outer.Inner),
                   ("nested instance", Outer.Inner()), ("builtin", len),
                   ("function", describe), ("method", Plain.__init__),
                   ("exception class", KeyError), ("types", [int, str, range])]:
    show(label, obj)

# identity of shared instances and cycles through instances
p = Plain()
p.me = p
for proto in range(6):
    q = pickle.loads(pickle.dumps([p, p], proto))
    print(proto, q[0] is q[1], q[0].me is q[0], q[0].y)

# the memo of a Pickler spans its dumps; clear_memo resets it
import io
buf = io.BytesIO()
pickler = pickle.Pickler(buf, 2)
pickler.dump(ml)
pickler.dump(ml)
pickler.clear_memo()
pickler.dump(ml)
print(buf.getvalue())
buf.seek(0)
unpickler = pickle.Unpickler(buf)
first, second = unpickler.load(), unpickler.load()
print(first is second, first, pickle.load(buf))

# copyreg's extension registry: EXT1/EXT2/EXT4
for code in (5, 300, 70000):
    copyreg.add_extension(__name__, "Plain", code)
    data = pickle.dumps(Plain, 2)
    print(code, data, pickle.loads(data) is Plain)
    copyreg.remove_extension(__name__, "Plain", code)
try:
    copyreg.remove_extension(__name__, "Plain", 5)
except ValueError as e:
    print("ValueError:", e)
print(copyreg.__newobj__(NewArgs, 1, 2).b, copyreg._reconstructor(Empty, object, None).__class__.__name__)
