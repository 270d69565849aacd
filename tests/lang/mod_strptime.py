import datetime as dt, time
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
DT = dt.datetime
for s, f in [('2024-03-10 05:06:07', '%Y-%m-%d %H:%M:%S'), ('10/03/24', '%d/%m/%y'), ('March 5, 1999', '%B %d, %Y'), ('Tue Mar 17 22:44:55 1999', '%c'),
             ('5:30 PM', '%I:%M %p'), ('12:00 am', '%I:%M %p'), ('2024-03-10T05:06:07.5+0530', '%Y-%m-%dT%H:%M:%S.%f%z'), ('2024-03-10 05:06 Z', '%Y-%m-%d %H:%M %z'),
             ('2024-03-10 05:06 -07:30', '%Y-%m-%d %H:%M %z'), ('2024 070', '%Y %j'), ('2024 10 3', '%Y %W %w'), ('2024 10 3', '%Y %U %w'), ('2024 10 3', '%G %V %u'), ('Feb 29', '%b %d'),
             ('  2024-1-5', ' %Y-%m-%d'), ('2024-03-10 UTC', '%Y-%m-%d %Z'), ('03/10/24', '%x'), ('22:44:55', '%X'), ('100%', '%d%%'), ('2024', '%Y-%m'), ('2024-01-01', '%Y-%m'),
             ('x', '%Q'), ('x', '%'), ('2024 10', '%G %V'), ('2024 10 1', '%Y %V %u'), ('Monday 2024 1', '%A %Y %W'), ('13:00', '%I:%M'), ('2024-02-30', '%Y-%m-%d'), ('+01:0030', '%z')]:
    t(lambda: DT.strptime(s, f))
t(lambda: time.strptime('2024-03-10 05:06:07', '%Y-%m-%d %H:%M:%S'))
t(lambda: time.strptime('Tue Mar 17 22:44:55 1999'))
t(lambda: dt.date(2024, 1, 1).strftime(5))
t(lambda: DT.strptime(5, '%Y'))
t(lambda: DT.strptime('2024-03-10T05:06:07+0100', '%Y-%m-%dT%H:%M:%S%z').utcoffset())
