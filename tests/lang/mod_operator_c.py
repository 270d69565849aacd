# operator in C (_operator): messages, reprs, getters with several items and dotted names
import operator as o
for e in ['o.add(1)', 'o.itemgetter()', 'o.attrgetter()', 'o.attrgetter(1)', 'o.methodcaller()', 'o.methodcaller(1)', 'o.itemgetter(1)(5)', 'o.attrgetter("x")(5)', 'o.neg("a")', 'o.not_()', 'o.truth(1,2)', 'o.index(1.5)', 'o.itemgetter(1, k=2)', 'o.is_(1)', 'o.setitem(1,2)', 'o.pow(2, 3, 4)', 'o.lt(1, "a")', 'o.abs("x")', 'o.abs(-2.5)', 'o.add([1], [2])', 'o.iadd([1], [2])', 'o.contains("abc", "b")', 'o.call(max, 1, 5)', 'o.countOf([1, 1], 1)', 'o.concat("a", "b")']:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
print(type(o.add), o.add, o.itemgetter(1).__class__, o.__add__ is o.add, o.__lt__ is o.lt)
print(repr(o.methodcaller("f", 1, "x", key=2)), repr(o.attrgetter("a.b", "c")), repr(o.itemgetter(0, -1)))
class P:
    def __init__(self): self.a = type("Y", (), {"b": 5})(); self.c = 7
    def f(self, *args, **kw): return (args, kw)
print(o.attrgetter("a.b", "c")(P()), o.methodcaller("f", 1, k=2)(P()), o.itemgetter(slice(1, 3))("abcd"))
try:
    class IG(o.itemgetter): pass
except TypeError as e: print(e)

data = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(data, key=o.itemgetter(1)), max(data, key=o.itemgetter(0)), list(map(o.mul, [1, 2], [3, 4])))
