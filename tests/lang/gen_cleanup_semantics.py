# Generator cleanup that does not depend on reference counting: explicit close(), exhaustion, with-blocks
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def read_lines(name, lines):
    with Resource(name):
        for line in lines:
            yield line.upper()


g = read_lines("a.txt", ["x", "y", "z"])
for line in g:
    print(line)
    if line == "Y":
        break
print("loop left; generator still suspended:", g.gi_suspended)
g.close()
print("after close")
print(list(read_lines("b.txt", ["p", "q"])))


def counter():
    n = 0
    try:
        while True:
            n += 1
            yield n
    except GeneratorExit:
        print("counter closed at", n)
        raise
    finally:
        print("counter finally")


c = counter()
print([next(c) for _ in range(3)])
c.close()
c.close()


def guarded():
    try:
        yield "only"
    finally:
        print("guarded finally")


gen = guarded()
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")
