from fractions import Fraction as F
import math, copy
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
print(F(3, 4), F(-6, 8), F(5), F(), F('3/4'), F(' -1.25e2 '), F('1_000.5'), F(0.1), F(2.5), F(F(1, 3)), F(F(1, 2), F(3, 4)))
print(repr(F(1, 3)), str(F(4, 2)), F(1, 3) + F(1, 6), F(1, 3) - 1, 2 * F(3, 4), F(1, 2) / F(3, 4), 1 / F(3), F(7, 2) // 2, F(7, 2) % F(2, 3), divmod(F(7, 2), F(1, 3)))
print(F(1, 2) + 0.5, 0.25 + F(1, 4), F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, 2 ** F(3), 4 ** F(1, 2), F(4) ** F(1, 2), F(9, 4) ** 0.5)
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 1, F(1, 2) > 0.4, F(1, 2) <= F(2, 4), F(3) == 3, 3 == F(3), F(1, 2) != F(1, 3), F(1,2) < float('inf'), F(1,2) == float('nan'))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**30, 7)))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2), float(F(1, 3)), bool(F(0)), abs(F(-1, 2)), -F(1, 2), +F(1, 2))
print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(4321, 8765).limit_denominator(10000), F(1, 3).as_integer_ratio(), F.from_float(0.75), F(3, 4).numerator, F(3, 4).denominator)
print(sum([F(1, n) for n in range(1, 11)]), sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(1, 2), 0.3), copy.copy(F(1, 2)), copy.deepcopy([F(1, 5)]))
print(format(F(1, 3)), f'{F(1, 3)}', '%s' % F(2, 3))
t(lambda: F(1, 0)); t(lambda: F(1, 2) / 0); t(lambda: F(3, 4) / F(0)); t(lambda: F(0) ** -1); t(lambda: F('abc')); t(lambda: F('1/0')); t(lambda: F([1]))
t(lambda: F(1.5, 2)); t(lambda: F(float('inf'))); t(lambda: F(float('nan'))); t(lambda: F(1, 2) // 0); t(lambda: F(1, 2) % 0); t(lambda: format(F(1, 3), '.2f'))
t(lambda: F(1, 2) + 'a'); t(lambda: F(1, 2) < 'a'); t(lambda: F(1).limit_denominator(0)); t(lambda: F.from_float('x')); t(lambda: F('1.5/2')); t(lambda: F('.5')); t(lambda: F('5.')); t(lambda: F('1e'))
class G(F): pass
print(G(1, 2), repr(G(1, 2) + 1), isinstance(G(1, 2), F))
import numbers
print(isinstance(F(1, 2), numbers.Rational), isinstance(F(1, 2), numbers.Integral), issubclass(F, numbers.Real))
