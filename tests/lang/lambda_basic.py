# lambda: defaults, keyword arguments, closures, late binding.

add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4), add.__name__)
kw = lambda *args, **kwargs: (args, sorted(kwargs.items()))
print(kw(), kw(1, 2), kw(1, x=2, y=3))
ko = lambda a, *, key=None: (a, key)
print(ko(1), ko(1, key="k"))
po = lambda a, b, /, c=3: a + b + c
print(po(1, 2), po(1, 2, c=10))
print((lambda: "no args")(), (lambda x: x * 2)(21))

def make_adder(n):
    return lambda x: x + n

add5 = make_adder(5)
add7 = make_adder(7)
print(add5(1), add7(1), make_adder(100)(1))

# closures capture variables, not values
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
# defaults capture values at definition time
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])

# nested lambdas
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted([(1, "b"), (3, "a"), (2, "c")], key=lambda p: p[1]))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(7))))
# lambda in default, recursive through a name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
d = {"sq": lambda x: x * x, "neg": lambda x: -x}
print(d["sq"](7), d["neg"](7))
print((lambda x, y=2, *z, w, **k: (x, y, z, w, k))(1, w=4))
print((lambda x, y=2, *z, w, **k: (x, y, z, w, k))(1, 5, 6, 7, w=4, q=0))
try:
    add()
except TypeError as e:
    print("TypeError", e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print("TypeError", e)
