# Everyday built-in behaviour, one line each: number formatting, rounding, str/list/dict/set methods, ranges, math constants
import sys
snips = r'''
print(f"{1234.5:,.1f} {0.1+0.2} {1/3:.3} {2**0.5!r} {1e-5} {123456789.0} {1e16} {-0.0}")
print([round(x, 2) for x in (0.125, 0.135, 2.675, -1.005)])
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(enumerate("ab", 1)))
print("".join(reversed("hello")), "hello"[::-1], "a-b-c".split("-", 1), "  x ".strip())
print(str(3) + "3", int("3") * 3, "3" * 3, [0] * 3, (0,) * 3)
print(max("apple", "pear", key=len), min([[3], [1, 2]]), sorted(["B", "a", "C"]))
print(any(x > 3 for x in [1, 5]), all([]), sum([[1], [2]], []))
x = 5; print(f"{x!r:>5}|{x:<5}|{x:^5}|{x:05}|{x:+}|{x:x}|{x:o}|{x:b}|{x:e}|{x:.2%}")
print(repr("quote'"), repr('dq"'), repr("both'\""), repr("\t\n\\"), ascii("ü"))
print(1_000_000, 0xFF, 0o17, 0b101, 1e3, 1E-3, .5, 5.)
print(divmod(10, 3), 10 // 3, -10 // 3, 10 % -3, -10 % 3, 2 ** -1, 10 / 4, 7 // 2.0)
print(True + 1, True * "ab", [1, 2] * True, None == None, None is None, not None)
print(int("  42  "), float("1e-3"), str(1.0), str(10 ** 20), str(1e20), str(1.5e300 * 1e10))
print(bool([]), bool([[]]), len("héllo"), "héllo".upper(), "ß".upper())
print("%d%%" % 50, "%5.1f|%-5d|%05d" % (3.14159, 42, 7), "%s %s" % ("a", "b"), "%x %X %o" % (255, 255, 8))
d = {"x": 1}; d.update(y=2); d.setdefault("z", 3); print(d, d.pop("x"), d.popitem(), d)
s = {3, 1, 2}; s.add(0); s.discard(5); print(sorted(s), s.pop() in {0, 1, 2, 3}, {1, 2} <= {1, 2, 3})
l = [3, 1, 2]; l.insert(0, 9); l.extend([7]); print(l, l.index(2), l.count(1), l.pop(), l.pop(0), l)
print([i for i in range(10)][2:8:2], list(range(10, 0, -3)), range(5)[-1], len(range(0, 10, 3)))
print("abc".find("c"), "abc".index("b"), "a,b,,c".split(","), "x".join(["1", "2"]), "Ab".swapcase())
t = (1, [2]); t[1].append(3); print(t, (1,) + (2,), tuple("ab"), (1, 2).index(2))
import math; print(math.pi, math.e, math.inf, -math.inf, math.nan, math.tau, math.floor(-1.5), math.ceil(-1.5))
print(abs(-5), pow(2, 10), pow(2, 10, 1000), round(123.456, -1), round(0.5), round(1.5), round(2.5))
print(chr(9731), ord("☃"), hex(-1), oct(0), bin(3), int("111", 2), int("z", 36), float("inf"))
print(type(1) == int, type(1.0).__name__, type("").__name__, type(None).__name__, type(print).__name__)
g = (i * i for i in range(3)); print(next(g), list(g), list(g))
print([(a, b) for a in range(2) for b in range(2) if a != b], {i % 3 for i in range(10)}, {i: i * i for i in range(3)})
print(sys.getrecursionlimit() > 100, isinstance(sys.argv, list), sys.maxsize > 2 ** 31)
'''
for line in snips.strip().split("\n"):
    try:
        exec(line)
    except Exception as e:
        print("ERR", line[:40], type(e).__name__, e)
