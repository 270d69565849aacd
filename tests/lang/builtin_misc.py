# enumerate, zip, sorted, reversed, any, all, chr, ord, hex, oct, bin, map, filter, iter, next.

print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip("x")), list(zip(*[(1, "a"), (2, "b")])))
print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(sorted({"b": 1, "a": 2}), sorted([(2, "a"), (1, "b"), (2, "0")]), sorted([]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
print(any([]), all([]), any([0, "", 1]), all([1, "x", [0]]), any(x > 2 for x in range(4)), all(x < 2 for x in range(4)))
print(chr(65), chr(955), ord("A"), ord("λ"), hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a"])))
print(list(filter(lambda x: x % 2, range(6))), list(map(str, range(3))))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
print(callable(len), callable(1), callable(lambda: 0), callable(int))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(divmod(9, 4), format(3.14159, ".2f"), format(42, "08b"), format("x", ">3"))
print(getattr(1, "real"), getattr(1, "nope", "dflt"), hasattr("s", "upper"), hasattr(1, "nope"))
print(repr(repr("x")), ascii("é"), id(1) == id(1), isinstance(id(None), int))
print(list(iter(range(3))), list(zip(range(3), range(10, 13), "abc")))
e = enumerate("xy")
print(next(e), next(e), type(e).__name__)
z = zip("ab", [1, 2])
print(next(z), list(z))
cases = [
    lambda: chr("a"),
    lambda: ord(1),
    lambda: hex(1.5),
    lambda: next([1]),
    lambda: iter(5),
    lambda: sorted(5),
    lambda: sorted([1, "a"]),
    lambda: reversed(5),
    lambda: zip(5),
    lambda: enumerate(5),
    lambda: getattr(1, "nope"),
    lambda: list(map(None, [1])),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
