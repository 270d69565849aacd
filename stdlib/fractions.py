"""Exact rational arithmetic: the Fraction type of CPython 3.11's fractions
module (atoll has no Decimal and no complex numbers, so neither is handled)."""

import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

# ints, floats and Fractions that are equal must hash alike: the numeric hash
# is n / d computed modulo this prime
_HASH_PRIME = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# Fraction(str) accepts 'n/d' (no spaces around the slash, as 3.11) or a
# decimal number with an optional exponent; digit groups may be joined by
# single underscores, as in int literals
_GROUPS = r'\d+(?:_\d+)*'
_LITERAL = re.compile(
    r'\s*(?P<sign>[-+]?)(?=\.?\d)(?P<whole>' + _GROUPS + r')?'
    r'(?:/(?P<over>' + _GROUPS + r')'
    r'|(?:\.(?P<frac>' + _GROUPS + r')?)?(?:[eE](?P<exp>[-+]?' + _GROUPS + r'))?)'
    r'\s*')


def _is_rational(x):
    return type(x) is int or isinstance(x, (Fraction, numbers.Rational))


def _parse(text):
    """The (numerator, denominator) pair a numeric string spells, unreduced."""
    m = _LITERAL.fullmatch(text)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % (text,))
    num = int(m.group('whole') or '0')
    den = 1
    if m.group('over'):
        den = int(m.group('over'))
    else:
        frac = (m.group('frac') or '').replace('_', '')
        if frac:
            den = 10 ** len(frac)
            num = num * den + int(frac)
        exp = int(m.group('exp') or '0')
        if exp < 0:
            den *= 10 ** -exp
        else:
            num *= 10 ** exp
    if m.group('sign') == '-':
        num = -num
    return num, den


def _new(num, den):
    """A plain Fraction from a pair already in lowest terms, den > 0."""
    f = object.__new__(Fraction)
    f._numerator = num
    f._denominator = den
    return f


