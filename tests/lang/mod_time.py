# time: struct_time, conversions in UTC, strftime/asctime checks, clocks' types
import time
print(repr(time.gmtime(0)))
t=time.gmtime(1700000000.5); print(t, t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3])
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %p %%', t))
print(time.asctime(t), time.asctime((2020,1,1,0,0,0,0,1,0)))
for bad in ["time.sleep(-1)", "time.sleep('a')", "time.struct_time((1,2))", "time.strftime('%Y', (2020,13,1,0,0,0,0,1,0))", "time.gmtime(1e20)", "time.gmtime('x')", "time.strftime('%Y', [1]*9)", "time.strftime('%Y', (1,)*8)", "time.gmtime(float('nan'))", "time.sleep(float('nan'))", "time.strftime('%Y', (2020,1,1,25,0,0,0,1,0))", "time.asctime((2020,1,32,0,0,0,0,1,0))"]:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
try: t.tm_year = 5
except Exception as e: print(type(e).__name__, e)
print(time.struct_time((1,2,3,4,5,6,7,8,9)))
print(time.struct_time((1,2,3,4,5,6,7,8,9, 'X', 5)).tm_zone, type(t), time.struct_time.n_fields)
print(t == (2023, 11, 14, 22, 13, 20, 1, 318, 0), hash(t)==hash(tuple(t)))
print(time.strftime('%Y', (2020,0,0,0,0,0,0,0,0)), time.gmtime(-1))
print(isinstance(t, tuple), list(t), tuple(t))
a = time.perf_counter(); time.sleep(0.01); b = time.perf_counter(); print(0.009 < b - a < 0.5)
print(type(time.time()), type(time.time_ns()), type(time.monotonic_ns()), time.process_time() >= 0)
y, m, d, *rest = time.gmtime(86400 * 365)
print(y, m, d, rest)
print(time.strftime('%d/%m/%y', time.gmtime(10**9)), time.gmtime(10**9).tm_yday)
t0 = time.monotonic(); t1 = time.monotonic(); print(t1 >= t0)
n0 = time.perf_counter_ns(); print(type(n0), time.perf_counter_ns() >= n0)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
print(time.gmtime(0.999), time.gmtime(-0.5).tm_sec)
st = time.struct_time((2000, 2, 29, 12, 30, 45, 1, 60, 0, 'UTC', 0))
print(st.tm_zone, st.tm_gmtoff, time.strftime('%Y-%m-%d %H:%M:%S %Z', st), time.asctime(st))
print(time.strftime(''), time.strftime('%%'))
try:
    st.tm_foo = 1
except AttributeError as e:
    print(e)
