# type(), isinstance(), issubclass(), and the conversions int/float/str/repr/bool.

for v in (1, 1.5, "s", b"b", True, None, [1], (1,), {1: 2}, {1}, range(3), len, print, lambda: 0):
    print(type(v).__name__, end=" ")
print()
print(type(1) is int, type(True) is bool, type(type) is type, type(int) is type, type(None))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (int, float)))
print(isinstance("x", object), isinstance([], (list, tuple)), isinstance((), ((list,), (tuple,))))
print(issubclass(int, object), issubclass(bool, (str, int)), issubclass(type, object), issubclass(object, type))
print(int("42"), int(4.9), int(-4.9), int(True), int("-0"), int(" 7 "), int("1_0"))
print(float("1.5"), float(2), float(" -3 "), float("1e3"), float(True))
print(str(1), str(1.0), str(None), str(True), str([1, "a"]), str("s"), str(b"b"), str())
print(repr(1), repr("it's"), repr([1, "a"]), repr(None), repr(1.0), repr((1,)), repr({}))
print(bool(1), bool(0), bool("0"), bool([0]), bool(()), bool(None), bool(0.0))
print(int(), float(), str(), bool(), list(), tuple(), dict())
# type names of built-ins and their repr
print(int, str, list, dict, type, object, BaseException, len, abs)
print(repr(int), str(float), type(len).__name__, len.__name__, print.__name__)
cases = [
    lambda: isinstance(1, 1),
    lambda: issubclass(1, int),
    lambda: issubclass(int, 1),
    lambda: int("abc"),
    lambda: int([1]),
    lambda: int(None),
    lambda: float("x"),
    lambda: float([]),
    lambda: int("5", 1),
    lambda: int(5, 10),
    lambda: type(),
    lambda: type(1, 2),
    lambda: str(b"x", "nope"),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
# isinstance with a user class and a subclass of a built-in
class MyInt(int):
    pass
m = MyInt(5)
print(isinstance(m, int), type(m) is int, type(m).__name__, m + 1, type(m + 1).__name__, int(m))
class Base:
    pass
class Derived(Base):
    pass
print(isinstance(Derived(), Base), issubclass(Derived, Base), issubclass(Base, Derived))
