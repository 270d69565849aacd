# int/float/str/bool/bytes/list/tuple/set/frozenset/dict conversions through dunders, and their errors
class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __round__(self, nd=None):
        return f"rounded {nd}"

    def __abs__(self):
        return "absolute"

    def __str__(self):
        return f"Num<{self.v}>"

    def __bool__(self):
        return bool(self.v)


n = Num(7)
print(int(n), float(n), str(n), bool(n), bool(Num(0)), round(n), round(n, 2), abs(n))
print(hex(n), oct(n), bin(n), [0, 1, 2, 3, 4, 5, 6, 7, 8][n], "abcdefghij"[n], range(n)[-1])
print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("  -12  "))
print(int(3.99), int(-3.99), int("1_000"), int(True), float("  2.5e-3 "), float("-inf"), float("nan") != float("nan"))


class OnlyIndex:
    def __index__(self):
        return 3


print(int(OnlyIndex()), float(OnlyIndex()) if False else "skip", list(range(OnlyIndex())))


print(list("abc"), tuple([1, 2]), sorted(set("hello")), sorted(frozenset([3, 1])), dict([("a", 1)]), dict(a=1, b=2))
print(list({"x": 1}), tuple(range(3)), list(b"hi"), bytes([104, 105]), bytes("hé", "utf-8"), bytes(3))
print(str(b"abc", "ascii"), str(123), str([None]), repr("a\nb"), bool(""), bool(" "))
print(dict({"a": 1}, b=2), dict(zip("ab", [1, 2])), set(), frozenset(), list(()), tuple(""))
for bad in [
    lambda: int("12a"),
    lambda: int("1.5"),
    lambda: int(""),
    lambda: int("10", 2),
    lambda: int("9", 8),
    lambda: int(1.5, 10),
    lambda: int("5", 37),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: float("1.2.3"),
    lambda: float(""),
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: list(5),
    lambda: tuple(None),
    lambda: set(1),
    lambda: bytes("abc"),
    lambda: bytes([256]),
    lambda: bytes(-1),
    lambda: str(b"\xff", "utf-8"),
    lambda: int(Num("x")),
    lambda: hex(1.5),
    lambda: chr(-1),
    lambda: chr(0x110000),
    lambda: ord("ab"),
    lambda: ord(""),
    lambda: bool(1, 2),
    lambda: frozenset([[1]]),
    lambda: {[1]: 2},
    lambda: {{1}},
]:
    try:
        print("ok?", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
