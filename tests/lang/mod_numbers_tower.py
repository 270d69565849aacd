# numbers: what each level of the tower demands, and what it gives for free
import numbers
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__), cls.__hash__)

class Frac(numbers.Rational):
    def __init__(self, n, d): self.n, self.d = n, d
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: self.d)
    def __trunc__(self): return self.n // self.d
    __floor__ = __ceil__ = __round__ = __trunc__
    def __floordiv__(self, o): return float(self) // float(o)
    def __rfloordiv__(self, o): return float(o) // float(self)
    def __mod__(self, o): return float(self) % float(o)
    def __rmod__(self, o): return float(o) % float(self)
    def __lt__(self, o): return float(self) < float(o)
    def __le__(self, o): return float(self) <= float(o)
    def __eq__(self, o): return float(self) == float(o)
    def __abs__(self): return Frac(abs(self.n), self.d)
    def __neg__(self): return Frac(-self.n, self.d)
    def __pos__(self): return self
    def __add__(self, o): return float(self) + float(o)
    __radd__ = __add__
    def __mul__(self, o): return float(self) * float(o)
    __rmul__ = __mul__
    def __truediv__(self, o): return float(self) / float(o)
    def __rtruediv__(self, o): return float(o) / float(self)
    def __pow__(self, o): return float(self) ** o
    def __rpow__(self, o): return o ** float(self)
    __hash__ = object.__hash__
h = Frac(7, 2)
print(float(h), h.real is h, h.imag, h.conjugate() is h, divmod(h, 2), divmod(9, h), h - 1, 1 - h, bool(h), bool(Frac(0, 1)))
print(isinstance(h, numbers.Real), isinstance(h, numbers.Integral), issubclass(Frac, numbers.Complex))

class Small(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
for name in sorted(numbers.Integral.__abstractmethods__ - {'__int__'}):
    setattr(Small, name, lambda self, *a: self)
try: Small(3)
except TypeError as e: print(e)
import abc
abc.update_abstractmethods(Small)
s = Small(3)
print(s.__index__(), float(s), s.numerator is s, s.denominator, [10, 20, 30, 40][s])
