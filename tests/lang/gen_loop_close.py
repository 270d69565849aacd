# A for loop that made its generator (for x in gen()) closes it when the
# loop is left early, as CPython does when it frees the generator: finally
# blocks and with exits run at once. Generators held elsewhere stay open.
import io
import re
import sys


def numbers(tag, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print("close", tag)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])
        return False


def managed(name):
    with Resource(name):
        yield 1
        yield 2


print("-- break")
for x in numbers("break"):
    if x == 1:
        break
print("after break")

print("-- exhausted")
for x in numbers("exhausted"):
    pass
print("after exhausted")

print("-- for/else")
for x in numbers("else"):
    pass
else:
    print("else ran")
for x in numbers("else-break"):
    break
else:
    print("not printed")


def first_over(limit):
    for x in numbers("return"):
        if x > limit:
            return x
    return None


print("-- return", first_over(0))

print("-- exception")
try:
    for x in numbers("raise"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

print("-- with inside the generator")
for v in managed("r1"):
    break
print("after with")

print("-- nested loops")


def nested():
    for a in numbers("outer"):
        for b in numbers("inner"):
            if b == 1:
                return a, b


print(nested())

print("-- continue does not close")
for x in numbers("continue"):
    if x < 2:
        continue
    print("got", x)

print("-- held elsewhere: not closed")
g = numbers("held")
for x in g:
    break
print("still open:", next(g))
g.close()

g = numbers("via iter")
for x in iter(g):
    break
print("iter() of a held generator stays open:", next(g))
g.close()


def made_earlier():
    it = numbers("started")
    next(it)
    return it


kept = made_earlier()
for x in kept:
    break
print("started generator kept open:", next(kept, "done"))
kept.close()


def pair():
    return numbers("returned fresh")


for x in pair():
    break
print("after fresh from a function")

print("-- try/finally around the loop")
try:
    for x in numbers("in try"):
        break
finally:
    print("outer finally")

print("-- loop in a generator that is closed")


def outer_gen():
    for x in numbers("inside outer_gen"):
        yield x


for y in outer_gen():
    break
print("after outer_gen")

print("-- generator ignoring GeneratorExit")


def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring it")


saved, sys.stderr = sys.stderr, io.StringIO()
for x in stubborn():
    break
report, sys.stderr = sys.stderr.getvalue(), saved
print(re.sub(r"0x[0-9a-f]+", "ADDR", report.splitlines()[0]))
print(report.splitlines()[-1])

print("-- exception escapes the loop's function")


def failing():
    for x in numbers("escape"):
        {}[x]


try:
    failing()
except KeyError as e:
    print("KeyError", e)

print("-- uncaught")
for x in numbers("uncaught"):
    1 / 0
