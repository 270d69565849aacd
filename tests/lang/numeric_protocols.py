# Numeric protocols on user types: __index__, __int__, __float__, __round__, __trunc__, __floor__, __ceil__ with math
import math


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __int__(self):
        return int(self.v)

    def __index__(self):
        return int(self.v)

    def __round__(self, ndigits=None):
        return Meters(round(self.v, ndigits))

    def __trunc__(self):
        return int(self.v)

    def __floor__(self):
        return math.floor(self.v) - 1000

    def __ceil__(self):
        return math.ceil(self.v) + 1000

    def __repr__(self):
        return f"Meters({self.v})"


m = Meters(3.75)
print(float(m), int(m), round(m), round(m, 1), math.trunc(m), math.floor(m), math.ceil(m))
print(math.sqrt(m), math.isclose(m, 3.75), math.pow(m, 2), math.hypot(m, 1))
print([10, 20, 30, 40][Meters(2)], "abcdef"[Meters(1):Meters(4)], range(Meters(3)), bin(Meters(5)), hex(Meters(255)))
print(math.factorial(Meters(5)), math.gcd(Meters(12), 18), math.comb(Meters(5), 2), (1).__add__(Meters(2)) is NotImplemented)


class OnlyFloat:
    def __float__(self):
        return 2.5


print(float(OnlyFloat()), math.floor(OnlyFloat()), math.exp(OnlyFloat()) > 12)
for bad in [lambda: int(OnlyFloat()), lambda: [1][OnlyFloat()], lambda: math.factorial(OnlyFloat()), lambda: range(OnlyFloat())]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(int(True), float(False), True + True, True * 3.5, -True, ~False, divmod(True, 2), 5 // True)
print(isinstance(True, int), int.__add__(2, 3), float.__mul__(2.0, 4), (2).bit_length(), (255).to_bytes(2, "big"))
print(int.from_bytes(b"\x01\x00", "little"), (3.5).as_integer_ratio(), (10).__index__(), (2.0).is_integer())
