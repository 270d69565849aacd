# id, hash, callable, repr/ascii/format, round, divmod, pow, abs, bin/oct/hex, chr/ord, slice, object, type()
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
print(hash(0), hash(1), hash(-1), hash(True), hash(1.0), hash(0.5), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(None) == hash(None))
print(hash(""), hash(b""), hash(()) == hash(()), hash(float("inf")), hash(-float("inf")), hash(1e100) == hash(int(1e100)))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(callable(print), callable(type), callable("x"), callable(None), callable(lambda: 0), callable([].append))
print(repr(1.0), repr(-0.0), repr(1e16), repr(1.5e-7), repr("tab\t"), repr(b"\x00\xff"), repr([1, "2", (3,)]))
print(ascii("café ✓"), ascii(["ü"]), ascii("plain"), ascii(b"b"))
print(format(1234.5678, ",.2f"), format(255, "#x"), format(0.5, "%"), format("s", "^5"), format(12), format(3.0))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(7, -1), round(15, -1), round(25, -1), round(1.23456e10, -5))
print(round(5), type(round(5.5)), type(round(5.5, 1)), round(-2.5), round(1e300, 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3), pow(2, -1), pow(2, 100, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(0, 0))
print(abs(-3), abs(3.5), abs(-0.0), abs(False), abs(-(10 ** 30)))
print(bin(10), oct(64), hex(3054), bin(-1), hex(0), oct(-9), hex(2 ** 70))
print(chr(97), chr(0x1F600), ord("\n"), ord("€"), [chr(c) for c in range(65, 70)])
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, "abcdefghijkl"[s], slice(3), slice(None, None, -1), s.indices(5))
print([0, 1, 2, 3, 4][slice(1, None)], slice(1, 2) == slice(1, 2))
o = object()
print(type(o).__name__, o == o, o != object(), str(o).startswith("<object object at"))
try:
    o.x = 1
except AttributeError as e:
    print(e)
T = type("T", (), {"f": lambda self: 5})
print(T().f(), T.__name__, type(T()).__name__)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
try:
    format(1, "q")
except ValueError as e:
    print(e)
try:
    abs(None)
except TypeError as e:
    print(e)
try:
    chr("a")
except TypeError as e:
    print(e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
