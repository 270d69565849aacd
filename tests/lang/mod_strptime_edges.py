# strptime's corners: bad and stray directives (a special character after
# '%' is reported as '%'), a directive used twice (the regex error names
# positions, so the expression must be CPython's), week 0 of %U and %W, ISO
# weeks at the year's edges, %z forms, %I with %p, and %Z as tzset() leaves it
import datetime as dt, time, os
def t(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
for f in ['%.', '% d', '%\\', '%(', '%', '%Q', 'x%', '%%%', '%d %d', '%c %d', '%Y%', '%x %X %x', '%y%%%']:
    print(repr(f), t(lambda: dt.datetime.strptime('2024', f)))
for s, f in [('2024 0 1', '%G %V %u'), ('0000 10 1', '%Y %W %w'), ('0001 01 1', '%G %V %u'), ('0000 01 1', '%G %V %u'), ('Feb 29 2', '%b %d %w'), ('Feb 29 10 2', '%b %d %W %w'),
             ('+01:00:30.5', '%z'), ('-0100', '%z'), ('+0100:30', '%z'), ('-01:30:15.000123', '%z'), ('1 0 0', '%Y %U %w'), ('2023 0 0', '%Y %U %w'), ('2024 0 1', '%Y %W %w'),
             ('2018 0 1', '%Y %W %w'), ('2018 0 1', '%Y %U %w'), ('2018 53 6', '%Y %U %w'), ('2021 1 1', '%G %V %u'), ('2020 53 7', '%G %V %u'), ('9999 52 7', '%G %V %u'),
             ('2024 366', '%Y %j'), ('2023 366', '%Y %j'), ('1 12 pm', '%d %I %p'), ('1 12 AM', '%d %I %p'), ('13 pm', '%H %p'), ('1 13 1', '%d %H %I'), ('1 1 13', '%d %I %H'),
             ('2024', '%Y %G %V %u'), ('2024 01 1 5', '%G %V %u %j'), ('2024 3', '%Y %V'), (' 5 SEPTEMBER 99', '%d %B %y'), ('5sep68', '%d%b%y'), ('٢٠٢٤ 1٢', '%Y %H'),
             ('2024-03-10T05:06:07.1234567', '%Y-%m-%dT%H:%M:%S.%f'), ('61', '%S'), ('mOnDaY', '%A'), ('x\t\n y', 'x y'), ('a.b', 'a.b'), ('a|b', 'a|b')]:
    print(repr(f), repr(s), t(lambda: dt.datetime.strptime(s, f)), t(lambda: time.strptime(s, f)))
for z in ['UTC0', 'EST5EDT,M3.2.0,M11.1.0', 'AAA3AAA,M3.2.0,M11.1.0', 'GMT0BST,M3.5.0/1,M10.5.0']:
    os.environ['TZ'] = z
    time.tzset()
    print(time.tzname, time.daylight)
    for s in ['utc', 'GMT', 'est', 'EDT', 'bst', 'aaa', 'x', 'UTC+1']:
        print(s, t(lambda: time.strptime(s, '%Z')), t(lambda: dt.datetime.strptime(s + ' +01', '%Z %z')))
