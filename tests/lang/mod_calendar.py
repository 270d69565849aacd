# calendar: date arithmetic, Calendar data, text calendars and their errors
import calendar
import datetime

print([n for n in calendar.__all__])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH)
print(calendar.mdays, calendar.error is ValueError)

# leap years and weekdays
print([y for y in range(1896, 1910) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(1900),
      calendar.isleap(2024), calendar.isleap(0), calendar.isleap(-4))
print(calendar.leapdays(2000, 2025), calendar.leapdays(1, 10000), calendar.leapdays(2025, 2000),
      calendar.leapdays(1900, 1901), calendar.leapdays(-400, 400), calendar.leapdays(5, 5))
print([calendar.weekday(2024, m, 1) for m in range(1, 13)])
print(calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(10000, 1, 1),
      calendar.weekday(0, 3, 1), calendar.weekday(-1, 1, 1), calendar.weekday(12345, 6, 7))
print([calendar.monthrange(2024, m) for m in (1, 2, 3, 12)], calendar.monthrange(1900, 2),
      calendar.monthrange(2000, 2), calendar.monthrange(2023, 2))

def attempt(f, *args):
    try:
        r = f(*args)
        print('ok', repr(r)[:120])
    except Exception as e:
        print(type(e).__name__, e, e.args)

attempt(calendar.monthrange, 2024, 0)
attempt(calendar.monthrange, 2024, 13)
attempt(calendar.monthrange, 2024, -1)
attempt(calendar.weekday, 2024, 13, 1)
attempt(calendar.weekday, 2024, 2, 30)
attempt(calendar.setfirstweekday, 7)
attempt(calendar.setfirstweekday, -1)
attempt(calendar.month, 2024, 13)
attempt(calendar.month, 2024, 0)
attempt(calendar.monthcalendar, 2024, 14)
e = calendar.IllegalMonthError(42)
print(e.month, str(e), isinstance(e, ValueError))
e = calendar.IllegalWeekdayError('x')
print(e.weekday, str(e))

# names (C locale)
print(calendar.day_name[0], calendar.day_name[6], calendar.day_name[-1], calendar.day_abbr[:],
      len(calendar.day_name), len(calendar.month_name))
print(calendar.month_name[:], calendar.month_abbr[1:4], calendar.month_abbr[::-4], repr(calendar.month_name[0]))
print(list(calendar.month_abbr), list(calendar.day_abbr), 'June' in calendar.month_name)
print(type(calendar.month_name).__name__, type(calendar.day_abbr).__name__, calendar.month_name.format,
      calendar.day_abbr.format)
attempt(lambda: calendar.month_name[13])
attempt(lambda: calendar.day_name[7])

# the Calendar class
cal = calendar.Calendar()
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
for fwd in (6, 9, -1, 3):
    cal = calendar.Calendar(fwd)
    print(fwd, cal.firstweekday, list(cal.iterweekdays()))
cal.setfirstweekday(2)
print(cal.getfirstweekday())
cal.firstweekday = 13
print(cal.firstweekday)
for fwd in (0, 6, 3):
    cal = calendar.Calendar(fwd)
    print(list(cal.itermonthdays(2024, 2)))
    print(list(cal.itermonthdays2(2024, 3))[:9])
    print(list(cal.itermonthdays3(2024, 1))[:8])
    print(list(cal.itermonthdays4(2023, 12))[-8:])
    print([str(d) for d in cal.itermonthdates(2024, 12)][:3], len(list(cal.itermonthdates(2024, 12))))
    print(cal.monthdayscalendar(2021, 2))
    print(cal.monthdays2calendar(2015, 2)[0])
    print([[str(d) for d in w] for w in cal.monthdatescalendar(2024, 6)][-1])
cal = calendar.Calendar()
print(list(cal.itermonthdays3(1, 1))[:3], list(cal.itermonthdays3(9999, 12))[-3:])
print(list(cal.itermonthdates(1, 1))[:2])
attempt(lambda: list(cal.itermonthdates(9999, 12)))
attempt(lambda: list(calendar.Calendar(6).itermonthdates(1, 1)))
y = cal.yeardayscalendar(2024)
print(len(y), [len(row) for row in y], y[0][1][0], y[3][2][-1])
y = cal.yeardayscalendar(2024, 5)
print(len(y), [len(row) for row in y])
y = cal.yeardays2calendar(2023, 4)
print(len(y), [len(row) for row in y], y[2][3][-1])
y = cal.yeardatescalendar(2022, 2)
print(len(y), [len(row) for row in y], y[5][1][-1][-1], type(y[0][0][0][0]).__name__)
print(calendar.monthcalendar(2024, 9))

# text calendars
print(calendar.month(2024, 2), end='|\n')
print(repr(calendar.month(2024, 2)))
print(calendar.month(2023, 10, 4, 2))
print(calendar.month(1, 1, 1, 0))
print(calendar.month(2024, 9, w=9))
print(calendar.month(2024, 3, 10, 1))
calendar.prmonth(2026, 11)
calendar.prmonth(2026, 2, 3)
print(repr(calendar.weekheader(1)), repr(calendar.weekheader(2)), repr(calendar.weekheader(3)),
      repr(calendar.weekheader(8)), repr(calendar.weekheader(9)), repr(calendar.weekheader(12)))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
calendar.prweek([(30, 5), (31, 6)], 4)
print('|')
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
print(calendar.month(2024, 6))
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.calendar(2024))
print(calendar.calendar(1999, 3, 2, 4, 4))
print(calendar.calendar(2000, 2, 1, 1, 2))
print(calendar.calendar(2023, 1, 1, 3, 5))
print(calendar.calendar(2025, m=6, c=2))
calendar.prcal(2021, m=1)
calendar.prcal(2020, 2, 1, 10, 12)

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 11, 3))
print(repr(tc.formatmonthname(2024, 11, 30)), repr(tc.formatmonthname(2024, 11, 5, False)))
print(repr(tc.formatday(0, 3, 4)), repr(tc.formatday(7, 3, 2)), repr(tc.formatday(31, 3, 5)),
      repr(tc.formatweekday(0, 2)), repr(tc.formatweekday(3, 10)), repr(tc.formatweekheader(4)))
print(tc.formatyear(2024, 2, 1, 6, 3)[:300])

class Starred(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        if weekday >= 5 and day:
            return ('*%d' % day).rjust(width)
        return super().formatday(day, weekday, width)

print(Starred().formatmonth(2024, 5))
print(Starred(6).formatyear(2024, m=4)[:500])

# timegm
import time
for t in [(1970, 1, 1, 0, 0, 0), (2024, 2, 29, 12, 30, 15, 3, 60, 0), (1969, 12, 31, 23, 59, 59),
          (2024, 1, 40, 25, 61, 61), (2000, 1, 1, 0, 0, 0.5), (1, 1, 1, 0, 0, 0)]:
    print(t, calendar.timegm(t))
print(calendar.timegm(time.gmtime(1700000000)), calendar.timegm(datetime.datetime(2030, 5, 6, 7, 8, 9).utctimetuple()))

# formatstring / format
print(repr(calendar.formatstring(['a', 'bb', 'ccc'])), repr(calendar.formatstring(['x', 'y'], 5, 1)))
calendar.format(['one', 'two'], 7, 2)
print(calendar._colwidth, calendar._spacing)
