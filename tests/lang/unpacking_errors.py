# Unpacking in assignments and for loops: nested, starred, from iterators, and the error messages
pairs = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (x, y) in pairs:
    print(n, x, y)
for i, (first, *rest) in enumerate(["abc", "de", "f"]):
    print(i, first, rest)
(a, b), c = "xy", [1]
print(a, b, c)
[d, e], *f = (1, 2), 3, 4
print(d, e, f)
g, = [42]
print(g)
h, i = iter([5, 6])
print(h, i)
j, *k = range(1)
print(j, k)
key, value = next(iter({"k": "v"}.items()))
print(key, value)
x = y = z = 0
x, y = y + 1, x + 2
print(x, y)
nums = [1, 2, 3, 4]
nums[0], nums[-1] = nums[-1], nums[0]
print(nums)
cases = [
    "a, b = 1, 2, 3",
    "a, b, c = 1, 2",
    "a, b = 5",
    "a, b = None",
    "a, = []",
    "a, *b, c = [1]",
    "(a, b), c = 1, 2",
    "a, b = 'xyz'",
    "a, b = {'k': 1}",
    "for p, q in [(1, 2, 3)]: pass",
    "for p, q in [1]: pass",
    "a, b = iter([1])",
]
for src in cases:
    try:
        exec(src, {})
        print(f"{src!r}: ok")
    except (TypeError, ValueError) as ex:
        print(f"{src!r}: {type(ex).__name__}: {ex}")


class Three:
    def __iter__(self):
        yield from (1, 2, 3)


p, q, r = Three()
*s, t = Three()
print(p, q, r, s, t)
try:
    p, q = Three()
except ValueError as ex:
    print(ex)
