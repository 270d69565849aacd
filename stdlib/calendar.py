"""calendar: month and year calendars as data, plain text and HTML, with
the interface of CPython 3.11's calendar.

Weeks start on Monday unless told otherwise (setfirstweekday, or the
firstweekday of a Calendar). Days are numbered 0 (Monday) to 6 (Sunday),
months 1 to 12. Names of days and months are the C locale's (English):
the locale-aware calendars (LocaleTextCalendar, LocaleHTMLCalendar,
different_locale) are not provided and raise NotImplementedError.
"""

import datetime
import sys

__all__ = """
    IllegalMonthError IllegalWeekdayError setfirstweekday firstweekday
    isleap leapdays weekday monthrange monthcalendar prmonth month prcal
    calendar timegm month_name month_abbr day_name day_abbr
    Calendar TextCalendar HTMLCalendar LocaleTextCalendar LocaleHTMLCalendar
    weekheader MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY
""".split()

error = ValueError


class IllegalMonthError(ValueError):
    """A month number outside 1..12."""

    def __init__(self, number):
        ValueError.__init__(self, number)
        self.month = number

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0..6."""

    def __init__(self, number):
        ValueError.__init__(self, number)
        self.weekday = number

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % (self.weekday,))


January = 1
February = 2

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

# days in each month of a common year; index 0 is unused
mdays = [0,
         31, 28, 31, 30, 31, 30,     # January to June
         31, 31, 30, 31, 30, 31]     # July to December

EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, January, 1).toordinal()


# -- names of days and months ------------------------------------------

class _localized_names:
    """Names by number, each the strftime of a date with format ('%B' is
    a month's full name, '%a' a day's abbreviation). An int gives a name,
    a slice a list of them."""

    _dates = []     # a date per number; None for a number without name

    def __init__(self, format):
        self.format = format

    def _name(self, date):
        return '' if date is None else date.strftime(self.format)

    def __getitem__(self, i):
        picked = self._dates[i]
        if isinstance(i, slice):
            return [self._name(date) for date in picked]
        return self._name(picked)

    def __len__(self):
        return len(self._dates)


class _localized_month(_localized_names):
    """Month names: 1 is January, 0 has the empty name."""
    _dates = [None] + [datetime.date(2001, m, 1) for m in range(1, 13)]


class _localized_day(_localized_names):
    """Day names: 0 is Monday (2001 began on one)."""
    _dates = [datetime.date(2001, 1, d) for d in range(1, 8)]


day_name, day_abbr = _localized_day('%A'), _localized_day('%a')
month_name, month_abbr = _localized_month('%B'), _localized_month('%b')


# -- arithmetic of the Gregorian calendar ------------------------------

def isleap(year):
    """Whether year is a leap year."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def _leaps_before(year):
    """How many leap years lie in [1, year), continued below year 1."""
    past = year - 1
    return past // 4 - past // 100 + past // 400


def leapdays(y1, y2):
    """How many leap years lie in range(y1, y2) (y2 > y1 expected)."""
    return _leaps_before(y2) - _leaps_before(y1)