def _reduced(num, den):
    """A plain Fraction equal to num/den (den must not be zero)."""
    g = math.gcd(num, den)
    if den < 0:
        g = -g
    return _new(num // g, den // g)


def _binary_op(exact, inexact):
    """The forward and reflected methods of an arithmetic operator.

    exact(a, b) works on any two rationals; a float operand makes the
    operation inexact(float, float)."""
    def forward(a, b):
        if isinstance(b, (int, Fraction)):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        return NotImplemented

    def reflected(b, a):
        if _is_rational(a):
            return exact(a, b)
        if isinstance(a, numbers.Real):
            return inexact(float(a), float(b))
        return NotImplemented

    name = inexact.__name__.strip('_')
    forward.__name__ = '__%s__' % name
    reflected.__name__ = '__r%s__' % name
    forward.__doc__ = reflected.__doc__ = exact.__doc__
    return forward, reflected


def _sum_of_ratios(na, da, nb, db):
    """na/da + nb/db in lowest terms (Knuth, TAOCP 4.5.1): the gcds are taken
    of the denominators, not of the larger cross products."""
    g = math.gcd(da, db)
    if g == 1:
        return _new(na * db + nb * da, da * db)
    da_share = da // g
    t = na * (db // g) + nb * da_share
    g2 = math.gcd(t, g)
    return _new(t // g2, da_share * (db // g2))


def _product_of_ratios(na, da, nb, db):
    """(na/da) * (nb/db) in lowest terms, for db > 0: cancelling across
    before multiplying keeps the numbers small."""
    g1 = math.gcd(na, db)
    g2 = math.gcd(nb, da)
    return _new((na // g1) * (nb // g2), (da // g2) * (db // g1))


def _add(a, b):
    """a + b"""
    return _sum_of_ratios(a.numerator, a.denominator, b.numerator, b.denominator)


def _sub(a, b):
    """a - b"""
    return _sum_of_ratios(a.numerator, a.denominator, -b.numerator, b.denominator)


def _mul(a, b):
    """a * b"""
    return _product_of_ratios(a.numerator, a.denominator, b.numerator, b.denominator)


def _truediv(a, b):
    """a / b"""
    nb, db = b.numerator, b.denominator
    if nb == 0:
        # the message names the dividend's sign, as CPython's does
        sign = (a.numerator > 0) - (a.numerator < 0)
        raise ZeroDivisionError('Fraction(%d, 0)' % sign)
    if nb < 0:
        nb, db = -nb, -db
    # times the reciprocal db/nb, its denominator made positive
    return _product_of_ratios(a.numerator, a.denominator, db, nb)


def _floordiv(a, b):
    """a // b"""
    return (a.numerator * b.denominator) // (b.numerator * a.denominator)


def _mod(a, b):
    """a % b"""
    scaled = (a.numerator * b.denominator) % (b.numerator * a.denominator)
    return _reduced(scaled, a.denominator * b.denominator)


def _divmod(a, b):
    """(a // b, a % b)"""
    q, r = divmod(a.numerator * b.denominator, b.numerator * a.denominator)
    return q, _reduced(r, a.denominator * b.denominator)


def _compare(a, b, op):
    """op applied to Fraction a and b, or NotImplemented."""
    if _is_rational(b):
        return op(a._numerator * b.denominator, b.numerator * a._denominator)
    if isinstance(b, float):
        if math.isfinite(b):
            return op(a, Fraction.from_float(b))
        # every finite number orders the same way against inf and nan
        return op(0.0, b)
    return NotImplemented


class Fraction(numbers.Rational):
    """A rational number num/den in lowest terms, with den > 0.

    Fraction(n, d) takes two Rationals (ints included); Fraction(x) takes a
    Rational, a float (converted exactly), or a string such as '3/7',
    '-1.25' or '2e-3'."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                num, den = numerator, 1
            elif _is_rational(numerator):
                num, den = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float):
                num, den = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                num, den = _parse(numerator)
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif _is_rational(numerator) and _is_rational(denominator):
            num = numerator.numerator * denominator.denominator
            den = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if den == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % num)
        g = math.gcd(num, den)
        if den < 0:
            g = -g
        self = object.__new__(cls)
        self._numerator = num // g
        self._denominator = den // g
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f (an Integral is accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal; atoll has none, so only Integrals."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest self whose denominator is <= max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Expand self as a continued fraction, tracking the last two
        # convergents h1/k1 and h2/k2, until the next convergent's denominator
        # would pass the limit (it must: self's own denominator does).
        x, y = self._numerator, self._denominator
        h1, k1, h2, k2 = 1, 0, 0, 1
        while True:
            q, r = divmod(x, y)
            if k2 + q * k1 > max_denominator:
                break
            h1, k1, h2, k2 = h2 + q * h1, k2 + q * k1, h1, k1
            x, y = y, r
        # the best approximations are that convergent and the semiconvergent
        # with the largest step that keeps its denominator within the limit
        step = (max_denominator - k2) // k1
        semi = Fraction(h2 + step * h1, k2 + step * k1)
        last = Fraction(h1, k1)
        return last if abs(last - self) <= abs(semi - self) else semi

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec):
        # 3.11's Fraction has no format mini-language: object's rule applies
        if format_spec:
            raise TypeError("unsupported format string passed to "
                            f"{type(self).__name__}.__format__")
        return str(self)

    __add__, __radd__ = _binary_op(_add, operator.add)
    __sub__, __rsub__ = _binary_op(_sub, operator.sub)
    __mul__, __rmul__ = _binary_op(_mul, operator.mul)
    __truediv__, __rtruediv__ = _binary_op(_truediv, operator.truediv)
    __floordiv__, __rfloordiv__ = _binary_op(_floordiv, operator.floordiv)
    __mod__, __rmod__ = _binary_op(_mod, operator.mod)
    __divmod__, __rdivmod__ = _binary_op(_divmod, divmod)

    def __pow__(self, other):
        """self ** other: exact for an integral exponent, else a float."""
        if not _is_rational(other):
            return float(self) ** other
        if other.denominator != 1:
            return float(self) ** float(other)
        n, d, e = self._numerator, self._denominator, other.numerator
        if e >= 0:
            return _new(n ** e, d ** e)
        if n == 0:
            raise ZeroDivisionError('Fraction(1, 0)')
        # a negative power inverts; keep the denominator positive
        if n < 0:
            n, d = -n, -d
        return _new(d ** -e, n ** -e)

    def __rpow__(self, base):
        """base ** self"""
        if self._denominator == 1:
            if self._numerator >= 0 or not _is_rational(base):
                # an int base raised to a natural power stays an int
                return base ** self._numerator
        elif not _is_rational(base):
            return base ** float(self)
        return Fraction(base.numerator, base.denominator) ** self

    def __pos__(self):
        return _new(self._numerator, self._denominator)

    def __neg__(self):
        return _new(-self._numerator, self._denominator)

    def __abs__(self):
        return _new(abs(self._numerator), self._denominator)

    def __trunc__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __int__ = __trunc__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits), halves going to the even neighbour."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice > self._denominator or (twice == self._denominator
                                             and q % 2 == 1):
                q += 1
            return q
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        n, d = self._numerator, self._denominator
        if d % _HASH_PRIME == 0:
            h = _HASH_INF
        else:
            h = abs(n) * pow(d, -1, _HASH_PRIME) % _HASH_PRIME
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if _is_rational(other):
            return (self._numerator == other.numerator
                    and self._denominator == other.denominator)
        if isinstance(other, float):
            if math.isfinite(other):
                return self == Fraction.from_float(other)
            return False
        return NotImplemented

    def __lt__(self, other):
        return _compare(self, other, operator.lt)

    def __le__(self, other):
        return _compare(self, other, operator.le)

    def __gt__(self, other):
        return _compare(self, other, operator.gt)

    def __ge__(self, other):
        return _compare(self, other, operator.ge)

    def __bool__(self):
        return self._numerator != 0

    def __float__(self):
        return self._numerator / self._denominator

    # Fractions are immutable: copies share the object unless a subclass
    # may carry extra state
    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
