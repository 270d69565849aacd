# List, dict, set comprehensions: nesting, conditions, scope, walrus
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
print([x if x % 2 else -x for x in range(6)])
print({x: x ** 2 for x in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({c for c in "mississippi"} == set("misp"), sorted({len(w) for w in "a bb cc ddd".split()}))
print([c for word in ["ab", "cd"] for c in word])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])

# the loop variable does not leak
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
d = {x: 1 for x in "ab"}
print(x)

# comprehensions see the enclosing function's variables
def scale(factor):
    return [v * factor for v in range(3)]


print(scale(10))


def closures():
    return [lambda: i for i in range(3)]


print([f() for f in closures()])
print([(lambda i=i: i)() for i in range(3)])

# in a class body, only the first iterable sees class variables
class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    try:
        bad = [v * factor for v in base for factor in (base,)]
    except NameError as e:
        err = str(e)


print(C.doubled, C.err)

# walrus in comprehensions binds in the enclosing scope
data = [1, 5, 3, 8, 2]
if any((big := v) > 4 for v in data):
    print("first big:", big)
vals = [y for v in data if (y := v * 10) > 25]
print(vals, y)


def running_total(xs):
    total = 0
    out = [total := total + v for v in xs]
    return out, total


print(running_total([1, 2, 3]))
print([last := i for i in range(3)], last)

# nested comprehension with outer variable
words = ["apple", "bob", "kayak", "tree"]
print([w for w in words if w == w[::-1]])
print({w[0]: [u for u in words if u[0] == w[0]] for w in words})
print(sum(1 for _ in range(7)), [i for i in []], {k: v for k, v in []})

# exceptions inside
try:
    [1 / v for v in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, {*[1, 2], *(2, 3)})
g = [i for i in range(3)]
g2 = [i for i in g if i in g]
print(g2)
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
