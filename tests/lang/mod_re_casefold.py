# Case-insensitive matching of literals, sets and negated sets over many
# characters against their case variants (and the characters that Unicode
# folds together: K/k/KELVIN SIGN, s/long s, sigmas...), and ranges with
# re.I and re.I|re.A. Results are packed into hex bitmasks.
import re
bits = []
for c in list(range(0x20, 0x600)) + list(range(0x1c80, 0x1d00)) + list(range(0x1e00, 0x2200)) + [0xa64b, 0xfb05, 0xfb06, 0x10400, 0x10428]:
    ch = chr(c)
    cands = {ch.lower(), ch.upper(), ch.casefold(), ch.title(), ch.swapcase()}
    cands = sorted(x for x in cands if len(x) == 1)
    p = re.compile(re.escape(ch), re.I)
    ps = re.compile('[' + re.escape(ch) + ']', re.I)
    pn = re.compile('[^' + re.escape(ch) + ']', re.I)
    for x in cands + ['k', 's', 'i', 'K']:
        bits += [bool(p.match(x)), bool(ps.match(x)), bool(pn.match(x))]

def pack(bs):
    n = 0
    for b in bs:
        n = n * 2 + b
    return '%x' % n

for i in range(0, len(bits), 1024):
    print(pack(bits[i:i + 1024]))
for lo, hi in [(0x41, 0x5a), (0x61, 0x7a), (0x3a0, 0x3c9), (0x400, 0x45f), (0x100, 0x17f), (0x2160, 0x217f), (0x1e00, 0x1eff), (0x10400, 0x1044f)]:
    p = re.compile('[%s-%s]' % (chr(lo), chr(hi)), re.I)
    print(hex(lo), pack([bool(p.match(chr(c))) for c in range(0x20, 0x2200)]))
    p = re.compile('[%s-%s]' % (chr(lo), chr(hi)), re.I | re.A)
    print(hex(lo), pack([bool(p.match(chr(c))) for c in range(0x20, 0x300)]))
