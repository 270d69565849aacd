# copy: error cases, __slots__, __getnewargs__/__getnewargs_ex__, __reduce_ex__ recipes, the memo
import copy
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
s = Slotted(); s2 = copy.copy(s); s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, hasattr(s2, 'b'))
class Both:
    __slots__ = ('x', '__dict__')
b = Both(); b.x = 1; b.y = [2]; b2 = copy.deepcopy(b); print(b2.x, b2.y, b2.y is b.y)
class NA(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def __getnewargs__(self): return tuple(self)
print(copy.copy(NA(1, 2)), type(copy.deepcopy(NA([1], 2))).__name__)
class KW:
    def __new__(cls, *, k): o = super().__new__(cls); o.k0 = k; return o
    def __init__(self, *, k): self.k = k
    def __getnewargs_ex__(self): return (), {'k': self.k}
kw = copy.deepcopy(KW(k=[5])); print(kw.k, kw.k0, kw.__dict__)
class RX:
    def __init__(self): self.v = 1
    def __reduce_ex__(self, proto): return (RX, (), {'v': 42}, iter([]), None)
print(copy.copy(RX()).v)
class Glob:
    def __reduce__(self): return "Glob"
g = Glob(); print(copy.copy(g) is g, copy.deepcopy(g) is g)
for thing in ((x for x in []),):
    try: copy.copy(thing)
    except TypeError as e: print("TypeError", e)
print(copy.error is copy.Error, copy.__all__)
class DL(dict):
    def __init__(self, *a): super().__init__(*a); self.note = [0]
dl = DL({'k': [1]}); dl2 = copy.deepcopy(dl); print(type(dl2).__name__, dl2, dl2.note, dl2['k'] is dl['k'])
class ST(set): pass
st = ST([1, 2]); st.tag = 't'; st2 = copy.copy(st); print(type(st2).__name__, sorted(st2), st2.tag)
memo = {}; shared = [1]; pair = [shared, shared]; cp = copy.deepcopy(pair, memo)
print(cp[0] is cp[1], memo[id(shared)] is cp[0], memo[id(pair)] is cp, any(isinstance(v, list) and pair in v for v in memo.values()))
t = ([],); t_c = copy.deepcopy(t); print(t_c is t, t_c[0] is t[0], copy.deepcopy((1, 'a')) is not None)
rec = []; tup = (rec,); rec.append(tup); c = copy.deepcopy(tup); print(c[0][0] is c, c is tup)
print(copy.deepcopy(slice(1, [2], None)), copy.copy(slice(1, 2)), copy.deepcopy(bytearray(b'ab')), copy.copy(bytearray(b'x')), copy.deepcopy(range(3)), copy.copy(3.5), copy.deepcopy(2 ** 100), copy.copy(...))
def fn(): pass
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.deepcopy(print) is print, copy.copy(property()) is not None, copy.deepcopy(int) is int)
class WithCopy:
    def __init__(self): self.n = 0
    def __deepcopy__(self, memo):
        print("memo is a dict:", type(memo).__name__); return self
w = WithCopy(); print(copy.deepcopy([w, w])[0] is w)
