# operator: function forms, itemgetter/attrgetter/methodcaller and their reprs
import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(1, 2), op.mul("a", 3), op.lt(1, 2), op.not_(0), op.truth([]), op.neg(5), op.invert(5), op.pow(2, 10), op.floordiv(7, 2), op.truediv(7, 2), op.mod(7, 3))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.getitem({"a": 1}, "a"), op.index(5), op.is_(None, None), op.xor(5, 3))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.iadd([1], [2]), op.iadd(1, 2), op.length_hint([1,2,3]), op.length_hint(iter(range(5))), op.length_hint(5, 7))
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), itemgetter(1, 0)(data[0]), itemgetter(slice(1, None))("abc"))
class P:
    def __init__(self, n, c): self.n = n; self.child = c
    def greet(self, x, y=0): return self.n + x + y
p = P(1, P(2, None))
print(attrgetter("n")(p), attrgetter("child.n")(p), attrgetter("n", "child.n")(p), methodcaller("greet", 10, y=5)(p))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("x", "y.z")), repr(methodcaller("f", 1, k=2)))
print(methodcaller("upper")("abc"), op.call(len, [1, 2]))
for bad in ["op.add(1, 'a')", "op.index(1.5)", "op.indexOf([1], 2)", "op.concat(1, 2)", "attrgetter(1)", "itemgetter(5)([1])", "op.lt(1, 'a')", "op.length_hint(1, 'x')"]:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
print(op.__add__ is op.add, op.abs(-3), op.pos(-3), op.and_(6, 3), op.or_(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.sub(5, 3), op.eq(1, 1.0), op.ne(1, 2), op.ge(2, 2), op.gt(2, 1), op.le(3, 3), op.is_not(1, None))
