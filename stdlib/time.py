"""time: clocks, sleep and calendar conversions.

The clocks and sleep come straight from the C module _time; this file adds
struct_time (a tuple of nine fields, with tm_zone and tm_gmtoff beside them)
and the conversions that take or return one."""

from _time import (time, time_ns, perf_counter, perf_counter_ns, monotonic,
                   monotonic_ns, process_time, process_time_ns, thread_time,
                   thread_time_ns, sleep)
import _time

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None,) * (11 - n)
        object.__setattr__(self, '_extra', extra)
        return self

    def __setattr__(self, name, value):
        if name in _FIELDS or name in ('tm_zone', 'tm_gmtoff'):
            raise AttributeError("readonly attribute")
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self) + self._extra,))

    tm_year = property(lambda self: self[0], doc="year, for example, 1993")
    tm_mon = property(lambda self: self[1], doc="month of year, range [1, 12]")
    tm_mday = property(lambda self: self[2], doc="day of month, range [1, 31]")
    tm_hour = property(lambda self: self[3], doc="hours, range [0, 23]")
    tm_min = property(lambda self: self[4], doc="minutes, range [0, 59]")
    tm_sec = property(lambda self: self[5], doc="seconds, range [0, 61])")
    tm_wday = property(lambda self: self[6], doc="day of week, range [0, 6], Monday is 0")
    tm_yday = property(lambda self: self[7], doc="day of year, range [1, 366]")
    tm_isdst = property(lambda self: self[8], doc="1 if summer time is in effect, 0 if not, and -1 if unknown")
    tm_zone = property(lambda self: self._extra[0], doc="abbreviation of timezone name")
    tm_gmtoff = property(lambda self: self._extra[1], doc="offset from UTC in seconds")



def _as_tuple(t):
    # the nine fields, and the zone fields when t is a struct_time
    if isinstance(t, struct_time):
        return tuple(t) + t._extra
    return t


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    return struct_time(_time.gmtime(seconds))


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    return struct_time(_time.localtime(seconds))


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    return _time.mktime(_as_tuple(t))


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if t is None:
        t = localtime()
    return _time.strftime(format, _as_tuple(t))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a time tuple according to a format specification."""
    import _strptime
    return _strptime._strptime_time(string, format)


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    return _time.asctime(_as_tuple(t))


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return _time.asctime(_time.localtime(seconds))


def tzset():
    """Initialize, or reinitialize, the local timezone to the value of TZ."""
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _time.tzinfo()


timezone, altzone, daylight, tzname = _time.tzinfo()
