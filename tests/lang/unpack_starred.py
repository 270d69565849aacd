# Starred assignment targets: position, empty captures, nesting, in for loops.

a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = [1, 2, 3, 4]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "hello"
print(a)
[*a] = range(3)
print(a)
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
first, *rest = "x"
print(first, rest)
*init, last = (9,)
print(init, last)
h, *t = iter(range(5))
print(h, t, type(t).__name__)
# starred captures a list, even from a tuple or string
a, *b = (1, 2, 3)
print(type(b).__name__, b)
a, *b = "abc"
print(b)
# nested
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
a, (b, *c), d = 1, "xyz", 2
print(a, b, c, d)
[a, [b, *c]], *d = [[0, [1, 2, 3]], 4]
print(a, b, c, d)
# in for loops
for first, *others in [(1, 2, 3), (4,), "ab"]:
    print(first, others)
for *init, last in ["abc", [1, 2]]:
    print(init, last)
# with dicts and generators
k1, *ks = {"a": 1, "b": 2, "c": 3}
print(k1, ks)
def g():
    for i in range(4):
        yield i * i
*sq, top = g()
print(sq, top)
# starred in expressions (displays and calls)
print([*range(3), *"ab"], (*[1], *[2, 3]), [*[], 0])
print(*[1, 2], *(3,), sep="-")
x = *range(2), 5
print(x)
