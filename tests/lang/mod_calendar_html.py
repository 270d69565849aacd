# calendar: HTMLCalendar tables and pages, and the locale calendars left out
import calendar

h = calendar.HTMLCalendar()
print(h.cssclasses, h.cssclasses_weekday_head, h.cssclass_noday, h.cssclass_month_head,
      h.cssclass_month, h.cssclass_year_head, h.cssclass_year)
print(h.formatday(0, 2), h.formatday(17, 6), h.formatweekday(0), h.formatweekday(6))
print(h.formatweek([(0, 0), (1, 1), (2, 2)]))
print(h.formatweekheader())
print(h.formatmonthname(2024, 5), h.formatmonthname(2024, 5, False), h.formatmonthname(2024, 5, withyear=False))
print(h.formatmonth(2024, 2), end='|\n')
print(h.formatmonth(2023, 12, withyear=False))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatmonth(2024, 9))
print(h.formatyear(2024))
print(h.formatyear(2021, width=5))
page = h.formatyearpage(2024)
print(type(page).__name__, len(page))
print(page.decode())
print(h.formatyearpage(2025, 4, None, 'ascii').decode('ascii')[:600])
print(h.formatyearpage(2022, css='my.css', encoding='latin-1')[:420])

class Marked(calendar.HTMLCalendar):
    cssclasses = ['wd'] * 5 + ['we'] * 2
    cssclass_noday = 'blank'
    cssclass_month = 'cal'
    cssclass_year_head = 'yh'
    def formatday(self, day, weekday):
        if day == 13:
            return '<td class="x">!</td>'
        return super().formatday(day, weekday)

m = Marked(6)
print(m.formatmonth(2024, 9))
print(m.formatyear(2024, 6)[:900])
try:
    h.formatmonth(2024, 13)
except IndexError as e:
    print('IndexError:', e)
try:
    h.formatmonth(2024, 0)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError:', e)

# the locale-aware calendars are a separate matter: constructing one
# works in CPython, so only the class hierarchy is checked here
print(issubclass(calendar.LocaleTextCalendar, calendar.TextCalendar),
      issubclass(calendar.LocaleHTMLCalendar, calendar.HTMLCalendar))
