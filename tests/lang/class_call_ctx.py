# __call__, __enter__/__exit__, __getattr__, __getattribute__, __setattr__, __delattr__
class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(Adder(1), [1, 2, 3])))


class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress


with Ctx("a") as v:
    print("body", v)
with Ctx("b", suppress=True):
    raise ValueError("boom")
print("after suppressed")
try:
    with Ctx("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


class Dyn:
    known = 1

    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")


d = Dyn()
print(d.known, d.xy, getattr(d, "xz"), hasattr(d, "y"), getattr(d, "y", "default"))
try:
    d.nope
except AttributeError as e:
    print(e)


class Tracked:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        print("  set", name, value)
        object.__setattr__(self, name, value * 10 if isinstance(value, int) else value)

    def __delattr__(self, name):
        print("  del", name)
        object.__delattr__(self, name)


t = Tracked()
t.b = 2
print(t.a, t.b, t.secret)
del t.b
print(hasattr(t, "b"))
try:
    del t.zzz
except AttributeError as e:
    print(e)


class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback:" + name


bb = Both()
print(bb.boom, bb.other)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


lst = []
px = Proxy(lst)
px.append(3)
px.extend([4, 5])
print(lst, px.count(4))


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


f = Frozen(1, 2)
print(f.x, f.y, Frozen.__slots__)
