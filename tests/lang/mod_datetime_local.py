# local time through datetime: the fold of a repeated hour, the two readings
# of a skipped one, astimezone() with no zone (a POSIX TZ rule, no tzdata)
import datetime as dt, os, time
os.environ['TZ'] = 'EST5EDT,M3.2.0,M11.1.0'
time.tzset()
DT, TD, TZ = dt.datetime, dt.timedelta, dt.timezone
for base in (1710054000, 1730613600, 0, 1.7e9 + 0.5, -1.5):
    for k in range(-4, 5):
        ts = base + k * 1800
        x = DT.fromtimestamp(ts)
        print(ts, repr(x), x.timestamp(), repr(x.astimezone()), repr(DT.utcfromtimestamp(ts)), dt.date.fromtimestamp(ts))
for fields in ((2024, 3, 10, 2, 30), (2024, 11, 3, 1, 30), (2024, 6, 1, 12, 0)):
    for fold in (0, 1):
        x = DT(*fields, fold=fold)
        print(repr(x), x.timestamp(), repr(x.astimezone()), repr(x.astimezone(TZ.utc)), x.astimezone().tzname())
aware = DT(2024, 11, 3, 5, 30, tzinfo=TZ.utc)
print(repr(aware.astimezone()), repr(aware.astimezone(TZ(TD(hours=2)))), aware.astimezone(TZ.utc) is aware)
