import datetime as dt
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
D, T, DT, TD, TZ = dt.date, dt.time, dt.datetime, dt.timedelta, dt.timezone
t(lambda: D(0, 1, 1)); t(lambda: D(2024, 13, 1)); t(lambda: D(2023, 2, 29)); t(lambda: D('2024', 1, 1)); t(lambda: D(2024.0, 1, 1)); t(lambda: D(2024, 1)); t(lambda: D(10000, 1, 1))
t(lambda: T(24)); t(lambda: T(1, 60)); t(lambda: T(1, 1, 60)); t(lambda: T(1, 1, 1, 10**6)); t(lambda: T(1, tzinfo=1)); t(lambda: T(1, fold=2)); t(lambda: DT(2024, 1, 1, 25))
t(lambda: TD(days=999999999, hours=24)); t(lambda: TD('1')); t(lambda: TD(days=1, foo=2)); t(lambda: TD(1, 2, 3, 4, 5, 6, 7, 8))
t(lambda: TZ(TD(hours=24))); t(lambda: TZ(5)); t(lambda: TZ(TD(hours=1), 5)); t(lambda: TZ(TD(microseconds=1)))
t(lambda: DT(2024, 1, 1) < DT(2024, 1, 1, tzinfo=TZ.utc)); t(lambda: DT(2024, 1, 1) == DT(2024, 1, 1, tzinfo=TZ.utc)); t(lambda: DT(2024, 1, 1) - DT(2024, 1, 1, tzinfo=TZ.utc))
t(lambda: D(2024, 1, 1) < DT(2024, 1, 1)); t(lambda: D(2024, 1, 1) == DT(2024, 1, 1)); t(lambda: D(2024,1,1) - TD(days=800000))
t(lambda: T(1) < T(1, tzinfo=TZ.utc)); t(lambda: T(1) == T(1, tzinfo=TZ.utc))
t(lambda: D.fromisoformat('2024-1-01')); t(lambda: D.fromisoformat(20240101)); t(lambda: DT.fromisoformat('2024-01-01T25:00')); t(lambda: DT.fromisoformat('2024-01-01X10:00'))
t(lambda: T(1).isoformat('x')); t(lambda: DT(2024,1,1).isoformat(timespec='nanos'))
t(lambda: TD(1) / 0); t(lambda: TD(1) // TD(0)); t(lambda: D.fromordinal(0)); t(lambda: D.fromisocalendar(2024, 54, 1)); t(lambda: D.fromisocalendar(2024, 1, 8)); t(lambda: D(2024, 1, 1).replace(month=13))
t(lambda: dt.tzinfo().utcoffset(None)); t(lambda: DT(2024,1,1, tzinfo=dt.tzinfo()).utcoffset())
t(lambda: DT.combine(1, T())); t(lambda: DT(2024, 1, 1).astimezone(5)); t(lambda: hash(TD(1)) == hash(TD(days=1)))
class Bad(dt.tzinfo):
    def utcoffset(self, d): return 5
    def tzname(self, d): return 5
    def dst(self, d): return TD(days=2)
class Big(dt.tzinfo):
    def utcoffset(self, d): return TD(days=1)
b = DT(2024, 1, 1, tzinfo=Bad())
t(lambda: b.utcoffset()); t(lambda: b.tzname()); t(lambda: b.dst()); t(lambda: DT(2024,1,1,tzinfo=Big()).utcoffset())
t(lambda: dt.tzinfo().tzname(None)); t(lambda: dt.tzinfo().dst(None)); t(lambda: dt.tzinfo().fromutc(1)); t(lambda: dt.tzinfo().fromutc(DT(2024,1,1)))
t(lambda: TZ.utc.fromutc(DT(2024,1,1))); t(lambda: TZ.utc.utcoffset(5)); t(lambda: TZ(TD(hours=-5), 'EST')); t(lambda: str(TZ(TD(hours=-5, minutes=-30)))); t(lambda: TZ(TD(hours=5, seconds=7)).tzname(None)); t(lambda: TZ(TD(0)))
t(lambda: TZ.utc.tzname(None)); t(lambda: TZ.min); t(lambda: TZ.max); t(lambda: TD.max); t(lambda: TD.min); t(lambda: TD.resolution); t(lambda: D.max); t(lambda: DT.min); t(lambda: T.max)
t(lambda: TD(hours=-1)); t(lambda: str(TD(hours=-1))); t(lambda: str(TD(days=-2, microseconds=5))); t(lambda: TD(1.5, 0.5, 0.5)); t(lambda: TD(microseconds=0.5)); t(lambda: TD(microseconds=1.5)); t(lambda: TD(microseconds=-0.5)); t(lambda: TD(seconds=1e-7)); t(lambda: TD(weeks=1.1, days=-0.3, hours=2.7, minutes=1/3, milliseconds=0.0005))
t(lambda: TD(days=1) * 1.5); t(lambda: TD(seconds=1) / 3); t(lambda: TD(seconds=1) / TD(seconds=3)); t(lambda: TD(seconds=7) // 2); t(lambda: TD(seconds=7) // TD(seconds=2)); t(lambda: divmod(TD(seconds=7), TD(seconds=2))); t(lambda: TD(seconds=7) % TD(seconds=2)); t(lambda: TD(microseconds=5) * 0.5); t(lambda: TD(microseconds=7) / 2)
t(lambda: TD(days=1, seconds=1).total_seconds()); t(lambda: abs(TD(-1))); t(lambda: -TD(1, 1, 1)); t(lambda: bool(TD(0))); t(lambda: TD(1) == 1)
t(lambda: D(2024, 2, 29).isocalendar()); t(lambda: D(2024, 2, 29).isocalendar().week); t(lambda: D(2021, 1, 1).isocalendar()); t(lambda: D(2024, 3, 10).ctime()); t(lambda: D(2024, 3, 10).timetuple()); t(lambda: D(2024, 3, 10).strftime('%A %d %B %Y %j %U %W %%'))
t(lambda: DT(2024, 3, 10, 5, 6, 7, 89).strftime('%H:%M:%S.%f %z %Z %p %I %y')); t(lambda: DT(2024, 3, 10, 5, 6, tzinfo=TZ(TD(hours=5, minutes=30))).strftime('%z %Z'))
t(lambda: format(D(2024, 3, 10), '%d/%m')); t(lambda: f'{DT(2024,3,10,5,6):%H:%M}'); t(lambda: format(D(2024,1,1), ''))
t(lambda: DT(2024, 3, 10, 5, 6, 7, 89, tzinfo=TZ.utc).isoformat()); t(lambda: DT(2024, 3, 10, 5, 6, 7, 89).isoformat(' ', 'milliseconds')); t(lambda: T(5, 6, 7, 890000).isoformat('seconds')); t(lambda: T(5).isoformat('hours'))
t(lambda: DT(2024, 3, 10, 5, 6, 7)); t(lambda: DT(2024, 3, 10)); t(lambda: DT(2024, 3, 10, 0, 0, 0, 1, fold=1)); t(lambda: T(5, 6, 7, 8, tzinfo=TZ.utc, fold=1)); t(lambda: str(DT(2024, 3, 10, 5, 6, 7, 8)))
t(lambda: DT.fromisoformat('2024-03-10T05:06:07.123+05:30')); t(lambda: DT.fromisoformat('20240310T050607Z')); t(lambda: D.fromisoformat('2024-W10-3')); t(lambda: T.fromisoformat('05:06:07,5')); t(lambda: DT.fromisoformat('2024-03-10'))
t(lambda: DT(2024, 3, 10, 5) - DT(2024, 1, 1)); t(lambda: DT(2024, 3, 10) + TD(days=1, hours=5)); t(lambda: D(2024, 3, 10) - D(2023, 3, 10)); t(lambda: D(2024, 3, 10) + TD(hours=25)); t(lambda: D(2024, 3, 10) - TD(seconds=1))
t(lambda: DT(2024, 3, 10, 12, tzinfo=TZ(TD(hours=2))) - DT(2024, 3, 10, 12, tzinfo=TZ.utc)); t(lambda: DT(2024, 3, 10, 12, tzinfo=TZ(TD(hours=2))) == DT(2024, 3, 10, 10, tzinfo=TZ.utc)); t(lambda: DT(2024, 3, 10, 12, tzinfo=TZ(TD(hours=2))).astimezone(TZ.utc))
t(lambda: DT(2024, 1, 1, tzinfo=TZ.utc).timestamp()); t(lambda: DT.fromtimestamp(0, TZ.utc)); t(lambda: DT.utcfromtimestamp(1.5)); t(lambda: DT.fromtimestamp(86400.0000005, TZ.utc)); t(lambda: DT.combine(D(2024,1,1), T(5, tzinfo=TZ.utc))); t(lambda: DT(2024, 1, 1, 5).date()); t(lambda: DT(2024, 1, 1, 5, tzinfo=TZ.utc).time()); t(lambda: DT(2024, 1, 1, 5, tzinfo=TZ.utc).timetz())
t(lambda: DT(2024, 1, 1, 5).replace(hour=7, tzinfo=TZ.utc)); t(lambda: DT(2024, 1, 1).toordinal()); t(lambda: D.fromordinal(738886)); t(lambda: DT(2024, 1, 1, 5, 6).timetuple()); t(lambda: DT(2024, 1, 1, 5, tzinfo=TZ(TD(hours=3))).utctimetuple())
class MyDate(D): pass
class MyDT(DT): pass
t(lambda: MyDate(2024, 1, 1)); t(lambda: MyDT(2024, 1, 1)); t(lambda: MyDate(2024,1,1) + TD(1)); t(lambda: MyDT.now().__class__); t(lambda: MyDate.today().__class__)
t(lambda: sorted([D(2024, 1, 2), D(2023, 5, 1), D(2024, 1, 1)])); t(lambda: {D(2024,1,1): 1}[D(2024,1,1)]); t(lambda: hash(DT(2024,1,1)) == hash(DT(2024,1,1,tzinfo=None)))
t(lambda: DT(2024, 1, 1) == D(2024, 1, 1)); t(lambda: D(2024, 1, 1) != DT(2024, 1, 1)); t(lambda: T(1) < T(2))
t(lambda: dt.MINYEAR); t(lambda: dt.MAXYEAR); t(lambda: D.resolution); t(lambda: dt.UTC)
import copy
t(lambda: copy.deepcopy([DT(2024, 1, 1, tzinfo=TZ.utc), TD(5), T(3), D(2020, 2, 2)])); t(lambda: type(D(2024,1,1).isocalendar()))
R = __import__('random').Random(11)
for i in range(300):
    d = D.fromordinal(R.randint(1, 3652059))
    assert D.fromordinal(d.toordinal()) == d
    x = DT(d.year, d.month, d.day, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999))
    td = TD(days=R.uniform(-1000, 1000), seconds=R.uniform(-1e5, 1e5), microseconds=R.uniform(-1e6, 1e6))
    if i % 30 == 0: print(d, d.isocalendar(), d.weekday(), d.isoweekday(), d.ctime(), td, td * 0.37, td / 7, x.isoformat(), repr(td), td.total_seconds())
