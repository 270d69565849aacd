# Bound and unbound methods: identity, equality, __self__/__func__, methods as values, explicit self
class Greeter:
    greeting = "hello"

    def __init__(self, name):
        self.name = name

    def greet(self, punctuation="!"):
        return f"{self.greeting}, {self.name}{punctuation}"

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def shout(text):
        return text.upper()


g = Greeter("ann")
m = g.greet
print(m(), m("?"), Greeter.greet(g), Greeter.greet(g, "."))
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(g.greet == g.greet, g.greet is g.greet, g.greet == Greeter("ann").greet)
print(type(m).__name__, type(Greeter.greet).__name__, type(Greeter.kind).__name__, type(Greeter.shout).__name__)
print(Greeter.kind(), g.kind(), g.shout("hey"), Greeter.shout("you"))
print(Greeter.kind.__self__ is Greeter, hasattr(Greeter.shout, "__self__"))
actions = {"greet": g.greet, "kind": g.kind, "shout": Greeter.shout}
print([actions["greet"](), actions["kind"](), actions["shout"]("x")])
g.greet = lambda: "instance attribute wins"
print(g.greet(), Greeter.greet(g))
del g.greet
print(g.greet())
methods = [getattr(g, name) for name in ("greet", "kind")]
print([f() for f in methods])
print(list(map(Greeter.greet, [Greeter("a"), Greeter("b")])))
print(sorted([Greeter("zed"), Greeter("amy")], key=lambda p: p.name)[0].name)


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self):
        self.n += 1
        return self


c = Counter()
inc = c.incr
inc().incr()
inc()
print(c.n)
try:
    Greeter.greet()
except TypeError as e:
    print(e)
try:
    Greeter.greet("not a greeter")
except AttributeError as e:
    print(e)


def free_function(self):
    return "free function bound: " + self.name


Greeter.extra = free_function
print(g.extra(), repr(Greeter.extra).startswith("<function free_function"))
print(repr(g.greet).startswith("<bound method Greeter.greet of <__main__.Greeter object at 0x"))
print(repr(Greeter.kind).startswith("<bound method Greeter.kind of <class '__main__.Greeter'>>"))
