# tuple, range and slice objects.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

t = (1, "two", 3.0, None, (4, 5), [6])
print(t, len(t), t[1], t[-1], t[1:3], t[::-2], t[10:], (), (1,), ((),), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t.count(1), t.index(3.0), (1, 2, 1).index(1, 1), (1, 2) + (3,), (1, 2) * 2, 2 * (0,), (1,) * 0)
show("index missing", lambda: t.index(99))
show("index out of range", lambda: t[10])
show("str index", lambda: t["a"])
show("tuple + list", lambda: (1,) + [2])
show("tuple * float", lambda: (1,) * 1.5)
try:
    t[0] = 1
except TypeError as e:
    print("item assignment ->", e)
show("tuple two args", lambda: tuple([], []))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9), (1, 2) == (1, 2), (1, [2]) == (1, [2]), () < (0,))
show("tuple < list", lambda: (1,) < [1])
show("mixed compare", lambda: (1, "a") < (1, 2))
print(hash((1, 2, 3)), hash(()), hash((1,)), hash(((1, 2), (3, 4))), hash((-1,)), hash((2 ** 70, -5)))
show("hash with list", lambda: hash((1, [2])))
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
class P(tuple):
    def first(self):
        return self[0]
p = P([7, 8])
print(p, p.first(), len(p), p + (9,), type(p + (9,)).__name__, p[::-1], isinstance(p, tuple), p == (7, 8))
print(type(iter(())).__name__, list(reversed((1, 2, 3))))

# range
r = range(10)
print(r, range(2, 10), range(0, 10, 3), range(10, 0, -2), range(-5), len(r), r[3], r[-1], r[2:8:2], r[::-1], r[::-3])
print(list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), list(range(-3, 3)))
print(3 in r, 10 in r, -1 in r, 3.0 in r, "a" in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), True in r)
print(r.index(4), range(0, 20, 5).index(15), r.count(3), r.count(3.0), r.count("x"), range(0, 10, 3).count(9))
show("index missing", lambda: r.index(10))
show("index float missing", lambda: r.index(10.5))
show("index str", lambda: r.index("a"))
show("zero step", lambda: range(1, 2, 0))
show("float arg", lambda: range(1.5))
show("str arg", lambda: range("a"))
show("no args", lambda: range())
show("too many", lambda: range(1, 2, 3, 4))
show("out of range", lambda: r[10])
show("bad index", lambda: r["x"])
show("huge len", lambda: len(range(10 ** 20)))
print(range(10 ** 20)[10 ** 19], range(10 ** 20)[::10 ** 19], range(5)[10 ** 20:], 10 ** 19 in range(10 ** 20))
print(range(2 ** 62, 2 ** 62 + 3)[1], list(range(2 ** 62 - 2, 2 ** 62 + 2)), list(range(-2 ** 62 - 1, -2 ** 62 + 1)))
print(list(reversed(range(1, 10, 3))), list(reversed(range(10 ** 20, 10 ** 20 + 3))), list(reversed(range(0))))
print(range(0) == range(2, 2), range(1, 2, 3) == range(1, 5, 7), range(3) == range(3), range(3) != range(4), range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(1, 2)) == hash(range(1, 3, 5)), hash(range(0, 0)) == hash(range(5, 2)))
show("range < range", lambda: range(3) < range(4))
print(r.start, r.stop, r.step, range(1, 9, 2).step, range(True), bool(range(0)), bool(range(1)))
print(type(iter(r)).__name__, type(iter(range(10 ** 20))).__name__, type(reversed(r)).__name__, sum(range(101)))
it = iter(range(3))
print(next(it), list(it), list(it))

# slice objects
s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, None, -1), s.start, s.stop, s.step, slice(5).start)
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(2), slice(2, 100, 3).indices(10 ** 20))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None))
print([0, 1, 2, 3, 4][slice(1, 4)], "hello"[slice(None, None, -1)], (1, 2, 3)[slice(-2, None)])
show("indices zero", lambda: slice(None, None, 0).indices(5))
show("indices negative", lambda: slice(1).indices(-1))
show("indices str", lambda: slice(1).indices("a"))
show("hash slice", lambda: hash(slice(1)))
show("slice no args", lambda: slice())
