"""Descriptive statistics with CPython 3.11's statistics API and results.

Sums of data are exact (Fractions) and converted to the data's type only at
the end; standard deviations are correctly rounded square roots of exact
variances; so results match CPython's to the last bit. atoll has no Decimal:
data are ints, floats and Fractions (and their subclasses)."""

__all__ = [
    'NormalDist', 'StatisticsError',
    'mean', 'fmean', 'geometric_mean', 'harmonic_mean',
    'median', 'median_low', 'median_high', 'median_grouped',
    'mode', 'multimode', 'quantiles',
    'variance', 'pvariance', 'stdev', 'pstdev',
    'covariance', 'correlation', 'linear_regression',
]

import math
import numbers
import random
from bisect import bisect_left, bisect_right
from collections import namedtuple
from fractions import Fraction
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau

_SQRT2 = sqrt(2.0)


class StatisticsError(ValueError):
    pass


# --- exact arithmetic on the data ------------------------------------------

def _ratio(x):
    """x as (numerator, denominator); (x, None) for an infinity or a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' "
                        "to numerator/denominator")


def _common_type(t, s):
    """The type a result of data of types t and s takes (TypeError if none)."""
    if t is s or s is int or s is bool:
        return t
    if t is int or issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    # an int subclass gives way to the other type
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    # floats are inexact anyway: a Fraction mixed with them gives a float
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("don't know how to coerce %s and %s"
                    % (t.__name__, s.__name__))


def _result_type(types):
    result = int
    for t in types:
        result = _common_type(result, t)
    return result


class _Totals:
    """Exact running sums of values (and optionally of their squares).

    Numerators are added per denominator, so that data sharing a denominator
    (all floats with the same exponent, all ints) cost no Fraction arithmetic.
    An infinity or NaN makes the sums that float instead."""

    def __init__(self, squares=False):
        self.count = 0
        self.types = set()
        self.firsts = {}
        self.seconds = {} if squares else None
        self.special = None

    def add_all(self, values):
        # the hot loop of every average and spread: locals, not attributes
        firsts, seconds, types = self.firsts, self.seconds, self.types
        count, special = self.count, self.special
        last_type = None
        for x in values:
            count += 1
            if type(x) is not last_type:
                last_type = type(x)
                types.add(last_type)
            n, d = _ratio(x)
            if d is None:
                special = n if special is None else special + n
            else:
                firsts[d] = firsts.get(d, 0) + n
                if seconds is not None:
                    seconds[d] = seconds.get(d, 0) + n * n
        self.count, self.special = count, special
        return self

    def total(self):
        if self.special is not None:
            return self.special
        return sum((Fraction(n, d) for d, n in self.firsts.items()), Fraction(0))

    def total_of_squares(self):
        return sum((Fraction(n, d * d) for d, n in self.seconds.items()), Fraction(0))

    def result_type(self):
        return _result_type(self.types)


def _sum(data):
    """(result type, exact sum, count) of data."""
    t = _Totals().add_all(data)
    return t.result_type(), t.total(), t.count


def _squared_deviations(data, center=None):
    """(result type, sum of squared deviations, mean, count), exactly.

    With center given, the deviations are taken from it, in the data's own
    arithmetic, and then summed exactly."""
    if center is not None:
        kind, ss, count = _sum((x - center) * (x - center) for x in data)
        return kind, ss, center, count
    t = _Totals(squares=True).add_all(data)
    if t.count == 0:
        return t.result_type(), Fraction(0), Fraction(0), 0
    if t.special is not None:
        return t.result_type(), t.special, t.special, t.count
    sx = t.total()
    # sum((x - mean)**2) == sum(x**2) - sum(x)**2 / n, exact in Fractions
    ss = (t.count * t.total_of_squares() - sx * sx) / t.count
    return t.result_type(), ss, sx / t.count, t.count


def _as_type(value, kind):
    """value converted to kind; a non-integral result of int data is a float."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    return kind(value)


