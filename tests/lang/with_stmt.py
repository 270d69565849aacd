# with: several items, exceptions passed to __exit__, suppression, order of exits
class CM:
    def __init__(self, name, suppress=False, fail_enter=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress


with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)

with CM("outer", suppress=True), CM("inner"):
    raise ValueError("x")
print("suppressed by outer")

try:
    with CM("one"), CM("two", fail_enter=True), CM("three"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)

with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1.name, p2.name)


def early():
    with CM("ret"):
        return "returned"


print(early())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("iteration", i)


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)


with Suppress(KeyError, IndexError):
    {}["missing"]
print("KeyError suppressed")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise TypeError("from exit")


try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print(e, "| context:", repr(e.__context__))

with CM("x") as x:
    pass
print(x.name)

try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class Tracker:
    def __enter__(self):
        return [1, 2]

    def __exit__(self, *exc):
        print("exit args", exc)
        return False


with Tracker() as (first, second):
    print(first, second)

import sys
try:
    with CM("info"):
        raise KeyError("k")
except KeyError:
    print("exc_info inside handler:", sys.exc_info()[0].__name__)
print("after", sys.exc_info())
