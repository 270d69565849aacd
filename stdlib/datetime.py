"""Dates, times and durations: the public API of CPython 3.11's datetime module
(timedelta, date, time, datetime, tzinfo, timezone), with the reprs, error
messages and rounding that its C implementation shows.

The calendar is the proleptic Gregorian one, counted in ordinals: day 1 is
0001-01-01. Local time is read from the time module's localtime()."""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_TD_MAX_DAYS = 999999999


# --- calendar arithmetic ------------------------------------------------------

# days in the months of a common year, and the days of the year before each
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_length(y, m):
    return 29 if m == 2 and _leap(y) else _MONTH_DAYS[m - 1]


def _day_of_year(y, m, d):
    return _DAYS_BEFORE[m - 1] + (m > 2 and _leap(y)) + d


def _to_ordinal(y, m, d):
    past = y - 1    # whole years before this one
    return past * 365 + past // 4 - past // 100 + past // 400 + _day_of_year(y, m, d)


_MAX_ORDINAL = _to_ordinal(MAXYEAR, 12, 31)
_EPOCH_ORDINAL = _to_ordinal(1970, 1, 1)


def _from_ordinal(n):
    """(year, month, day) of ordinal n, by counting from 0000-03-01 so that
    the leap day ends each 4-, 100- and 400-year cycle."""
    n += 305                            # days since 0000-03-01
    cycle, day = divmod(n, 146097)      # 400-year cycles
    yy = (day - day // 1460 + day // 36524 - day // 146096) // 365
    day -= yy * 365 + yy // 4 - yy // 100
    mm = (5 * day + 2) // 153           # 0 is March, 11 is February
    dd = day - (153 * mm + 2) // 5 + 1
    y = cycle * 400 + yy
    if mm >= 10:
        return y + 1, mm - 9, dd
    return y, mm + 3, dd


def _weekday_of(ordinal):
    """0 for Monday .. 6 for Sunday."""
    return (ordinal + 6) % 7


def _iso_week_one(y):
    """Ordinal of the Monday that starts ISO week 1 (the week of January 4th)."""
    jan4 = _to_ordinal(y, 1, 4)
    return jan4 - _weekday_of(jan4)


def _iso_ordinal(year, week, day):
    weeks_in_year = (_iso_week_one(year + 1) - _iso_week_one(year)) // 7
    if not 1 <= week <= weeks_in_year:
        raise ValueError(f"Invalid week: {week}")
    if not 1 <= day <= 7:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return _iso_week_one(year) + (week - 1) * 7 + day - 1


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    return _from_ordinal(_iso_ordinal(year, week, day))


def _struct_time(y, m, d, hh, mi, ss, isdst):
    wday = _weekday_of(_to_ordinal(y, m, d))
    return _time.struct_time((y, m, d, hh, mi, ss, wday, _day_of_year(y, m, d), isdst))


def _sign3(a, b):
    return (a > b) - (a < b)


def _round_div(n, d):
    """n / d rounded to the nearest int, ties to even (d may be negative)."""
    q, r = divmod(n, d)
    twice = 2 * r
    if d < 0:
        twice, d = -twice, -d
    if twice > d or (twice == d and q % 2):
        q += 1
    return q


# --- argument checks ------------------------------------------------------------

def _ints(*values):
    """The values as ints, through __index__, as C's "i" argument format does."""
    if all(type(v) is int for v in values):
        return values
    return tuple(_index(v) for v in values)


def _require(value, name, pos):
    if value is None:
        raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


def _valid_date(y, m, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    if not 1 <= m <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= d <= _month_length(y, m):
        raise ValueError('day is out of range for month')


_TIME_LIMITS = (('hour', 23), ('minute', 59), ('second', 59), ('microsecond', 999999))


def _valid_time(values, fold):
    for (name, top), v in zip(_TIME_LIMITS, values):
        if not 0 <= v <= top:
            raise ValueError('%s must be in 0..%d' % (name, top))
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')


def _valid_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _checked_offset(method, value):
    """A utcoffset() or dst() result, once checked to be a timedelta under a day."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (method, type(value).__name__))
    if not -_DAY < value < _DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return value


def _checked_name(value):
    if value is not None and not isinstance(value, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(value).__name__)
    return value


def _shown_name(obj):
    # the C types print as 'datetime.date'; subclasses by their own name
    cls = type(obj)
    if cls in (date, datetime, time, timedelta, timezone):
        return 'datetime.' + cls.__name__
    return cls.__name__


# --- text forms ------------------------------------------------------------------

# timespec -> how many of hours, minutes, seconds show, and fraction digits
_TIMESPECS = {'hours': (1, 0), 'minutes': (2, 0), 'seconds': (3, 0),
              'milliseconds': (3, 3), 'microseconds': (3, 6)}


def _clock_text(hh, mi, ss, us, timespec, argpos):
    if not isinstance(timespec, str):
        raise TypeError("isoformat() argument %d must be str, not %s"
                        % (argpos, type(timespec).__name__))
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    shape = _TIMESPECS.get(timespec)
    if shape is None:
        raise ValueError('Unknown timespec value')
    fields, digits = shape
    text = ':'.join('%02d' % v for v in (hh, mi, ss)[:fields])
    if digits:
        text += '.%0*d' % (digits, us // 10 ** (6 - digits))
    return text


def _offset_text(off, sep):
    """'+HH<sep>MM', with seconds and microseconds only when not zero."""
    sign = '+'
    if off.days < 0:
        sign, off = '-', -off
    minutes, secs = divmod(off.days * 86400 + off.seconds, 60)
    text = sign + '%02d%s%02d' % (minutes // 60, sep, minutes % 60)
    if secs or off.microseconds:
        text += '%s%02d' % (sep, secs)
        if off.microseconds:
            text += '.%06d' % off.microseconds
    return text


def _iso_offset(obj):
    off = obj.utcoffset()
    return '' if off is None else _offset_text(off, ':')


def _directive_f(obj):
    return '%06d' % getattr(obj, 'microsecond', 0)


def _directive_z(obj):
    off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
    return '' if off is None else _offset_text(off, '')


def _directive_Z(obj):
    name = obj.tzname() if hasattr(obj, 'tzname') else None
    return '' if name is None else name.replace('%', '%%')


_OWN_DIRECTIVES = {'f': _directive_f, 'z': _directive_z, 'Z': _directive_Z}


def _strftime(obj, fmt, timetuple):
    """time.strftime, after %f, %z and %Z are filled in from obj itself."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    pieces = []
    filled = {}
    pos = 0
    while True:
        pct = fmt.find('%', pos)
        if pct < 0 or pct + 1 == len(fmt):
            pieces.append(fmt[pos:])
            break
        code = fmt[pct + 1]
        pieces.append(fmt[pos:pct])
        if code in _OWN_DIRECTIVES:
            if code not in filled:
                filled[code] = _OWN_DIRECTIVES[code](obj)
            pieces.append(filled[code])
        else:
            pieces.append(fmt[pct:pct + 2])
        pos = pct + 2
    return _time.strftime(''.join(pieces), timetuple)


def _format(self, fmt):
    if not isinstance(fmt, str):
        raise TypeError("must be str, not %s" % type(fmt).__name__)
    return self.strftime(fmt) if fmt else str(self)


# --- ISO 8601 parsing --------------------------------------------------------------
# Any ValueError raised here becomes "Invalid isoformat string"; the range
# checks of the constructors run afterwards and keep their own messages.

def _num(s, start, width):
    """The number in s[start:start + width], which must be all ASCII digits."""
    chunk = s[start:start + width]
    if len(chunk) != width or chunk.strip('0123456789'):
        raise ValueError(s)
    return int(chunk)


def _parse_iso_date(s):
    """[year, month, day] of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]
    at the start of s (what follows is not looked at)."""
    year = _num(s, 0, 4)
    dashed = s[4:5] == '-'
    pos = 4 + dashed

    def separator_ok(at):
        # the hyphens are all there or all absent
        return (s[at:at + 1] == '-') == dashed

    if s[pos:pos + 1] != 'W':
        month = _num(s, pos, 2)
        if not separator_ok(pos + 2):
            raise ValueError(s)
        return [year, month, _num(s, pos + 2 + dashed, 2)]
    week = _num(s, pos + 1, 2)
    pos += 3
    weekday = 1
    if pos < len(s):
        if not separator_ok(pos):
            raise ValueError(s)
        weekday = _num(s, pos + dashed, 1)
    ordinal = _iso_ordinal(year, week, weekday)
    if year < MINYEAR:
        # C leaves the month at 0 for the year 0: the constructor says so
        return [MINYEAR, 0, 1]
    return list(_from_ordinal(ordinal))


def _iso_date_length(s):
    """How many leading characters of an ISO datetime string are its date."""
    if s[4] == '-':
        if s[5] != 'W':
            return 10
        # YYYY-Www-D, unless "-D" is followed by digits: then the hyphen
        # is the separator and those digits are the time
        if len(s) > 8 and s[8] == '-':
            if len(s) == 9:
                raise ValueError(s)
            if len(s) > 10 and s[10] in '0123456789':
                return 8
            return 10
        return 8
    if s[4] == 'W':
        # YYYYWww[D]: the separator may be a digit, and the time's digits
        # come in pairs, so an even run of digits after the week has a weekday
        run = len(s[7:]) - len(s[7:].lstrip('0123456789'))
        if run < 2:
            return 7 + run
        return 7 if run % 2 else 8
    return 8


def _parse_clock(s, lenient=False):
    """[hour, minute, second, microsecond] of an ISO time of day: two-digit
    fields joined all by colons or all by nothing, and a fraction after '.'
    or ',' (after the seconds, the mark may be left out). Before an offset
    (lenient), C ignores one stray character after a field, and anything
    after six or more digits of fraction: so does this."""
    fields = [0, 0, 0, 0]
    colon = s[2:3] == ':'
    pos = 0
    for i in range(3):
        fields[i] = _num(s, pos, 2)
        pos += 2
        if pos == len(s):
            return fields
        if pos + 1 == len(s):
            if lenient:
                return fields
            raise ValueError(s)
        mark = s[pos]
        if mark in '.,':
            pos += 1
            break
        if colon:
            if mark != ':':
                raise ValueError(s)
            pos += 1
    digits = s[pos:]
    run = len(digits) - len(digits.lstrip('0123456789'))
    if run < len(digits) and (run < 6 or not lenient):
        raise ValueError(s)
    fields[3] = int(digits[:6].ljust(6, '0'))
    return fields


def _parse_iso_time(s):
    """[hour, minute, second, microsecond, offset] of an ISO time with an
    optional Z or +HH[:MM[:SS[.ffffff]]]; offset is a timedelta or None."""
    cut = len(s)
    for i, c in enumerate(s):
        if c in '+-Z':
            cut = i
            break
    fields = _parse_clock(s[:cut], cut < len(s))
    off = None
    if cut < len(s):
        if s[cut] == 'Z':
            if cut + 1 != len(s):
                raise ValueError(s)
            off = timedelta(0)
        else:
            h, m, sec, us = _parse_clock(s[cut + 1:])
            off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
            if s[cut] == '-':
                off = -off
            if not (h or m or sec):
                off = timedelta(0)      # C ignores the fraction of a zero offset
    fields.append(off)
    return fields


def _zone(off):
    return None if off is None else timezone(off)


def _bad_iso(s):
    return ValueError(f'Invalid isoformat string: {s!r}')


def _need_str(value):
    if not isinstance(value, str):
        raise TypeError('fromisoformat: argument must be str')


# --- timedelta --------------------------------------------------------------------------

# the keyword arguments of timedelta, in the order C sums them, as microseconds
_TD_UNITS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 10 ** 6),
             ('minutes', 6 * 10 ** 7), ('hours', 36 * 10 ** 8),
             ('days', 864 * 10 ** 8), ('weeks', 6048 * 10 ** 8))


