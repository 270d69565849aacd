import numbers
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Rational), isinstance(True, numbers.Number), isinstance('a', numbers.Number))
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral), issubclass(bool, numbers.Integral))
class MyInt(numbers.Integral):
    pass
try: MyInt()
except TypeError as e: print(e)
print(pow(3, -1, 7), numbers.Number.__hash__)
