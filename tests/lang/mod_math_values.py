# math: several thousand values of the libm-backed and CPython-specific
# functions (gamma, lgamma, hypot, fsum, remainder...) must agree to the bit
import math
s = 12345
def rnd():
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    return s / 2**64
h = 0
n = 0
for i in range(1500):
    a = (rnd() - 0.3) * 10 ** (rnd() * 8 - 4)
    b = (rnd() - 0.5) * 10 ** (rnd() * 8 - 4)
    c = rnd() * 300 - 150
    vals = []
    for f in (math.gamma, math.lgamma, math.erf, math.erfc, math.exp, math.log, math.sin,
              math.cos, math.tan, math.atan, math.sqrt, math.log1p, math.expm1, math.log2,
              math.log10, math.sinh, math.tanh, math.asinh, math.cbrt, math.exp2):
        for x in (a, c):
            try:
                vals.append(f(x))
            except (ValueError, OverflowError) as e:
                vals.append(str(e))
    vals.append(math.hypot(a, b))
    vals.append(math.hypot(a, b, c))
    vals.append(math.hypot(a, b, c, a * 3, 1e-300))
    vals.append(math.dist((a, b), (c, 1.5)))
    vals.append(math.fsum([a, b, c, a * 1e20, -a * 1e20, b / 3]))
    vals.append(math.remainder(c, a))
    vals.append(math.fmod(c, a))
    vals.append(math.atan2(a, b))
    try:
        vals.append(math.pow(abs(a), b))
    except OverflowError:
        vals.append("ovf")
    vals.append(math.log(abs(c) + 1, abs(a) + 2))
    line = repr(vals)
    if i % 300 == 0:
        print(line)
    for ch in line:
        h = (h * 31 + ord(ch)) % 1000000007
    n += 1
print(n, h)
