# Closures: cells shared between functions, captured late, kept alive.

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = counter()
print(inc2(), get())

def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])

def make_multipliers_bound():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers_bound()])

# a closure sees later rebinding of the enclosing variable
def outer():
    v = "first"
    def show():
        return v
    v = "second"
    return show
print(outer()())

# closures over parameters and over loop variables in separate calls
def adder(n):
    def add(x):
        return x + n
    return add
adders = [adder(i) for i in range(3)]
print([a(10) for a in adders])

# the cell outlives the frame that made it
def accumulator(start):
    total = [start]
    def add(x):
        total[0] += x
        return total[0]
    return add
acc = accumulator(100)
acc(10)
print(acc(5))

# __closure__ and cell_contents
def f():
    a = 1
    b = "two"
    def g():
        return a, b
    return g
g = f()
print(g(), len(g.__closure__), [c.cell_contents for c in g.__closure__])
print(g.__code__.co_freevars, f.__code__.co_cellvars)

# a closure referencing a variable that is never assigned
def broken():
    def inner():
        return later
    r = None
    try:
        r = inner()
    except NameError as e:
        r = type(e).__name__ + ": " + str(e)
    later = 1
    return r, inner()
print(broken())

# memoising decorator built from a closure
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