def _sum_microseconds(values):
    """Exact total microseconds of timedelta's arguments. The fractions of
    float arguments are gathered in a float and rounded once, half to even
    on the total, as C does, so that floats give the same results."""
    total = 0
    spare = 0.0
    for (unit, scale), v in zip(_TD_UNITS, values):
        if isinstance(v, int):
            total += v * scale
        elif isinstance(v, float):
            frac, whole = _math.modf(v)
            total += int(whole) * scale
            if frac:
                frac, whole = _math.modf(frac * scale)
                total += int(whole)
                spare += frac
        else:
            raise TypeError("unsupported type for timedelta %s component: %s"
                            % (unit, type(v).__name__))
    if spare:
        low = _math.floor(spare)
        above = spare - low
        if above > 0.5 or (above == 0.5 and (total + low) % 2):
            low += 1
        total += low
    return total


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999).

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)"""

    __slots__ = ('_d', '_s', '_us')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0, *extra, **unknown):
        for k in unknown:
            raise TypeError("'%s' is an invalid keyword argument for __new__()" % k)
        if extra:
            raise TypeError("__new__() takes at most 7 arguments (%d given)" % (7 + len(extra)))
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and not (milliseconds or minutes or hours or weeks)):
            total = (days * 86400 + seconds) * _US_PER_SECOND + microseconds
        else:
            total = _sum_microseconds((microseconds, milliseconds, seconds, minutes,
                                       hours, days, weeks))
        return _td(total, cls)

    def _total(self):
        return (self._d * 86400 + self._s) * _US_PER_SECOND + self._us

    @property
    def days(self):
        """Number of days."""
        return self._d

    @property
    def seconds(self):
        """Seconds past the days (0..86399)."""
        return self._s

    @property
    def microseconds(self):
        """Microseconds past the seconds (0..999999)."""
        return self._us

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._total() / _US_PER_SECOND

    def __repr__(self):
        parts = ['%s=%d' % kv for kv in (('days', self._d), ('seconds', self._s),
                                         ('microseconds', self._us)) if kv[1]]
        return '%s(%s)' % (_shown_name(self), ', '.join(parts) or '0')

    def __str__(self):
        minutes, ss = divmod(self._s, 60)
        text = '%d:%02d:%02d' % (minutes // 60, minutes % 60, ss)
        if self._d:
            text = '%d day%s, %s' % (self._d, '' if abs(self._d) == 1 else 's', text)
        if self._us:
            text += '.%06d' % self._us
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._total() - self._total())
        return NotImplemented

    def __neg__(self):
        return _td(-self._total())

    def __pos__(self):
        return _td(self._total())

    def __abs__(self):
        return -self if self._d < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._total() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td(_round_div(self._total() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return _td(self._total() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            num, den = other, 1
        elif isinstance(other, float):
            num, den = other.as_integer_ratio()
        else:
            return NotImplemented
        if num == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        return _td(_round_div(self._total() * den, num))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._total() % other._total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total(), other._total())
            return q, _td(r)
        return NotImplemented

    def _order(self, other, equality):
        if isinstance(other, timedelta):
            return _sign3(self._total(), other._total())
        return NotImplemented

    def __hash__(self):
        return hash((self._d, self._s, self._us))

    def __bool__(self):
        return bool(self._d or self._s or self._us)

    def __reduce__(self):
        return (type(self), (self._d, self._s, self._us))


def _td(total, cls=timedelta):
    """A timedelta of total microseconds."""
    secs, us = divmod(total, _US_PER_SECOND)
    d, s = divmod(secs, 86400)
    if not -_TD_MAX_DAYS <= d <= _TD_MAX_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (d, _TD_MAX_DAYS))
    self = object.__new__(cls)
    self._d, self._s, self._us = d, s, us
    return self


def _comparisons(cls):
    """Gives cls the rich comparisons, from its _order(other, equality)
    method: a negative, zero or positive int, or NotImplemented."""
    def eq(a, b):
        c = a._order(b, True)
        return c if c is NotImplemented else c == 0

    def make(test):
        def compare(a, b):
            c = a._order(b, False)
            return c if c is NotImplemented else test(c)
        return compare

    cls.__eq__ = eq
    cls.__lt__ = make(lambda c: c < 0)
    cls.__le__ = make(lambda c: c <= 0)
    cls.__gt__ = make(lambda c: c > 0)
    cls.__ge__ = make(lambda c: c >= 0)
    return cls


_comparisons(timedelta)
_DAY = timedelta(1)
timedelta.min = timedelta(-_TD_MAX_DAYS)
timedelta.max = _td(_TD_MAX_DAYS * _US_PER_DAY + _US_PER_DAY - 1)
timedelta.resolution = timedelta(microseconds=1)


# --- date -------------------------------------------------------------------------------------

def _new_date(cls, y, m, d):
    # a subclass's constructor may want other arguments, so it is only
    # called for subclasses, as C does
    if cls is not date:
        return cls(y, m, d)
    self = object.__new__(date)
    self._y, self._m, self._d = y, m, d
    return self


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_y', '_m', '_d')

    def __new__(cls, year=None, month=None, day=None):
        _require(year, 'year', 1)
        _require(month, 'month', 2)
        _require(day, 'day', 3)
        year, month, day = _ints(year, month, day)
        _valid_date(year, month, day)
        self = object.__new__(cls)
        self._y, self._m, self._d = year, month, day
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp."""
        return cls(*_time.localtime(t)[:3])

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date of a proleptic Gregorian ordinal (1 is 0001-01-01)."""
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _from_ordinal(n)
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % y)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of an ISO 8601 string such as 'YYYY-MM-DD'."""
        _need_str(date_string)
        if len(date_string) not in (7, 8, 10):
            raise _bad_iso(date_string)
        try:
            fields = _parse_iso_date(date_string)
        except ValueError:
            raise _bad_iso(date_string) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO year, week number and weekday (inverse of isocalendar())."""
        return cls(*_iso_to_ymd(*_ints(year, week, day)))

    @property
    def year(self):
        """year (1-9999)"""
        return self._y

    @property
    def month(self):
        """month (1-12)"""
        return self._m

    @property
    def day(self):
        """day (1-31)"""
        return self._d

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_shown_name(self), self._y, self._m, self._d)

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return "%04d-%02d-%02d" % (self._y, self._m, self._d)

    __str__ = isoformat

    def ctime(self):
        """The date in the style of time.ctime()."""
        return self._ctime(0, 0, 0)

    def _ctime(self, hh, mi, ss):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _SHORT_DAYS[self.weekday()], _SHORT_MONTHS[self._m - 1], self._d,
            hh, mi, ss, self._y)

    def strftime(self, fmt):
        """Format using strftime()."""
        return _strftime(self, fmt, self.timetuple())

    __format__ = _format

    def timetuple(self):
        """A time.struct_time like time.localtime()'s, at midnight."""
        return _struct_time(self._y, self._m, self._d, 0, 0, 0, -1)

    def toordinal(self):
        """Proleptic Gregorian ordinal: 0001-01-01 is 1."""
        return _to_ordinal(self._y, self._m, self._d)

    def weekday(self):
        """Monday is 0 .. Sunday is 6."""
        return _weekday_of(self.toordinal())

    def isoweekday(self):
        """Monday is 1 .. Sunday is 7."""
        return self.weekday() + 1

    def isocalendar(self):
        """(ISO year, week number, weekday) as a named tuple."""
        n = self.toordinal()
        # the ISO year of a week is the year its Thursday falls in
        thursday = n - _weekday_of(n) + 3
        year = _from_ordinal(thursday)[0]
        week = (thursday - _to_ordinal(year, 1, 1)) // 7 + 1
        return _IsoCalendarDate(year, week, _weekday_of(n) + 1)

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields changed."""
        return type(self)(self._y if year is None else year,
                          self._m if month is None else month,
                          self._d if day is None else day)

    def _order(self, other, equality):
        if isinstance(other, date) and not isinstance(other, datetime):
            return _sign3((self._y, self._m, self._d), (other._y, other._m, other._d))
        return NotImplemented

    def __hash__(self):
        return hash((self._y, self._m, self._d))

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        n = self.toordinal() + other.days
        if not 1 <= n <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        return _new_date(type(self), *_from_ordinal(n))

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._y, self._m, self._d))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_comparisons(date)
date.min = date(1, 1, 1)
date.max = date(MAXYEAR, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    """The (year, week, weekday) of date.isocalendar(), with named fields."""

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % self


# not a public name of the module, but the name its instances show
_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


# --- tzinfo ----------------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """The name of the time zone at dt."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """The offset from UTC at dt, as a timedelta, positive east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """The daylight saving adjustment at dt, as a timedelta."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """The local time of dt, a datetime in UTC whose tzinfo is self."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        shift = dt.dst()
        if shift is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = off - shift
        if standard:
            # the standard offset moves dt first; dst() is then asked again
            # at the standard local time
            dt += standard
            shift = dt.dst()
            if shift is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + shift

    def __reduce__(self):
        initargs = getattr(self, '__getinitargs__', None)
        args = initargs() if initargs else ()
        return (type(self), args, getattr(self, '__dict__', None) or None)


