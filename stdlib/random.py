"""Pseudo-random numbers with CPython 3.11's random API and streams.

The Mersenne Twister is the C type _random.Random. The distributions below
draw from it in exactly the order and with exactly the float arithmetic of
CPython's, so that a seed gives the same values here as there."""

from math import acos as _acos, cos as _cos, sin as _sin, pi as _pi
from math import exp as _exp, log as _log, sqrt as _sqrt, e as _e
from math import ceil as _ceil, floor as _floor, isfinite as _isfinite
from math import tau as TWOPI
from warnings import warn as _warn
import _random
import _hashlib

__all__ = [
    "Random", "SystemRandom",
    "seed", "getstate", "setstate", "random", "getrandbits", "randbytes",
    "randrange", "randint", "choice", "choices", "shuffle", "sample",
    "uniform", "triangular", "normalvariate", "gauss", "lognormvariate",
    "expovariate", "vonmisesvariate", "gammavariate", "betavariate",
    "paretovariate", "weibullvariate",
]

# constants of the algorithms, public in CPython's module too
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)     # 4 / sqrt(2e)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                # bits of precision in a float
RECIP_BPF = 2 ** -BPF

_FLOAT_SPAN = 1 << BPF  # the number of distinct values random() returns
_FEW_BITS = ("Underlying random() generator does not supply \nenough bits "
             "to choose from a population range this large.\nTo remove the "
             "range limitation, add a getrandbits() method.")
_DEPRECATED_FLOAT = ("non-integer arguments to randrange() have been "
                     "deprecated since Python 3.10 and will be removed in "
                     "a subsequent version")
_SEED_TYPES_ERROR = ("The only supported seed types are: None,\nint, float, "
                     "str, bytes, and bytearray.")
_STEP_UNSET = 1         # randrange's default step, recognised by identity
_SEEDABLE = (type(None), int, float, str, bytes, bytearray)
_SEQUENCES = (list, tuple, str, range, bytes, bytearray)


