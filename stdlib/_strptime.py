"""The parser behind time.strptime() and datetime.strptime(), as CPython 3.11
has it in the C locale: English day and month names, %c is
'%a %b %d %H:%M:%S %Y', %x is '%m/%d/%y' and %X is '%H:%M:%S'.

A format is turned into a regular expression with one named group per
directive (the same expression as CPython's, so that its errors read the
same); the fields matched then make the date, week numbers, ISO weeks and
days of the year being resolved as CPython resolves them."""

import time
import re
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

__all__ = []

_DAY_NAMES = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday',
              'saturday', 'sunday')
_MONTH_NAMES = ('january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december')
_AM_PM = ('am', 'pm')

# the numeric directives: (digits, lowest, highest) for each way a number
# may be written, the longest first so that it is tried first
_NUMERIC = {
    'd': ((2, 1, 31), (1, 1, 9)),
    'H': ((2, 0, 23), (1, 0, 9)),
    'I': ((2, 1, 12), (1, 1, 9)),
    'j': ((3, 1, 366), (2, 1, 99), (1, 1, 9)),
    'm': ((2, 1, 12), (1, 1, 9)),
    'M': ((2, 0, 59), (1, 0, 9)),
    'S': ((2, 0, 61), (1, 0, 9)),
    'U': ((2, 0, 53), (1, 0, 9)),
    'W': ((2, 0, 53), (1, 0, 9)),
    'V': ((2, 1, 53), (1, 0, 9)),
    'w': ((1, 0, 6),),
    'u': ((1, 1, 7),),
}

_OTHERS = {
    'f': r'[0-9]{1,6}',
    'G': r'\d\d\d\d',
    'Y': r'\d\d\d\d',
    'y': r'\d\d',
    # +HH[:]MM[[:]SS[.ffffff]], or a capital Z even when ignoring case
    'z': r'[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)',
}

_COMPOSITES = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

# characters a format must escape to stand for themselves in a regex
_REGEX_SPECIALS = frozenset('\\.^$*+?(){}[]|')


def _digit_class(lo, hi):
    if lo == hi:
        return str(lo)
    return r'\d' if (lo, hi) == (0, 9) else '[%d-%d]' % (lo, hi)


