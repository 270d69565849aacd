# inf, nan and signed zero: arithmetic, comparison, conversion, containers.

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf), repr(nan))
print(inf + 1, inf - inf, inf * -1, inf / inf, 1 / inf, -1 / inf, inf * 0, inf // 1, 5 % inf, -5 % inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan is nan)
print(inf == inf, inf > 10 ** 1000, -inf < -(10 ** 1000), inf == float("infinity"), inf > 1e308)
print(-0.0, 0.0 == -0.0, str(-0.0), repr(-0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1)
print(1 / inf, -1 / inf, abs(-0.0), -(-0.0), 0.0 * -0.0, (-0.0) ** 2, round(-0.4), round(-0.0, 2))
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan), sorted([3, 1, 2]))
print([nan] == [nan], nan in [nan], (nan,) == (nan,), [float("nan")] == [float("nan")])
l = [nan]
print(l == l, l.count(nan), l.index(nan))
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.0) == hash(1), hash(2.5))
d = {0.0: "zero"}
d[-0.0] = "minus zero"
print(d, {1: "a", 1.0: "b", True: "c"})
print(bool(nan), bool(inf), bool(0.0), bool(-0.0))
print(float("  inf  "), float("+nan"), float("INF"), float("iNfInItY"), float("-0"), float("-0.0"))
print(inf.is_integer(), nan.is_integer(), (-0.0).is_integer())
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
try:
    round(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError", e)
print(round(inf, 2), round(nan, 2))
try:
    divmod(inf, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(divmod(inf, 1.0), divmod(-5.0, inf), divmod(5.0, -inf))
print(inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, 2 ** -inf, 0.5 ** inf, (-1) ** inf)
