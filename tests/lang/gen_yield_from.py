# yield from: delegation, return values, send/throw/close passthrough
def inner():
    x = yield "i1"
    print("  inner got", x)
    y = yield "i2"
    print("  inner got", y)
    return x + y


def outer():
    result = yield from inner()
    print("  inner returned", result)
    yield result * 10
    return "outer done"


g = outer()
print(next(g), g.send(1), g.send(2))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)), {"k": 1})))


def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)


t = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree(t)))


def sub_catches():
    try:
        yield 1
    except KeyError:
        yield "sub handled"
    return "r"


def delegator():
    r = yield from sub_catches()
    yield "after " + r


d = delegator()
print(next(d), d.throw(KeyError), next(d))


def sub_closes():
    try:
        yield 1
    finally:
        print("  sub finally")


def deleg2():
    try:
        yield from sub_closes()
    finally:
        print("  outer finally")


d2 = deleg2()
next(d2)
d2.close()


def unhandled():
    yield 1


def deleg3():
    try:
        yield from unhandled()
    except ValueError as e:
        yield f"outer caught {e}"


d3 = deleg3()
next(d3)
print(d3.throw(ValueError("v")))


def returns_only():
    return 5
    yield


def take_return():
    v = yield from returns_only()
    yield v


print(list(take_return()))


class Iterable:
    def __iter__(self):
        return iter([7, 8])


def from_iterable():
    r = yield from Iterable()
    yield r


print(list(from_iterable()))


def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, [4, []], 5]], 6])))


def send_through():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received


def wrapper():
    res = yield from send_through()
    yield res


w = wrapper()
print(next(w), w.send("a"), w.send("b"), w.send("c"))


def gen_stop_value():
    yield 1
    return [1, 2]


def collect():
    out = yield from gen_stop_value()
    return out


c = collect()
next(c)
try:
    next(c)
except StopIteration as e:
    print(e.value, e.args)

try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(e)