def _index(x):
    """operator.index, without importing operator."""
    if type(x) is int:
        return x
    if hasattr(type(x), '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(x).__name__)


def _range_arg(value, what):
    """A randrange argument as an int; integral floats still pass, with
    3.11's deprecation warning."""
    try:
        return _index(value)
    except TypeError:
        as_int = int(value)
        if as_int != value:
            _warn('randrange() will raise TypeError in the future', DeprecationWarning, 3)
            raise ValueError("non-integer %s for randrange()" % what)
        _warn(_DEPRECATED_FLOAT, DeprecationWarning, 3)
        return as_int


def _cumulative(values):
    """The running sums of values, as a list (itertools.accumulate)."""
    sums = []
    for v in values:
        sums.append(v if not sums else sums[-1] + v)
    return sums


def _first_above(sums, x, hi):
    """The first index in sums[:hi] whose value exceeds x (bisect_right)."""
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if sums[mid] > x:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_sequence(population):
    if isinstance(population, _SEQUENCES):
        return True
    # the abc only for the uncommon case: importing it costs
    from collections.abc import Sequence
    return isinstance(population, Sequence)


def _string_seed_v1(text):
    """The integer seed Python 2 derived from a string (seed version 1)."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    h = ord(text[0]) << 7 if text else 0
    for ch in text:
        h = ((1000003 * h) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
    h ^= len(text)
    return -2 if h == -1 else h


def _string_seed_v2(data):
    """The integer seed for str/bytes: the bytes followed by their SHA-512."""
    data = data.encode() if isinstance(data, str) else bytes(data)
    return int.from_bytes(data + _hashlib.openssl_sha512(data).digest(), 'big')


class Random(_random.Random):
    """A Mersenne Twister generator with the distributions on top.

    A subclass may supply its own random() (and getrandbits()): the integer
    methods then build on whichever it defines."""

    VERSION = 3         # of the tuples getstate() returns

    def __init__(self, x=None):
        """A generator seeded from x, as by seed(x)."""
        self.seed(x)
        self.gauss_next = None

    # --- state ---

    def seed(self, a=None, version=2):
        """Reseed from a: None (the OS), an int, float, str, bytes or bytearray."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _string_seed_v1(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            a = _string_seed_v2(a)
        elif not isinstance(a, _SEEDABLE):
            raise TypeError(_SEED_TYPES_ERROR)
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The state, for setstate()."""
        return (self.VERSION, super().getstate(), self.gauss_next)

    def setstate(self, state):
        """Restore a state getstate() returned (format 2 or 3)."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError(f"state with version {version} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        _, words, self.gauss_next = state
        if version == 2:
            # format 2 may hold negative words (Python 2 on some platforms)
            try:
                words = tuple(w % (2 ** 32) for w in words)
            except ValueError as e:
                raise TypeError from e
        super().setstate(words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # --- integers ---

    def __init_subclass__(cls, **kwargs):
        """Choose the subclass's _randbelow from the nearest class in its
        MRO that defines one of _randbelow, getrandbits or random."""
        for klass in cls.__mro__:
            defined = klass.__dict__
            if '_randbelow' in defined:
                return
            if 'getrandbits' in defined:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in defined:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    def _randbelow_with_getrandbits(self, n):
        """A uniform int in [0, n), n > 0, by rejection from bit_length bits."""
        bits = n.bit_length()
        r = self.getrandbits(bits)
        while r >= n:
            r = self.getrandbits(bits)
        return r

    def _randbelow_without_getrandbits(self, n):
        """A uniform int in [0, n), n > 0, from random() alone."""
        if n >= _FLOAT_SPAN:
            _warn(_FEW_BITS)
            return _floor(self.random() * n)
        # reject the top sliver of [0, 1) that would favour small results
        limit = (_FLOAT_SPAN - _FLOAT_SPAN % n) / _FLOAT_SPAN
        r = self.random()
        while r >= limit:
            r = self.random()
        return _floor(r * _FLOAT_SPAN) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_STEP_UNSET):
        """A random element of range(start, stop, step), or of range(start)
        when stop is omitted; the range may be arbitrarily large."""
        first = _range_arg(start, 'arg 1')
        if stop is None:
            # checked by identity: step is not converted on this path
            if step is not _STEP_UNSET:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError("empty range for randrange()")
        last = _range_arg(stop, 'stop')
        width = last - first
        stride = _range_arg(step, 'step')
        if stride == 1:
            if width > 0:
                return first + self._randbelow(width)
            raise ValueError(f"empty range for randrange() ({first}, {last}, {width})")
        if stride == 0:
            raise ValueError("zero step for randrange()")
        count = -(-width // stride)         # ceil(width / stride)
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # --- sequences ---

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates)."""
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct picks from a sequence, as a new list; counts repeats
        each element that many times in the population."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  For dicts or "
                            "sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            return self._sample_counted(population, n, counts, k)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        # a partial shuffle of a copy costs memory for n; remembering the
        # picks costs it for k: choose by the same threshold as CPython,
        # since the two consume the stream differently
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))
        if n <= threshold:
            return self._sample_by_pool(population, n, k)
        return self._sample_by_set(population, n, k)

    def _sample_by_pool(self, population, n, k):
        pool = list(population)
        picked = []
        for i in range(k):
            j = self._randbelow(n - i)
            picked.append(pool[j])
            pool[j] = pool[n - i - 1]    # the unpicked tail fills the hole
        return picked

    def _sample_by_set(self, population, n, k):
        seen = set()
        picked = []
        for _ in range(k):
            j = self._randbelow(n)
            while j in seen:
                j = self._randbelow(n)
            seen.add(j)
            picked.append(population[j])
        return picked

    def _sample_counted(self, population, n, counts, k):
        bounds = _cumulative(counts)
        if len(bounds) != n:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        # sample positions in the expanded population, then map them back
        return [population[_first_above(bounds, pos, len(bounds))]
                for pos in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks from population with replacement, equally likely or by
        relative weights or cumulative weights."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                scale = n + 0.0
                return [population[_floor(self.random() * scale)] for _ in range(k)]
            try:
                cum_weights = _cumulative(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                # choices(pop, 3): the 3 was meant as k
                raise TypeError('The number of choices must be a keyword '
                                f'argument: k={weights!r}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        return [population[_first_above(cum_weights, self.random() * total, n - 1)]
                for _ in range(k)]

    # --- real-valued distributions ---

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (default:
        the midpoint)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            # the upper side, measured down from high
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution, mean mu and standard deviation sigma."""
        # Kinderman and Monahan's ratio of uniforms
        while True:
            a = self.random()
            b = 1.0 - self.random()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution, faster than normalvariate but keeping state
        between calls."""
        # Box-Muller makes two values at once: the second waits in gauss_next
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its log is normal(mu, sigma)."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of angles: mean mu, concentration kappa."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        # Best and Fisher's rejection method
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * self.random())
            w = z / (rho + z)
            u = self.random()
            if u < 1.0 - w * w or u <= (1.0 - w) * _exp(w):
                break
        inv = 1.0 / rho
        offset = _acos((inv + z) / (1.0 + inv * z))
        if self.random() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution, shape alpha > 0 and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_large_shape(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small_shape(alpha) * beta

    def _gamma_large_shape(self, alpha):
        """A unit-scale gamma variate for alpha > 1 (Cheng 1977)."""
        spread = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + spread
        while True:
            p = self.random()
            if not 1e-7 < p < 0.9999999:
                continue        # the logs below need p away from 0 and 1
            q = 1.0 - self.random()
            v = _log(p / (1.0 - p)) / spread
            x = alpha * _exp(v)
            t = p * p * q
            score = shift + slope * v - x
            # a cheap linear bound first, the exact test only if it fails
            if score + SG_MAGICCONST - 4.5 * t >= 0.0 or score >= _log(t):
                return x

    def _gamma_small_shape(self, alpha):
        """A unit-scale gamma variate for alpha < 1 (Ahrens-Dieter GS)."""
        top = (_e + alpha) / _e
        while True:
            p = top * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((top - p) / alpha)
            u = self.random()
            if u <= (x ** (alpha - 1.0) if p > 1.0 else _exp(-x)):
                return x

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1], alpha > 0 and beta > 0."""
        g = self.gammavariate(alpha, 1.0)
        if not g:
            return 0.0
        return g / (g + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution, scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


def _urandom(n):
    import os
    return os.urandom(n)


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom): not
    reproducible, so it has no seed or state."""

    def random(self):
        """A float in [0, 1) from 53 random bits."""
        bits = int.from_bytes(_urandom(7), 'big') >> 3
        return bits * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: there is no seed."""
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# The module functions are the methods of one shared generator (each
# interpreter runs this module, so each has its own).
_inst = Random()
seed, getstate, setstate = _inst.seed, _inst.getstate, _inst.setstate
random, getrandbits, randbytes = _inst.random, _inst.getrandbits, _inst.randbytes
randrange, randint = _inst.randrange, _inst.randint
choice, choices, shuffle, sample = _inst.choice, _inst.choices, _inst.shuffle, _inst.sample
uniform, triangular = _inst.uniform, _inst.triangular
normalvariate, gauss, lognormvariate = _inst.normalvariate, _inst.gauss, _inst.lognormvariate
expovariate, vonmisesvariate = _inst.expovariate, _inst.vonmisesvariate
gammavariate, betavariate = _inst.gammavariate, _inst.betavariate
paretovariate, weibullvariate = _inst.paretovariate, _inst.weibullvariate