def _fixed_width(width, lo, hi):
    """Regex alternatives that match the numbers lo..hi written with exactly
    `width` digits (zero-padded): one alternative per run of leading digits
    whose followers are alike."""
    if width == 1:
        return [_digit_class(lo, hi)]
    unit = 10 ** (width - 1)
    runs = []           # [first lead digit, last lead digit, alternatives]
    for lead in range(lo // unit, hi // unit + 1):
        rest = _fixed_width(width - 1, max(lo - lead * unit, 0),
                            min(hi - lead * unit, unit - 1))
        if runs and runs[-1][2] == rest and runs[-1][1] == lead - 1:
            runs[-1][1] = lead
        else:
            runs.append([lead, lead, rest])
    return [_digit_class(first, last) + tail for first, last, rest in runs for tail in rest]


def _numeric_pattern(letter):
    alternatives = [alt for spec in _NUMERIC[letter] for alt in _fixed_width(*spec)]
    if letter == 'd':
        alternatives.append(' [1-9]')    # a space-padded day
    return '|'.join(alternatives)


def _names_pattern(names):
    """An alternation of names, the longest first so that it wins over a prefix."""
    return '|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _zone_names():
    """The time zone names %Z knows, without and with daylight saving."""
    plain = frozenset({'utc', 'gmt', time.tzname[0].lower()})
    saving = frozenset({time.tzname[1].lower()}) if time.daylight else frozenset()
    return plain, saving


class _Directives:
    """The group of each directive, for the time zone in force when made."""

    def __init__(self):
        self.zone_key = (time.tzname, time.daylight)
        self.zones = _zone_names()
        self.regexes = {}       # format -> compiled regex
        groups = {letter: _numeric_pattern(letter) for letter in _NUMERIC}
        groups.update(_OTHERS)
        groups['A'] = _names_pattern(_DAY_NAMES)
        groups['a'] = _names_pattern(n[:3] for n in _DAY_NAMES)
        groups['B'] = _names_pattern(_MONTH_NAMES)
        groups['b'] = _names_pattern(n[:3] for n in _MONTH_NAMES)
        groups['p'] = _names_pattern(_AM_PM)
        groups['Z'] = _names_pattern([*self.zones[0], *self.zones[1]])
        self.table = {k: '(?P<%s>%s)' % (k, v) for k, v in groups.items()}
        self.table['%'] = '%'
        for letter, fmt in _COMPOSITES.items():
            self.table[letter] = self.pattern(fmt)

    def pattern(self, fmt):
        """The regex source of a format."""
        out = []
        i = 0
        while i < len(fmt):
            c = fmt[i]
            if c == '%':
                if i + 1 == len(fmt):
                    raise ValueError("stray %% in format '%s'" % fmt)
                key = fmt[i + 1]
                if key not in self.table:
                    # a special or blank character is escaped first, so
                    # CPython reports the '%' itself
                    bad = '%' if key in _REGEX_SPECIALS or key.isspace() else key
                    raise ValueError("'%s' is a bad directive in format '%s'" % (bad, fmt))
                out.append(self.table[key])
                i += 2
            elif c.isspace():
                while i < len(fmt) and fmt[i].isspace():
                    i += 1
                out.append(r'\s+')
            else:
                out.append('\\' + c if c in _REGEX_SPECIALS else c)
                i += 1
        return ''.join(out)

    def compiled(self, fmt):
        regex = self.regexes.get(fmt)
        if regex is None:
            if len(self.regexes) > 5:
                self.regexes.clear()
            regex = self.regexes[fmt] = re.compile(self.pattern(fmt), re.IGNORECASE)
        return regex


_directives = None


def _current_directives():
    """The directives, remade when the time zone has changed (time.tzset())."""
    global _directives
    if _directives is None or _directives.zone_key != (time.tzname, time.daylight):
        _directives = _Directives()
    return _directives


def _utc_offset(z):
    """(seconds, microseconds) east of UTC of a %z match."""
    if z == 'Z':
        return 0, 0
    digits = z[1:]
    if digits[2] == ':':
        # a colon after the hours asks for one after the minutes too
        digits = digits[:2] + digits[3:]
        if len(digits) > 4:
            if digits[4] != ':':
                raise ValueError(f"Inconsistent use of : in {z}")
            digits = digits[:4] + digits[5:]
    seconds = int(digits[0:2]) * 3600 + int(digits[2:4]) * 60 + int(digits[4:6] or 0)
    micro = int(digits[7:].ljust(6, '0'))
    if z[0] == '-':
        return -seconds, -micro
    return seconds, micro


class _Fields:
    """What the directives of a match say, before they make a date."""

    def __init__(self):
        self.year = self.iso_year = None
        self.month = self.day = 1
        self.hour = self.minute = self.second = self.fraction = 0
        self.weekday = self.julian = None
        self.week = self.week_start = self.iso_week = None
        self.tz = -1
        self.gmtoff = None
        self.gmtoff_fraction = 0

    def read(self, letter, text, found, zones):
        if letter in 'yYGmdHMSjUWVwu':
            n = int(text)
        if letter == 'y':
            # POSIX: 69-99 are the 1900s, 00-68 the 2000s
            self.year = n + (2000 if n <= 68 else 1900)
        elif letter == 'Y':
            self.year = n
        elif letter == 'G':
            self.iso_year = n
        elif letter == 'm':
            self.month = n
        elif letter in 'Bb':
            self.month = _month_number(text.lower())
        elif letter == 'd':
            self.day = n
        elif letter == 'H':
            self.hour = n
        elif letter == 'I':
            self.hour = _hour_of_12(int(text), (found.get('p') or '').lower())
        elif letter == 'M':
            self.minute = n
        elif letter == 'S':
            self.second = n
        elif letter == 'f':
            self.fraction = int(text.ljust(6, '0'))
        elif letter in 'Aa':
            self.weekday = _day_number(text.lower())
        elif letter == 'w':
            self.weekday = (n - 1) % 7     # 0 is Sunday
        elif letter == 'u':
            self.weekday = n - 1
        elif letter == 'j':
            self.julian = n
        elif letter in 'UW':
            self.week = n
            self.week_start = 6 if letter == 'U' else 0
        elif letter == 'V':
            self.iso_week = n
        elif letter == 'z':
            self.gmtoff, self.gmtoff_fraction = _utc_offset(text)
        elif letter == 'Z':
            self.tz = _zone_flag(text.lower(), zones)


def _month_number(name):
    for i, full in enumerate(_MONTH_NAMES):
        if name in (full, full[:3]):
            return i + 1


def _day_number(name):
    for i, full in enumerate(_DAY_NAMES):
        if name in (full, full[:3]):
            return i


def _hour_of_12(hour, ampm):
    if ampm == 'pm':
        return hour if hour == 12 else hour + 12
    return 0 if hour == 12 else hour     # AM, or no %p


def _zone_flag(name, zones):
    """time.struct_time's tm_isdst for a %Z name: -1 when it does not tell."""
    for flag, names in enumerate(zones):
        if name in names:
            # a name used both with and without saving says nothing
            if (time.tzname[0] == time.tzname[1] and time.daylight
                    and name not in ('utc', 'gmt')):
                return -1
            return flag
    return -1


def _check_iso_directives(f):
    if f.year is None and f.iso_year is not None:
        if f.iso_week is None or f.weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if f.julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif f.week is None and f.iso_week is not None:
        if f.weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _day_of_week_number(year, week, weekday, week_start):
    """Day of the year of a weekday (0 is Monday) in a %U or %W week: week 1
    starts on the year's first week_start day, week 0 holds the days before
    (and is taken as week 1 when there are none)."""
    lead = (_date(year, 1, 1).weekday() - week_start) % 7   # Jan 1 in its week
    day = 1 + (weekday - week_start) % 7 - lead + 7 * week
    if lead == 0 and week > 0:
        day -= 7
    return day


def _day_of_iso_week(iso_year, week, weekday):
    """(year, day of the year) of a weekday (0 is Monday) in an ISO week."""
    jan4 = _date(iso_year, 1, 4)
    day = 7 * week + weekday + 1 - jan4.isoweekday() - 3
    if day < 1:
        # in the last days of the year before
        day += jan4.toordinal() - _date(iso_year - 1, 1, 4).toordinal()
        iso_year -= 1
    return iso_year, day


def _resolve(f):
    """The (year, month, day, weekday, day of the year) the fields make."""
    _check_iso_directives(f)
    year = f.year
    # a lone February 29th is read in a leap year, then shown as 1900
    leap_day_only = year is None and f.month == 2 and f.day == 29
    if year is None:
        year = 1904 if leap_day_only else 1900
    julian = f.julian
    if julian is None and f.weekday is not None:
        if f.week is not None:
            julian = _day_of_week_number(year, f.week, f.weekday, f.week_start)
        elif f.iso_year is not None and f.iso_week is not None:
            year, julian = _day_of_iso_week(f.iso_year, f.iso_week, f.weekday)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        day = _date(year, f.month, f.day)
        julian = day.toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        day = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
    weekday = day.weekday() if f.weekday is None else f.weekday
    return (1900 if leap_day_only else day.year), day.month, day.day, weekday, julian


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, julian, tz, tzname,
    gmtoff), fraction, gmtoff_fraction) of data_string read with format."""
    for pos, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(pos, type(arg)))
    directives = _current_directives()
    found = directives.compiled(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    groups = found.groupdict()
    f = _Fields()
    for letter, text in groups.items():
        f.read(letter, text, groups, directives.zones)
    year, month, day, weekday, julian = _resolve(f)
    return ((year, month, day, f.hour, f.minute, f.second, weekday, julian,
             f.tz, groups.get('Z'), f.gmtoff), f.fraction, f.gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime(): a time.struct_time, with tm_zone and tm_gmtoff."""
    return time.struct_time(_strptime(data_string, format)[0])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """cls.strptime(), cls being datetime or a subclass."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    args = fields[:6] + (fraction,)
    tzname, gmtoff = fields[-2:]
    if gmtoff is not None:
        offset = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_timezone(offset, tzname) if tzname else _timezone(offset),)
    return cls(*args)
