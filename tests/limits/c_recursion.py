# C code that recurses on its own (iterators wrapping iterators, calls of
# callables wrapping callables) raises RecursionError before the C stack
# overflows; CPython 3.11 crashes on most of these.
import functools

def deep(make, depth):
    x = make(None, 0)
    for i in range(depth):
        x = make(x, i + 1)
    return x

for depth in (100, 200000):
    it = deep(lambda inner, i: iter(range(3)) if inner is None else map(abs, inner), depth)
    try:
        print(depth, "map", list(it))
    except RecursionError as e:
        print(depth, "map", type(e).__name__, e)

    it = deep(lambda inner, i: iter(range(3)) if inner is None else filter(None, inner), depth)
    try:
        print(depth, "filter", list(it))
    except RecursionError as e:
        print(depth, "filter", type(e).__name__, e)

    it = deep(lambda inner, i: iter(range(3)) if inner is None else zip(inner), depth)
    try:
        print(depth, "zip", len(list(it)))
    except RecursionError as e:
        print(depth, "zip", type(e).__name__, e)

# generators nest within the recursion limit, as in CPython
for depth in (900, 5000):
    g = iter(range(5))
    for i in range(depth):
        g = (x + 1 for x in g)
    try:
        print(depth, "generators", list(g))
    except RecursionError as e:
        print(depth, "generators", type(e).__name__, e)

# the interpreter keeps working after each error
print(sum(map(abs, range(-3, 0))))
