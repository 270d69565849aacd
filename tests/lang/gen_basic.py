# Generators: yield, state across calls, return, StopIteration.value, generator objects
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "finished"


g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(next(g, "default"), list(g))
print(list(count_up(5)), sum(count_up(101)), max(count_up(4)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")


for v in with_finally():
    print("got", v)
gen = with_finally()
print(next(gen))
gen.close()
print("closed")


def empty():
    return
    yield


print(list(empty()), empty().__name__, empty.__name__)


def early_return(flag):
    yield 1
    if flag:
        return 99
    yield 2


r = early_return(True)
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value)


def gen_expr_values():
    x = yield
    print("  received", x)
    y = yield x * 2
    print("  received", y)


g2 = gen_expr_values()
print(next(g2), g2.send(5))
try:
    g2.send(7)
except StopIteration:
    print("done")

# generator expressions
sq = (x * x for x in range(5))
print(type(sq).__name__, next(sq), list(sq), list(sq))
print(sum(x for x in range(10) if x % 2), any(c == "z" for c in "xyz"), all(x > 0 for x in []))
print(sorted((y for y in "hello"), reverse=True), dict((i, i * i) for i in range(3)))
print(list((a, b) for a in range(3) for b in range(a)))
nested = ((i, j) for i in range(2) for j in (x for x in "ab"))
print(list(nested))
print(", ".join(str(n) for n in range(4)), tuple(c.upper() for c in "ab"))

# the first iterable of a generator expression is evaluated at once
try:
    (x for x in 5)
except TypeError as e:
    print("eager:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy:", e)

# generator states
def states():
    yield 1


s = states()
print(s.gi_running, s.gi_suspended)
next(s)
print(s.gi_suspended)
list(s)
print(s.gi_suspended, s.gi_running)


def running_check():
    yield gen_ref.gi_running


gen_ref = running_check()
print(next(gen_ref))


def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)
        yield -n


print(list(recursive(3)))


def gen_with_args(a, *rest, key="k", **kw):
    yield a
    yield rest
    yield key
    yield kw


print(list(gen_with_args(1, 2, 3, key="z", extra=True)))
g = count_up(1)
print(g.__next__(), end=" ")
try:
    g.__next__()
except StopIteration as e:
    print(e.value)
print(iter(g) is g, hasattr(g, "__next__"), callable(count_up))