def weekday(year, month, day):
    """The day of the week (0 is Monday) of the date. Years outside
    datetime's range are moved into it by a 400-year cycle."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        year = 2000 + year % 400
    when = datetime.date(year, month, day)
    return when.weekday()


def _monthlen(y, m):
    """Days in month m of year y."""
    if m == February and isleap(y):
        return 29
    return mdays[m]


def _prevmonth(y, m):
    """(year, month) of the month before."""
    return (y, m - 1) if m > 1 else (y - 1, 12)


def _nextmonth(y, m):
    """(year, month) of the month after."""
    return (y, m + 1) if m < 12 else (y + 1, 1)


def monthrange(year, month):
    """(weekday of the month's first day, number of days in the month)."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _weeks(days):
    """days (a whole number of weeks) cut into lists of seven."""
    return [days[start:start + 7] for start in range(0, len(days), 7)]


def _rows(months, width):
    """The twelve months of a year in rows of width months."""
    return [months[start:start + width] for start in range(0, 12, width)]


# -- calendars as data -------------------------------------------------

class Calendar:
    """The days of months and years, arranged in weeks that start on
    firstweekday (0 is Monday). Days outside the month pad the first and
    last weeks: as 0 where days are numbers, as real dates elsewhere."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    # kept as given (Calendar(9) starts weeks on Wednesday)
    def getfirstweekday(self):
        """The weekday weeks start on, 0 (Monday) to 6."""
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        """Make weeks start on firstweekday (taken modulo 7)."""
        self._first = firstweekday

    firstweekday = property(fget=getfirstweekday, fset=setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers of a week, in order."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def _padding(self, year, month):
        """(days shown before the month, days in it, days shown after)."""
        first, count = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (-before - count) % 7
        return before, count, after

    def itermonthdates(self, year, month):
        """datetime.date objects for the weeks of the month."""
        for ymd in self.itermonthdays3(year, month):
            yield datetime.date(*ymd)

    def itermonthdays(self, year, month):
        """Day numbers for the weeks of the month, 0 outside it."""
        before, count, after = self._padding(year, month)
        for _ in range(before):
            yield 0
        yield from range(1, count + 1)
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs for the weeks of the month."""
        wd = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, wd
            wd = (wd + 1) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) triples for the weeks of the month, days of
        the months before and after included."""
        before, count, after = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        last = _monthlen(py, pm)
        for day in range(last - before + 1, last + 1):
            yield py, pm, day
        for day in range(1, count + 1):
            yield year, month, day
        ny, nm = _nextmonth(year, month)
        for day in range(1, after + 1):
            yield ny, nm, day

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) for the weeks of the month."""
        wd = self.firstweekday
        for ymd in self.itermonthdays3(year, month):
            yield ymd + (wd,)
            wd = (wd + 1) % 7

    def monthdatescalendar(self, year, month):
        """The month's weeks, each a list of seven dates."""
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """The month's weeks, each a list of seven (day, weekday) pairs."""
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """The month's weeks, each a list of seven day numbers."""
        return _weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        """The year's months in rows of width; each month as
        monthdatescalendar gives it."""
        return _rows([self.monthdatescalendar(year, m)
                      for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """As yeardatescalendar, with months as monthdays2calendar."""
        return _rows([self.monthdays2calendar(year, m)
                      for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """As yeardatescalendar, with months as monthdayscalendar."""
        return _rows([self.monthdayscalendar(year, m)
                      for m in range(1, 13)], width)


# -- plain text --------------------------------------------------------

class TextCalendar(Calendar):
    """Calendars as plain text: days in columns of width w, weeks and
    other lines followed by l newlines, months c spaces apart."""

    def prweek(self, theweek, width):
        """Print formatweek's line, with no newline."""
        _emit(self.formatweek(theweek, width))

    def formatday(self, day, weekday, width):
        """A day's number centred in width; blanks for a padding day."""
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week of (day, weekday) pairs as a line (not stripped)."""
        return ' '.join([self.formatday(day, wd, width)
                         for day, wd in theweek])

    def formatweekday(self, day, width):
        """The name of weekday day, cut to width: whole names from 9."""
        names = day_name if width >= 9 else day_abbr
        name = names[day][:width]
        return name.center(width)

    def formatweekheader(self, width):
        """The names of the week's days, in its order, as one line."""
        return ' '.join([self.formatweekday(day, width)
                         for day in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name, with the year after it by default, centred."""
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth's text."""
        _emit(self.formatmonth(theyear, themonth, w, l))

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: its name, the weekday names, its weeks."""
        w = max(2, w)
        l = max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        weeks = self.monthdays2calendar(theyear, themonth)
        lines += [self.formatweek(days, w) for days in weeks]
        ends = '\n' * l
        return ''.join([line.rstrip() + ends for line in lines])

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text, m months side by side."""
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        column = 7 * (w + 1) - 1
        lines = [repr(theyear).center(m * column + (m - 1) * c)]
        heading = self.formatweekheader(w)
        rows = self.yeardays2calendar(theyear, m)
        for index, row in enumerate(rows):
            first = index * m + 1
            numbers = range(first, min(first + m, 13))
            lines.append('')
            lines.append(formatstring(
                [self.formatmonthname(theyear, k, column, False)
                 for k in numbers], column, c))
            lines.append(formatstring([heading] * len(numbers), column, c))
            for j in range(max(len(weeks) for weeks in row)):
                cells = []
                for weeks in row:
                    if j < len(weeks):
                        cells.append(self.formatweek(weeks[j], w))
                    else:
                        cells.append('')
                lines.append(formatstring(cells, column, c))
        ends = '\n' * l
        return ''.join([line.rstrip() + ends for line in lines])

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear's text."""
        _emit(self.formatyear(theyear, w, l, c, m))


# -- HTML --------------------------------------------------------------

_TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'


class HTMLCalendar(Calendar):
    """Calendars as HTML tables, with CSS classes on their cells."""

    # classes of the days' cells, Monday first
    cssclasses = "mon tue wed thu fri sat sun".split()
    # of the weekday names' cells
    cssclasses_weekday_head = cssclasses
    # of the cells that pad the first and last weeks
    cssclass_noday = "noday"
    # a table and its heading share a class
    cssclass_month = cssclass_month_head = "month"
    cssclass_year = cssclass_year_head = "year"

    def formatday(self, day, weekday):
        """One day's cell; an empty one for a padding day."""
        if day == 0:
            css, text = self.cssclass_noday, '&nbsp;'
        else:
            css, text = self.cssclasses[weekday], str(day)
        return '<td class="%s">%s</td>' % (css, text)

    def formatweek(self, theweek):
        """One week of (day, weekday) pairs as a table row."""
        cells = [self.formatday(day, wd) for day, wd in theweek]
        return '<tr>' + ''.join(cells) + '</tr>'

    def formatweekday(self, day):
        """The heading cell of weekday day, with its abbreviated name."""
        css = self.cssclasses_weekday_head[day]
        return '<th class="%s">%s</th>' % (css, day_abbr[day])

    def formatweekheader(self):
        """The row of the weekdays' names."""
        cells = [self.formatweekday(day) for day in self.iterweekdays()]
        return '<tr>' + ''.join(cells) + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The month's heading row, the year after its name by default."""
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return ('<tr><th colspan="7" class="%s">%s</th></tr>'
                % (self.cssclass_month_head, title))

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as a table, each row on a line of its own."""
        rows = [_TABLE % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        weeks = self.monthdays2calendar(theyear, themonth)
        rows += [self.formatweek(days) for days in weeks]
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        """A year as a table of month tables, width to a row."""
        parts = [_TABLE % self.cssclass_year, '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>'
                 % (width, self.cssclass_year_head, theyear)]
        for first in range(January, January + 12, width):
            parts.append('<tr>')
            for m in range(first, min(first + width, 13)):
                parts.append('<td>')
                parts.append(self.formatmonth(theyear, m, withyear=False))
                parts.append('</td>')
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css',
                       encoding=None):
        """A whole XHTML page holding the year, as bytes in encoding."""
        if encoding is None:
            encoding = sys.getdefaultencoding()     # utf-8
        head = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>',
                '<head>',
                '<meta http-equiv="Content-Type" '
                'content="text/html; charset=%s" />' % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" '
                        'href="%s" />' % css)
        head += ['<title>Calendar for %d</title>' % theyear,
                 '</head>',
                 '<body>']
        page = ('\n'.join(head) + '\n' + self.formatyear(theyear, width)
                + '</body>\n</html>\n')
        return page.encode(encoding, 'xmlcharrefreplace')


# -- locales: not provided ---------------------------------------------

_NO_LOCALES = ("atoll's calendar has only the C locale's names; "
               "use TextCalendar or HTMLCalendar")


def _no_locales(*args, **kwargs):
    raise NotImplementedError(_NO_LOCALES)


class different_locale:
    __init__ = _no_locales


class LocaleTextCalendar(TextCalendar):
    __init__ = _no_locales


class LocaleHTMLCalendar(HTMLCalendar):
    __init__ = _no_locales


# -- the module's own calendar and its functions -----------------------

c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    """Make weeks start on firstweekday (0 Monday to 6 Sunday) in the
    module's functions."""
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.setfirstweekday(firstweekday)


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

# widths of formatyear's columns and the space between them, by default
_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the strings cols centred in columns."""
    print(formatstring(cols, colwidth=colwidth, spacing=spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings cols centred in columns of colwidth, spacing apart."""
    gap = ' ' * spacing
    return gap.join([col.center(colwidth) for col in cols])


def timegm(tuple):
    """The POSIX timestamp of a UTC time tuple (year, month, day, hour,
    minute, second, ...): time.gmtime's inverse. Fields may overflow."""
    year, month, day = tuple[:3]
    hour, minute, second = tuple[3:6]
    first = datetime.date(year, month, 1).toordinal()
    days = first + (day - 1) - _EPOCH_ORD
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def _emit(text):
    print(text, end='')


def main(args=None):
    raise NotImplementedError("atoll's calendar has no command line")
