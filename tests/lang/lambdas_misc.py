# Lambdas: defaults, closures, nesting, in data structures, immediately applied, conditional bodies
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "iife")(), (lambda *a, **k: (a, k))(1, x=2))
adder = lambda n: lambda x: x + n
print(adder(5)(10), [adder(i)(0) for i in range(3)])
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
classify = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print(list(map(classify, [-2, 0, 5])))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), max([(1, "z"), (2, "a")], key=lambda p: p[1]))
compose = lambda *fs: lambda x: __import__("functools").reduce(lambda acc, f: f(acc), fs, x)
print(compose(square, add, str)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
print(square.__name__, (lambda: 0).__qualname__, type(square).__name__)
counter = (lambda: (lambda c=[0]: c.__setitem__(0, c[0] + 1) or c[0]))()
print(counter(), counter(), counter())
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
print((lambda: (yield 1))().__class__.__name__)
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
