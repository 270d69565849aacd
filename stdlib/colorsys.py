"""colorsys: conversions between RGB and the YIQ, HLS and HSV colour
systems, with the interface of CPython 3.11's colorsys.

Every coordinate is a number between 0 and 1 (YIQ's I and Q may be
negative). The formulas are the usual ones (YIQ as the NTSC matrix, HLS
and HSV as in Foley and van Dam); their operations are done in the order
that gives CPython's floats to the last bit, and an integer that passes
through unchanged (a grey's value, say) stays an integer as in CPython.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


# YIQ: Y is the luma; I and Q are weighted differences R-Y and B-Y

def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    r_y = r - y
    b_y = b - y
    return (y, 0.74 * r_y - 0.27 * b_y, 0.48 * r_y + 0.41 * b_y)


def _clip(x):
    if x < 0.0:
        return 0.0
    if x > 1.0:
        return 1.0
    return x


def yiq_to_rgb(y, i, q):
    # the inverse of rgb_to_yiq's matrix; results are clipped to [0, 1]
    r = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    g = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    b = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clip(r), _clip(g), _clip(b))


def _hue(r, g, b, top, spread):
    """The hue (0 <= h < 1) of a colour whose largest component is top and
    whose largest minus smallest component is spread (not 0)."""
    # how far each component falls short of the largest, relative to spread
    short_r = (top - r) / spread
    short_g = (top - g) / spread
    short_b = (top - b) / spread
    if r == top:
        sector = short_b - short_g
    elif g == top:
        sector = 2.0 + short_r - short_b
    else:
        sector = 4.0 + short_g - short_r
    return (sector / 6.0) % 1.0


# HLS: hue, lightness, saturation

def rgb_to_hls(r, g, b):
    top = max(r, g, b)
    bottom = min(r, g, b)
    lightness = (bottom + top) / 2.0
    if bottom == top:
        return 0.0, lightness, 0.0
    spread = top - bottom
    if lightness <= 0.5:
        saturation = spread / (top + bottom)
    else:
        saturation = spread / (2.0 - top - bottom)
    return _hue(r, g, b, top, spread), lightness, saturation


def _hls_component(low, high, hue):
    # a trapezoid over the hue circle: rising over the first sixth, flat
    # until one half, falling until two thirds
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return low + (high - low) * hue * 6.0
    if hue < 0.5:
        return high
    if hue < TWO_THIRD:
        return low + (high - low) * (TWO_THIRD - hue) * 6.0
    return low


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    if l <= 0.5:
        high = l * (1.0 + s)
    else:
        high = l + s - (l * s)
    low = 2.0 * l - high
    return (_hls_component(low, high, h + ONE_THIRD),
            _hls_component(low, high, h),
            _hls_component(low, high, h - ONE_THIRD))


# HSV: hue, saturation, value

def rgb_to_hsv(r, g, b):
    top = max(r, g, b)
    bottom = min(r, g, b)
    if bottom == top:
        return 0.0, 0.0, top
    spread = top - bottom
    return _hue(r, g, b, top, spread), spread / top, top


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    within = (h * 6.0) - sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * within)
    t = v * (1.0 - s * (1.0 - within))
    sector = sector % 6
    if sector == 0:
        return v, t, p
    if sector == 1:
        return q, v, p
    if sector == 2:
        return p, v, t
    if sector == 3:
        return p, q, v
    if sector == 4:
        return t, p, v
    return v, p, q
