# operator: the functions atoll writes in Python (concat, iconcat, countOf, indexOf, length_hint),
# the dunder aliases and __all__
import operator as o
for e in ["o.concat(1, 2)", "o.concat([1], (2,))", "o.iconcat(1, [2])", "o.concat('a', 'b')", "o.iconcat([1], (2, 3))",
          "o.countOf([1, 1.0, True, 2], 1)", "o.countOf('banana', 'a')", "o.indexOf([1, 2], 3)", "o.indexOf(iter([5, 6]), 6)",
          "o.length_hint(iter([1,2]), 5)", "o.length_hint(3, 5)", "o.length_hint([1], 'x')", "o.countOf(5, 1)",
          "o.indexOf(5, 1)", "o.iconcat({}, [2])", "o.concat({}, {})", "o.length_hint(range(4))", "o.length_hint(x for x in 'ab')"]:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
class H:
    def __init__(s, v): s.v = v
    def __length_hint__(s): return s.v
for v in [3, NotImplemented, -1, "x", 2.0]:
    try: print(v, o.length_hint(H(v)))
    except Exception as x: print(v, type(x).__name__, x)
class E:
    def __length_hint__(s): raise TypeError("inner")
class L:
    def __len__(s): raise TypeError("no len")
    def __length_hint__(s): return 4
class B:
    def __len__(s): return 2
    def __length_hint__(s): return 4
class Seq:
    def __getitem__(s, i): return i
    def __add__(s, other): return "added"
    def __iadd__(s, other): return "iadded"
print(o.length_hint(E(), 7), o.length_hint(L()), o.length_hint(B()), o.concat(Seq(), Seq()), o.iconcat(Seq(), [1]))
try: o.concat(Seq(), 1)
except TypeError as e: print(e)
dunders = sorted(n for n in dir(o) if n.startswith('__') and n.endswith('__') and callable(getattr(o, n)))
print(len(dunders), dunders)
print(all(getattr(o, '__%s__' % n.rstrip('_')) is getattr(o, n) for n in ['add', 'not_', 'and_', 'concat', 'iconcat', 'call', 'inv', 'invert']))
print(len(o.__all__), o.__all__)
print(o.__add__(2, 3), o.__not__(0), o.__concat__([1], [2]), o.__contains__([1], 1), o.__index__(7))
