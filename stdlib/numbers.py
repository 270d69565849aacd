"""numbers: the tower of numeric abstract base classes of PEP 3141,
Number > Complex > Real > Rational > Integral, with int registered as
Integral, float as Real (and complex as Complex where it exists). The
classes derive from abc.ABC: atoll has no ABCMeta metaclass."""

from abc import ABC, update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _unimplemented(name):
    """An abstract method called name: subclasses must supply their own."""
    def method(self, *args):
        raise NotImplementedError
    method.__name__ = method.__qualname__ = name
    method.__isabstractmethod__ = True
    return method


def _requires(operations, properties=''):
    """Class decorator: the class demands the space-separated operations
    (methods) and properties of its concrete subclasses. Spelling them as a
    list keeps the long tower readable."""
    def declare(cls):
        for name in operations.split():
            setattr(cls, name, _unimplemented(name))
        for name in properties.split():
            setattr(cls, name, property(_unimplemented(name)))
        return update_abstractmethods(cls)
    return declare


class Number(ABC):
    """The root of the tower: isinstance(x, Number) asks whether x is a number."""
    __slots__ = ()
    # each concrete kind of number hashes its own way
    __hash__ = None


@_requires('__complex__ __eq__ __abs__ __neg__ __pos__ __add__ __radd__ __mul__ __rmul__ '
           '__truediv__ __rtruediv__ __pow__ __rpow__ conjugate', 'real imag')
class Complex(Number):
    """Numbers with the operations of the builtin complex type."""
    __slots__ = ()

    def __bool__(self):
        return self != 0

    # subtraction is addition of the negation
    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


try:
    Complex.register(complex)
except NameError:       # atoll has no complex numbers
    pass


@_requires('__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__ '
           '__mod__ __rmod__ __lt__ __le__')
class Real(Complex):
    """Complex numbers on the real line: ordered, with floor and rounding."""
    __slots__ = ()

    # what Complex asks for follows from the real operations

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __divmod__(self, other):
        return self // other, self % other

    def __rdivmod__(self, other):
        return other // self, other % self


Real.register(float)


@_requires('', 'numerator denominator')
class Rational(Real):
    """Reals that are a ratio of integers, kept in lowest terms."""
    __slots__ = ()

    def __float__(self):
        # dividing the integers, not floats, keeps huge ratios from overflowing
        return int(self.numerator) / int(self.denominator)


@_requires('__int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ '
           '__xor__ __rxor__ __or__ __ror__ __invert__')
class Integral(Rational):
    """Rationals with denominator 1, and the bitwise operations."""
    __slots__ = ()

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
