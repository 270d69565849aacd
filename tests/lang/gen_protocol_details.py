# Generator details: send protocol after the end, yield from plain iterators and their StopIteration value, nesting
def g():
    x = yield
    print("x =", x)
    y = yield x
    return y
it = g()
print(next(it), it.send("a"))
try:
    it.send("b")
except StopIteration as e:
    print("returned", e.value)
try:
    it.send("c")
except StopIteration as e:
    print("again", e.value)
print(repr(it)[:22], it.__name__, it.__qualname__)
def chain_in_gen():
    try:
        yield 1
    except KeyError as e:
        raise ValueError("converted") from e
c = chain_in_gen(); next(c)
try:
    c.throw(KeyError("k"))
except ValueError as e:
    print(repr(e), repr(e.__cause__))
def yf():
    r = yield from iter([1, 2])
    print("r =", r)
    yield "end"
print(list(yf()))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration("stop value")
        return self.n
def delegate():
    r = yield from It()
    yield r
print(list(delegate()))
def gen_send_to_iter():
    yield from It()
d = gen_send_to_iter(); next(d)
try:
    d.send(5)
except AttributeError as e:
    print("AttributeError:", e)
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(sum(deep(200)))
g2 = (i for i in range(3))
print(g2.gi_running, next(g2), g2.gi_yieldfrom, type(g2).__name__)
def early():
    yield 1
    return
    yield 2
print(list(early()))
def gen_in_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(x) for x in gen_in_gen()])
print({k: v for k, v in ((i, i * i) for i in range(3))})
