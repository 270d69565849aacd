# Decorators: plain, with arguments, stacked, on methods and classes, functools.wraps
import functools


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}{kwargs if kwargs else ''}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper


@trace
def add(a, b=0):
    "Add two numbers."
    return a + b


add(1, 2)
add(3, b=4)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)


def repeat(times):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(times)]
        return wrapper
    return deco


@repeat(3)
def hello(who):
    return "hi " + who


print(hello("bob"))


def tag(name):
    def deco(func):
        def wrapper(*a, **k):
            return f"<{name}>{func(*a, **k)}</{name}>"
        return wrapper
    return deco


@tag("b")
@tag("i")
def text(s):
    return s


print(text("stacked"))

order = []


def mark(label):
    order.append("factory " + label)

    def deco(f):
        order.append("apply " + label)
        return f
    return deco


@mark("first")
@mark("second")
def target():
    pass


print(order)


def count_calls(func):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return func(*a, **k)
    wrapper.calls = 0
    return wrapper


@count_calls
def noop():
    pass


for _ in range(4):
    noop()
print(noop.calls)


def memo(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))


class Service:
    def __repr__(self):
        return "<Service>"

    @trace
    def compute(self, x):
        return x * 2

    @staticmethod
    @trace
    def static(x):
        return -x

    @classmethod
    @trace
    def cls_name(cls):
        return cls.__name__


s = Service()
s.compute(5)
Service.static(1)
Service.cls_name()


def add_method(cls):
    cls.extra = lambda self: "extra!"
    return cls


@add_method
class Thing:
    pass


print(Thing().extra())

registry = {}


def register(name=None):
    def deco(obj):
        registry[name or obj.__name__] = obj
        return obj
    return deco


@register()
def alpha():
    pass


@register("b")
class Beta:
    pass


print(sorted(registry))

# decorators may be any expression (PEP 614)
decos = [trace]


@decos[0]
def via_subscript(x):
    return x


via_subscript(9)


@(lambda f: lambda *a: f(*a) * 100)
def lam(x):
    return x


print(lam(2))


def keep_attrs(f):
    @functools.wraps(f)
    def w():
        return f()
    return w


@keep_attrs
def documented():
    """Original doc."""
    return 1


print(documented.__doc__, documented.__qualname__, documented())
