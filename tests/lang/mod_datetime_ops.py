import datetime as dt
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
D, T, DT, TD, TZ = dt.date, dt.time, dt.datetime, dt.timedelta, dt.timezone
t(lambda: DT(2024, 1, 1) - D(2024, 1, 1)); t(lambda: D(2024, 1, 1) + 1); t(lambda: 1 + D(2024, 1, 1)); t(lambda: T(1) + TD(1)); t(lambda: TD(1) * 'a'); t(lambda: TD(1) < 1); t(lambda: T(1) < 5)
t(lambda: D(2024, 1, 1) - 5); t(lambda: 5 - D(2024, 1, 1)); t(lambda: TD(1) + 1); t(lambda: D(2024,1,1) < 3); t(lambda: TD(1) + D(2024,1,1)); t(lambda: TD(1) - D(2024,1,1))
print(D, TD, type(D(2024,1,1).isocalendar()), D.__module__, DT.__mro__)
