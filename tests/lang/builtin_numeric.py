# abs, min, max, sum, divmod, pow, round with their keyword forms and errors.

print(abs(-5), abs(5), abs(-2.5), abs(-(2 ** 100)), abs(True), abs(-0.0))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((1, 2), (1, 1)))
print(min([], default="empty"), max([], default=None), max([1, 2], default=0))
print(max("apple", "Banana", "cherry", key=str.lower), min([-3, 2, -1], key=abs))
print(max([(1, "b"), (1, "a")]), min({"b": 1, "a": 2}), max(range(10), key=lambda v: v % 4))
print(max(1, 2.5), min(0, -0.0), max(0.0, 0), max([3, 3.0]), min([1, True]))
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 3), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([1, 2.5]), sum((2 ** 64, 2 ** 64)), sum([True, True]), sum(range(10), start=5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 8), pow(2, 8, 7), pow(2.0, 3))
print(round(3.14159, 2), round(2.5), round(-3.5), round(1234, -2), round(0.125, 2), round(1e20))
cases = [
    lambda: min(),
    lambda: max([]),
    lambda: min(1),
    lambda: max(1, 2, key=None, default=3),
    lambda: min([1, "a"]),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "s"),
    lambda: sum([b"a"], b""),
    lambda: abs("x"),
    lambda: round("x"),
    lambda: round(1.5, "x"),
    lambda: divmod(1, "x"),
    lambda: pow("x", 2),
    lambda: max(key=len),
    lambda: min([1, 2], foo=1),
]
for c in cases:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
