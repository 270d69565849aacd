# colorsys: conversions give CPython's floats to the last bit (repr is
# printed), integers that pass through stay integers, out-of-range inputs
# behave alike
import colorsys

print(colorsys.__all__)
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)

levels = [0, 1, 0.0, 1.0, 0.5, 0.25, 1 / 3, 0.1, 0.7, 0.9999]
for name in colorsys.__all__:
    f = getattr(colorsys, name)
    print(name)
    for a in levels:
        line = []
        for b in levels[::3]:
            for c in levels[1::4]:
                line.append(repr(f(a, b, c)))
        print(' ', ' '.join(line))

# the 256 levels of an 8-bit channel, a sample of colours, round trips
n = 0
for r in range(0, 256, 15):
    for g in range(0, 256, 51):
        for b in range(0, 256, 85):
            rgb = (r / 255, g / 255, b / 255)
            for there, back in ((colorsys.rgb_to_hls, colorsys.hls_to_rgb),
                                (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb),
                                (colorsys.rgb_to_yiq, colorsys.yiq_to_rgb)):
                mid = there(*rgb)
                out = back(*mid)
                if n % 23 == 0:
                    print(there.__name__, rgb, mid, out)
                n += 1
print(n)

# pseudo-random values without the random module: a linear congruence
x = 12345
total = [0.0] * 6
for i in range(3000):
    vals = []
    for _ in range(3):
        x = (x * 1103515245 + 12345) % 2 ** 31
        vals.append(x / 2 ** 31 * 1.2 - 0.1)
    for k, name in enumerate(colorsys.__all__):
        try:
            res = getattr(colorsys, name)(*vals)
        except ZeroDivisionError:
            continue
        if i % 500 == 0:
            print(name, [repr(v) for v in vals], [repr(v) for v in res])
        total[k] += sum(res)
print([repr(t) for t in total])

# hue wraps around, negative and large values
print(colorsys.hsv_to_rgb(1.5, 0.5, 0.5), colorsys.hsv_to_rgb(-0.25, 0.5, 0.5))
print(colorsys.hls_to_rgb(1.2, 0.5, 0.5), colorsys.hls_to_rgb(-3.7, 0.7, 0.5))
print(colorsys.rgb_to_hls(-1, 0, 0), colorsys.rgb_to_hsv(2, 0.5, 3))
print(colorsys.yiq_to_rgb(1, 1, 1), colorsys.yiq_to_rgb(-1, -1, -1))
for f, args in ((colorsys.rgb_to_hls, (2, 0, 0)),
                (colorsys.rgb_to_hsv, (0, -1, -1)),
                (colorsys.rgb_to_hsv, ('a', 'b', 'c')),
                (colorsys.hsv_to_rgb, (0.5, 0.5, None)),
                (colorsys.rgb_to_yiq, (1, 2))):
    try:
        print(f(*args))
    except (ZeroDivisionError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