# --- time ---------------------------------------------------------------------------------

def _offset_us(off):
    return 0 if off is None else off._total()


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ('_hh', '_mi', '_ss', '_us', '_tz', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        clock = _ints(hour, minute, second, microsecond)
        _valid_time(clock, fold)
        _valid_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hh, self._mi, self._ss, self._us = clock
        self._tz = tzinfo
        self._fold = fold
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of an ISO 8601 string such as 'HH:MM:SS.ffffff+HH:MM'."""
        _need_str(time_string)
        # a leading "T" is allowed
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            *clock, off = _parse_iso_time(text)
        except ValueError:
            raise _bad_iso(time_string) from None
        return cls(*clock, _zone(off))

    @property
    def hour(self):
        """hour (0-23)"""
        return self._hh

    @property
    def minute(self):
        """minute (0-59)"""
        return self._mi

    @property
    def second(self):
        """second (0-59)"""
        return self._ss

    @property
    def microsecond(self):
        """microsecond (0-999999)"""
        return self._us

    @property
    def tzinfo(self):
        """timezone info object"""
        return self._tz

    @property
    def fold(self):
        return self._fold

    def _clock(self):
        return (self._hh, self._mi, self._ss, self._us)

    def _utc_us(self, off):
        """Microseconds since midnight, less the UTC offset."""
        hh, mi, ss, us = self._clock()
        return ((hh * 60 + mi) * 60 + ss) * _US_PER_SECOND + us - _offset_us(off)

    def _order(self, other, equality):
        if not isinstance(other, time):
            return NotImplemented
        if self._tz is other._tz:
            return _sign3(self._clock(), other._clock())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return _sign3(self._clock(), other._clock())
        if mine is None or theirs is None:
            if equality:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _sign3(self._utc_us(mine), other._utc_us(theirs))

    def __hash__(self):
        # equal aware times are the same instant of a UTC day
        return hash(self._utc_us(self.utcoffset()))

    def __repr__(self):
        args = [self._hh, self._mi]
        if self._ss or self._us:
            args.append(self._ss)
        if self._us:
            args.append(self._us)
        return _with_extras(self, args)

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS.ffffff+HH:MM', the fraction only if not zero by default."""
        return _clock_text(*self._clock(), timespec, 1) + _iso_offset(self)

    __str__ = isoformat

    def strftime(self, fmt):
        """Format using strftime(), on the date 1900-01-01."""
        return _strftime(self, fmt, (1900, 1, 1, self._hh, self._mi, self._ss, 0, 1, -1))

    __format__ = _format

    def utcoffset(self):
        """The tzinfo's offset from UTC, or None."""
        if self._tz is None:
            return None
        return _checked_offset("utcoffset", self._tz.utcoffset(None))

    def tzname(self):
        """The tzinfo's name, or None."""
        if self._tz is None:
            return None
        return _checked_name(self._tz.tzname(None))

    def dst(self):
        """The tzinfo's daylight saving adjustment, or None."""
        if self._tz is None:
            return None
        return _checked_offset("dst", self._tz.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        args = [old if new is None else new
                for old, new in zip(self._clock(), (hour, minute, second, microsecond))]
        args.append(self._tz if tzinfo is True else tzinfo)
        return type(self)(*args, fold=self._fold if fold is None else fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (_rebuild, (type(self), self._clock() + (self._tz,), self._fold))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _rebuild(cls, args, fold):
    """Unpickles a time or datetime."""
    return cls(*args, fold=fold)


def _with_extras(obj, args):
    """The repr 'name(args, tzinfo=..., fold=1)' of a time or datetime."""
    text = '%s(%s' % (_shown_name(obj), ', '.join(map(str, args)))
    if obj._tz is not None:
        text += ', tzinfo=%r' % (obj._tz,)
    if obj._fold:
        text += ', fold=1'
    return text + ')'


_comparisons(time)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime -------------------------------------------------------------------------------

def _wall_seconds(y, m, d, hh, mi, ss):
    """Seconds from 1970-01-01 00:00 to a wall-clock time, ignoring zones."""
    return ((_to_ordinal(y, m, d) - _EPOCH_ORDINAL) * 24 + hh) * 3600 + mi * 60 + ss


def _local_wall(u):
    """The local wall-clock time of timestamp u, as _wall_seconds()."""
    return _wall_seconds(*_time.localtime(u)[:6])


def _zone_at(u):
    """The local time zone in force at timestamp u, as a fixed timezone."""
    tm = _time.localtime(u)
    return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounded half to even."""
    frac, whole = _math.modf(t)
    carry, us = divmod(round(frac * 1e6), _US_PER_SECOND)
    return int(whole) + carry, us


def _new_datetime(cls, y, m, d, hh, mi, ss, us, tz, fold=0):
    if cls is not datetime:
        return cls(y, m, d, hh, mi, ss, us, tz, fold=fold)
    self = object.__new__(datetime)
    self._y, self._m, self._d = y, m, d
    self._hh, self._mi, self._ss, self._us = hh, mi, ss, us
    self._tz = tz
    self._fold = fold
    return self


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""

    __slots__ = time.__slots__

    def __new__(cls, year=None, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        _require(year, 'year', 1)
        _require(month, 'month', 2)
        _require(day, 'day', 3)
        fields = _ints(year, month, day, hour, minute, second, microsecond)
        _valid_date(*fields[:3])
        _valid_time(fields[3:], fold)
        _valid_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._y, self._m, self._d, self._hh, self._mi, self._ss, self._us = fields
        self._tz = tzinfo
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold
    _clock = time._clock

    def utcoffset(self):
        """The tzinfo's offset from UTC at this time, or None."""
        if self._tz is None:
            return None
        return _checked_offset("utcoffset", self._tz.utcoffset(self))

    def tzname(self):
        """The tzinfo's name at this time, or None."""
        if self._tz is None:
            return None
        return _checked_name(self._tz.tzname(self))

    def dst(self):
        """The tzinfo's daylight saving adjustment at this time, or None."""
        if self._tz is None:
            return None
        return _checked_offset("dst", self._tz.dst(self))

    # --- construction

    @classmethod
    def _from_seconds(cls, whole, us, tz, utc):
        if utc:
            days, secs = divmod(whole, 86400)
            y, m, d = _from_ordinal(_EPOCH_ORDINAL + days)
            hh, mi, ss = secs // 3600, secs // 60 % 60, secs % 60
        else:
            y, m, d, hh, mi, ss = _time.localtime(whole)[:6]
            ss = min(ss, 59)    # a leap second, on platforms that count them
        result = cls(y, m, d, hh, mi, ss, us, tz)
        if tz is not None:
            return tz.fromutc(result)
        if not utc and cls._repeated_wall(whole):
            result._fold = 1
        return result

    @staticmethod
    def _repeated_wall(u):
        """Whether the local wall time at u was shown before, the clocks
        having been set back (by at most a day) since."""
        here = _local_wall(u)
        setback = (_local_wall(u - 86400) - (u - 86400)) - (here - u)
        return setback > 0 and _local_wall(u - setback) == here

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local date and time of a POSIX timestamp, or its time in tz."""
        _valid_tzinfo(tz)
        return cls._from_seconds(*_split_timestamp(t), tz, tz is not None)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC date and time of a POSIX timestamp."""
        return cls._from_seconds(*_split_timestamp(t), None, True)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time, or the current time in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (and the time's tzinfo by default)."""
        if not isinstance(date, _date_type):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_type):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        tz = time.tzinfo if tzinfo is True else tzinfo
        return cls(date.year, date.month, date.day, *time._clock(), tz, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string: a date, any one separator
        character and a time."""
        _need_str(date_string)
        if len(date_string) < 7:
            raise _bad_iso(date_string)
        clock, off = [], None
        try:
            cut = _iso_date_length(date_string)
            ymd = _parse_iso_date(date_string[:cut])
            if cut < len(date_string):
                *clock, off = _parse_iso_time(date_string[cut + 1:])
        except ValueError:
            raise _bad_iso(date_string) from None
        # the offset's range is checked before the fields', as in C
        tz = _zone(off)
        return cls(*ymd, *clock, tzinfo=tz)

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime parsed from a string by a format, like time.strptime()."""
        for pos, arg in enumerate((date_string, format), 1):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (pos, type(arg).__name__))
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # --- conversions

    def date(self):
        """The date part."""
        return date(self._y, self._m, self._d)

    def time(self):
        """The time part, without tzinfo."""
        return time(*self._clock(), fold=self._fold)

    def timetz(self):
        """The time part, with the same tzinfo."""
        return time(*self._clock(), self._tz, fold=self._fold)

    def timetuple(self):
        """A time.struct_time like time.localtime()'s."""
        shift = self.dst()
        isdst = -1 if shift is None else int(bool(shift))
        return _struct_time(self._y, self._m, self._d, *self._clock()[:3], isdst)

    def utctimetuple(self):
        """A time.struct_time of this time in UTC, like time.gmtime()'s."""
        off = self.utcoffset()
        moment = self - off if off else self
        return _struct_time(moment._y, moment._m, moment._d, *moment._clock()[:3], 0)

    def _local_timestamp(self):
        """The POSIX timestamp (whole seconds) of this naive local time.
        A time shown twice or never is resolved by fold: 0 takes the offset
        in force before the change of clocks, 1 the one after."""
        wall = _wall_seconds(self._y, self._m, self._d, *self._clock()[:3])
        guesses = [wall - (_local_wall(p) - p) for p in (wall - 86400, wall + 86400)]
        right = [u for u in guesses if _local_wall(u) == wall]
        if len(right) == 1:
            return right[0]
        return guesses[self._fold]

    def timestamp(self):
        """The POSIX timestamp, as a float; a naive datetime is local time."""
        if self._tz is None:
            return self._local_timestamp() + self._us / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        """The same moment in the time zone tz (by default, the local one)."""
        if tz is not None:
            _valid_tzinfo(tz)
        off = None if self._tz is None else self.utcoffset()
        if off is None:
            # a naive time is local time
            mine = _zone_at(self.replace(tzinfo=None)._local_timestamp())
            off = mine.utcoffset(None)
        elif tz is self._tz:
            return self
        utc = self - off
        if tz is None:
            # the local zone of the UTC moment (which, for a naive time in a
            # gap, is not the moment timestamp() gives, as in C)
            tz = _zone_at(_wall_seconds(utc._y, utc._m, utc._d, *utc._clock()[:3]))
        return tz.fromutc(utc.replace(tzinfo=tz))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        old = (self._y, self._m, self._d) + self._clock()
        new = (year, month, day, hour, minute, second, microsecond)
        args = [o if n is None else n for o, n in zip(old, new)]
        args.append(self._tz if tzinfo is True else tzinfo)
        return type(self)(*args, fold=self._fold if fold is None else fold)

    # --- text

    def ctime(self):
        """The date and time in the style of time.ctime()."""
        return self._ctime(self._hh, self._mi, self._ss)

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM', the fraction only if not zero
        by default."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        return (date.isoformat(self) + sep + _clock_text(*self._clock(), timespec, 2)
                + _iso_offset(self))

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        args = [self._y, self._m, self._d, self._hh, self._mi, self._ss, self._us]
        while len(args) > 5 and not args[-1]:
            args.pop()
        return _with_extras(self, args)

    # --- comparison and arithmetic

    def _fields(self):
        return (self._y, self._m, self._d) + self._clock()

    def _fold_matters(self):
        """Whether the UTC offset depends on fold (a repeated or skipped time):
        such a datetime equals no datetime of another time zone."""
        return self.utcoffset() != self.replace(fold=1 - self._fold).utcoffset()

    def _order(self, other, equality):
        if not isinstance(other, datetime):
            if not isinstance(other, date):
                return NotImplemented
            if equality:
                return 1
            raise TypeError("can't compare %s to %s" % (_shown_name(self), _shown_name(other)))
        if self._tz is other._tz:
            return _sign3(self._fields(), other._fields())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if equality and (self._fold_matters() or other._fold_matters()):
            return 1
        if mine == theirs:
            return _sign3(self._fields(), other._fields())
        if mine is None or theirs is None:
            if equality:
                return 1
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _sign3((self - other)._total(), 0)

    def _micros(self):
        """Microseconds since 0001-01-01 00:00 on this wall clock."""
        seconds = (self.toordinal() * 24 + self._hh) * 3600 + self._mi * 60 + self._ss
        return seconds * _US_PER_SECOND + self._us

    def __hash__(self):
        plain = self.replace(fold=0) if self._fold else self
        off = plain.utcoffset()
        if off is None:
            return hash(self._fields())
        return hash(self._micros() - off._total())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        days, us = divmod(self._micros() + other._total(), _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(us, _US_PER_SECOND)
        return _new_datetime(type(self), *_from_ordinal(days), secs // 3600,
                             secs // 60 % 60, secs % 60, us, self._tz)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        naive = _td(self._micros() - other._micros())
        if self._tz is other._tz:
            return naive
        mine, theirs = self.utcoffset(), other.utcoffset()
        if mine == theirs:
            return naive
        if mine is None or theirs is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return naive + theirs - mine

    def __reduce__(self):
        return (_rebuild, (type(self), self._fields() + (self._tz,), self._fold))


_date_type = date
_time_type = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# --- timezone --------------------------------------------------------------------------------

_NO_NAME = object()     # timezone's name argument, when not given


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset=None, name=_NO_NAME):
        if offset is None:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is _NO_NAME:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_DAY < offset < _DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r."
                             % (offset,))
        return _fixed_zone(offset, name)

    def __getinitargs__(self):
        """The constructor's arguments, for pickle."""
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return (timezone, self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        return 'datetime.timezone(%s)' % ', '.join(map(repr, self.__getinitargs__()))

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg('utcoffset', dt)
        return self._offset

    def tzname(self, dt):
        self._check_arg('tzname', dt)
        if self._name is not None:
            return self._name
        return 'UTC' + _offset_text(self._offset, ':') if self._offset else 'UTC'

    def dst(self, dt):
        self._check_arg('dst', dt)
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


def _fixed_zone(offset, name):
    self = tzinfo.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


UTC = timezone.utc = _fixed_zone(timedelta(0), None)
timezone.min = _fixed_zone(-timedelta(hours=23, minutes=59), None)
timezone.max = _fixed_zone(timedelta(hours=23, minutes=59), None)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# CPython's messages name these types as C types: 'datetime.date'
import _types
for _cls in (date, datetime, time, timedelta, timezone, tzinfo):
    _types.set_message_name(_cls, 'datetime.' + _cls.__name__)
_types.set_message_name(_IsoCalendarDate, 'datetime.IsoCalendarDate')
del _types, _cls
