# Conditional expressions: laziness, nesting, precedence.

def pick(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

for n in (-5, 0, 7):
    print(n, pick(n))

calls = []
def f(x):
    calls.append(x)
    return x

r = f("yes") if f(True) else f("no")
print(r, calls)
calls.clear()
r = f("yes") if f(0) else f("no")
print(r, calls)

x = 3
print(x if x > 2 else -x, (x if x > 5 else -x) * 2, x * 2 if x else 0)
print([1, 2] if x else [], (1 if x else 2, 3), 1 if x else 2 if x else 3)
print(("a" if x % 2 else "b") + "c", "a" if x % 2 else "b" + "c")
y = 0 if x is None else x + 1
print(y, None if not y else y * 10)
g = lambda a: a if a >= 0 else -a
print(g(-4), g(4), (lambda: 1) () if True else 2)
print([i if i % 2 else -i for i in range(6)])
print(sum(i if i > 2 else 0 for i in range(5)))
z = (1 if False else
     2 if False else
     3)
print(z)
print(not x if x else x, (not x) if x else x)
print(1 + (2 if x else 3) * 4, 1 + 2 if x else 3 * 4)
a = b = 5 if x > 10 else 6
print(a, b)
