# Class-based decorators: callable objects wrapping functions, binding to instances with __get__, decorating classes
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


@CountCalls
def hello(name):
    """Says hello."""
    return f"hello {name}"


print(hello("a"), hello("b"), hello.calls, hello.__name__, hello.__doc__, type(hello).__name__)


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    @CountCalls
    def greet(self, who):
        return f"{self.greeting}, {who}"


g = Greeter("hi")
print(g.greet("x"), g.greet("y"), Greeter.greet.calls)


class retry:
    def __init__(self, times):
        self.times = times

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*a):
            for attempt in range(1, self.times + 1):
                try:
                    return func(*a, attempt)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed {self.times} times")
        return wrapper


@retry(3)
def flaky(limit, attempt):
    if attempt < limit:
        raise ValueError(f"too early ({attempt})")
    return f"ok on attempt {attempt}"


print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print(e)


def add_repr(cls):
    fields = [k for k in cls.__init__.__code__.co_varnames[1:cls.__init__.__code__.co_argcount]]

    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls


@add_repr
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


print(Point(1, 2), Point("a"))