def _sqrt_ratio(n, m):
    """sqrt(n / m) as the correctly rounded float, for ints n >= 0, m > 0."""
    # Scale n/m by 4**k so that its integer square root has at least 55 bits,
    # and set that root's lowest bit when the root is inexact (rounding to
    # odd): the int / int division then rounds once, and correctly.
    k = max(0, (112 - n.bit_length() + m.bit_length()) // 2)
    scaled = n << (2 * k)
    root = math.isqrt(scaled // m)
    if root * root * m != scaled:
        root |= 1
    return root / (1 << k)


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# --- averages ---------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, exact up to the final conversion."""
    kind, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(total / n, kind)


class _Counted:
    """An iterable that counts the items it has yielded."""

    def __init__(self, iterable):
        self.iterable = iterable
        self.n = 0

    def __iter__(self):
        for x in self.iterable:
            self.n += 1
            yield x


def fmean(data, weights=None):
    """The arithmetic mean of data as floats, optionally weighted."""
    counted = None
    try:
        n = len(data)
    except TypeError:
        counted = data = _Counted(data)
    if weights is None:
        total = fsum(data)
        if counted is not None:
            n = counted.n
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        weight_count = len(weights)
    except TypeError:
        weights = list(weights)
        weight_count = len(weights)
    weighted = fsum(x * w for x, w in zip(data, weights))
    if counted is not None:
        n = counted.n
    if n != weight_count:
        raise StatisticsError('data and weights must be the same length')
    weight = fsum(weights)
    if not weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data, optionally weighted."""
    negative = 'harmonic mean does not support negative values'
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, numbers.Real):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * n
        weight = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight = _sum(_no_negatives(weights, negative))[1]
    try:
        kind, total, _ = _sum(w / x if w else 0
                              for w, x in zip(weights, _no_negatives(data, negative)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight / total, kind)


def _sorted_nonempty(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    ordered = _sorted_nonempty(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The middle value of data, or the smaller of the two middle values."""
    ordered = _sorted_nonempty(data)
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    """The middle value of data, or the larger of the two middle values."""
    ordered = _sorted_nonempty(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in bins of width interval centred on the
    values, interpolated within the median's bin."""
    ordered = _sorted_nonempty(data)
    n = len(ordered)
    middle = ordered[n // 2]
    below = bisect_left(ordered, middle)                    # items before the bin
    in_bin = bisect_right(ordered, middle, lo=below) - below
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_edge = middle - interval / 2.0
    return lower_edge + interval * (n / 2 - below) / in_bin


def _tally(data):
    """{value: occurrences}, in order of first occurrence."""
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first seen among equally common ones)."""
    counts = _tally(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    return max(counts, key=counts.get)


def multimode(data):
    """The most common values, in order of first occurrence."""
    counts = _tally(data)
    top = max(counts.values(), default=0)
    return [x for x, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n equally likely intervals."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        # positions i*(size-1)/n over the data, from the first to the last
        cuts = []
        for i in range(1, n):
            j, frac = divmod(i * (size - 1), n)
            cuts.append((ordered[j] * (n - frac) + ordered[j + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        # positions i*(size+1)/n counting from 1, clamped to the data
        cuts = []
        for i in range(1, n):
            j = min(max(i * (size + 1) // n, 1), size - 1)
            frac = i * (size + 1) - j * n
            cuts.append((ordered[j - 1] * (n - frac) + ordered[j] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# --- spread -------------------------------------------------------------------

def _spread(data, center, minimum, name, sample):
    """(result type, variance as an exact ratio) of data; sample selects the
    n - 1 divisor."""
    kind, ss, _, n = _squared_deviations(data, center)
    if n < minimum:
        points = 'two data points' if minimum == 2 else 'one data point'
        raise StatisticsError(f'{name} requires at least {points}')
    return kind, ss / (n - 1 if sample else n)


def variance(data, xbar=None):
    """The sample variance of data (xbar: its mean, if already known)."""
    kind, var = _spread(data, xbar, 2, 'variance', True)
    return _as_type(var, kind)


def pvariance(data, mu=None):
    """The population variance of data (mu: its mean, if already known)."""
    kind, var = _spread(data, mu, 1, 'pvariance', False)
    return _as_type(var, kind)


def stdev(data, xbar=None):
    """The sample standard deviation of data, correctly rounded."""
    var = _spread(data, xbar, 2, 'stdev', True)[1]
    return _sqrt_ratio(var.numerator, var.denominator)


def pstdev(data, mu=None):
    """The population standard deviation of data, correctly rounded."""
    var = _spread(data, mu, 1, 'pstdev', False)[1]
    return _sqrt_ratio(var.numerator, var.denominator)


# --- two variables ------------------------------------------------------------

def _paired(x, y, name):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{name} requires that both inputs have '
                              'same number of data points')
    if n < 2:
        raise StatisticsError(f'{name} requires at least two data points')
    return n


def _co_moment(x, y, n):
    """(xbar, ybar, sum of (x - xbar) * (y - ybar)), in floats with fsum."""
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    return xbar, ybar, fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))


def _square_dev(values, center):
    return fsum((v - center) * (v - center) for v in values)


def covariance(x, y, /):
    """The sample covariance of two equally long inputs."""
    n = _paired(x, y, 'covariance')
    return _co_moment(x, y, n)[2] / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    n = _paired(x, y, 'correlation')
    xbar, ybar, sxy = _co_moment(x, y, n)
    sxx = _square_dev(x, xbar)
    syy = _square_dev(y, ybar)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x; with proportional,
    the line is forced through the origin."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = fsum(a * b for a, b in zip(x, y))
        sxx = fsum(a * a for a in x)
    else:
        xbar, ybar, sxy = _co_moment(x, y, n)
        sxx = _square_dev(x, xbar)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope, 0.0)
    return LinearRegression(slope, ybar - slope * xbar)


# --- the normal distribution ------------------------------------------------

# Rational approximations of the normal quantile function: Wichura's
# algorithm AS241 (Applied Statistics 37(3), 1988), coefficients from the
# paper, highest degree first. Each pair is (numerator, denominator).
_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0))
_INNER_TAIL = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0))
_FAR_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0))


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _standard_normal_quantile(p):
    """The z with P(Z <= z) = p for a standard normal Z, 0 < p < 1."""
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _CENTRAL
        return _horner(top, r) * q / _horner(bottom, r)
    # the tails, by the distance sqrt(-log(tail probability))
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        top, bottom = _INNER_TAIL
        r = r - 1.6
    else:
        top, bottom = _FAR_TAIL
        r = r - 5.0
    z = _horner(top, r) / _horner(bottom, r)
    return -z if q < 0.0 else z


class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution with the mean and sample deviation of data."""
        _, ss, center, n = _squared_deviations(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        var = ss / (n - 1)
        if isinstance(var, Fraction):
            return cls(float(center), _sqrt_ratio(var.numerator, var.denominator))
        # an infinity or NaN in the data: as CPython, inf / inf
        return cls(float(center), float(center) / float(ss))

    def samples(self, n, *, seed=None):
        """n random draws, from the random module or a Random(seed)."""
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        dx = x - self._mu
        return exp(dx * dx / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        """P(X <= x)."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        scaled = (x - self._mu) / (self._sigma * _SQRT2)
        return 0.5 * (1.0 + erf(scaled))

    def inv_cdf(self, p):
        """The x with P(X <= x) = p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + (_standard_normal_quantile(p) * self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally
        likely intervals."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient: the area both densities share."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # order the pair so that the result does not depend on it
        narrow, wide = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        v1, v2 = narrow.variance, wide.variance
        if not v1 or not v2:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = v2 - v1
        dm = fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * narrow._sigma * _SQRT2))
        # the densities cross at two points; the shared area lies between
        a = narrow._mu * v2 - wide._mu * v1
        b = narrow._sigma * wide._sigma * sqrt(dm * dm + dv * log(v2 / v1))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(wide.cdf(x1) - narrow.cdf(x1))
                      + fabs(wide.cdf(x2) - narrow.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    # arithmetic: with a constant shifts or scales the variable; with another
    # NormalDist, that of the sum or difference of independent variables
    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * fabs(k))

    __rmul__ = __mul__

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
