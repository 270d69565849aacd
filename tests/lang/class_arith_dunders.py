# Arithmetic dunders: forward, reflected, in-place, unary, NotImplemented fallbacks
class V:
    def __init__(self, *c):
        self.c = list(c)

    def __repr__(self):
        return "V(" + ", ".join(map(repr, self.c)) + ")"

    def _zip(self, o, f):
        if isinstance(o, V):
            return V(*[f(a, b) for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[f(a, o) for a in self.c])
        return NotImplemented

    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o): return self._zip(o, lambda a, b: b + a)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._zip(o, lambda a, b: b - a)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._zip(o, lambda a, b: b * a)
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __rtruediv__(self, o): return self._zip(o, lambda a, b: b / a)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __rfloordiv__(self, o): return self._zip(o, lambda a, b: b // a)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __rmod__(self, o): return self._zip(o, lambda a, b: b % a)
    def __pow__(self, o): return self._zip(o, lambda a, b: a ** b)
    def __rpow__(self, o): return self._zip(o, lambda a, b: b ** a)
    def __divmod__(self, o): return (self // o, self % o)
    def __rdivmod__(self, o): return (o // self, o % self)
    def __lshift__(self, o): return self._zip(o, lambda a, b: a << b)
    def __rlshift__(self, o): return self._zip(o, lambda a, b: b << a)
    def __rshift__(self, o): return self._zip(o, lambda a, b: a >> b)
    def __rrshift__(self, o): return self._zip(o, lambda a, b: b >> a)
    def __and__(self, o): return self._zip(o, lambda a, b: a & b)
    def __rand__(self, o): return self._zip(o, lambda a, b: b & a)
    def __or__(self, o): return self._zip(o, lambda a, b: a | b)
    def __ror__(self, o): return self._zip(o, lambda a, b: b | a)
    def __xor__(self, o): return self._zip(o, lambda a, b: a ^ b)
    def __rxor__(self, o): return self._zip(o, lambda a, b: b ^ a)
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return V(*[-a for a in self.c])
    def __pos__(self): return V(*[+a for a in self.c])
    def __abs__(self): return V(*[abs(a) for a in self.c])
    def __invert__(self): return V(*[~a for a in self.c])


a, b = V(6, 7), V(2, 3)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a + 1, 1 + a, 10 - a, a - 10, 2 * a, a * 2, 12 / b, 13 // b, 13 % b, 2 ** b)
print(divmod(a, b), divmod(20, b))
print(a << 1, 1 << b, a >> 1, 64 >> b, a & 3, 3 & a, a | 8, 8 | a, a ^ 5, 5 ^ a)
print(a @ b, -a, +a, abs(V(-1, 2)), ~a)
print(pow(a, b), pow(2, b))
print(1.5 + a, a * 0.5)


class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v += o
        return self

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        self.v *= o
        return self

    def __itruediv__(self, o):
        self.v /= o
        return self

    def __ifloordiv__(self, o):
        self.v //= o
        return self

    def __imod__(self, o):
        self.v %= o
        return self

    def __ipow__(self, o):
        self.v **= o
        return self

    def __ilshift__(self, o):
        self.v <<= o
        return self

    def __irshift__(self, o):
        self.v >>= o
        return self

    def __iand__(self, o):
        self.v &= o
        return self

    def __ior__(self, o):
        self.v |= o
        return self

    def __ixor__(self, o):
        self.v ^= o
        return self

    def __imatmul__(self, o):
        self.v = self.v * 100 + o
        return self

    def __repr__(self):
        return f"Acc({self.v})"


x = Acc(5)
orig = x
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 12; print(x)
x |= 3; print(x)
x ^= 6; print(x)
x @= 7; print(x)
x /= 2; print(x)
print(x is orig)

# in-place falls back to the binary operator
y = V(1, 2)
yid = y
y += V(1, 1)
print(y, y is yid)


class OnlyRadd:
    def __radd__(self, other):
        return ("radd", other)


print(5 + OnlyRadd(), "s" + OnlyRadd(), [1] + OnlyRadd())


class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ wins"


print(V(1) + Sub(2))


class NI:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return NotImplemented


try:
    NI() + NI()
except TypeError as e:
    print(e)
try:
    NI() + 1
except TypeError as e:
    print(e)
try:
    1 - NI()
except TypeError as e:
    print(e)
try:
    a @ 3
except AttributeError as e:
    print("AttributeError", e)
try:
    ~Acc(1)
except TypeError as e:
    print(e)
try:
    -NI()
except TypeError as e:
    print(e)
z = NI()
try:
    z += 1
except TypeError as e:
    print(e)
try:
    z **= 2
except TypeError as e:
    print(e)
