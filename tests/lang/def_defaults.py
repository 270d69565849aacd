# Default argument values: evaluated once at definition, shared between calls.

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet("Di", "Yo", "."))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))

# defaults are evaluated when def runs
x = 10
def show(v=x):
    return v
x = 20
print(show(), x)
counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]
def make(i=next_id(), j=next_id()):
    return i, j
print(make(), make(), counter)
# __defaults__ and __kwdefaults__
def f(a, b=2, *, c=3, d):
    return a, b, c, d
print(f.__defaults__, f.__kwdefaults__, f(1, d=4))
def g():
    pass
print(g.__defaults__, g.__kwdefaults__)
# defaults referring to earlier functions and expressions
def h(a, b=len("four"), c=[i * i for i in range(3)], d=lambda: "lam"):
    return a, b, c, d()
print(h(0))
# a default of None vs an explicit None
def k(v=5):
    return v
print(k(), k(None), k(v=None))
# defaults in nested functions capture enclosing values at def time
def outer():
    res = []
    for i in range(3):
        def inner(i=i):
            return i * 10
        res.append(inner)
    return [fn() for fn in res]
print(outer())
# mutable default dict as a cache
def fib(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(80), len(fib.__defaults__[0]))
