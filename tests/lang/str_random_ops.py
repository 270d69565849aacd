# Differential test: random strings through the str and bytes methods and
# the codecs (a fixed pseudo-random stream, so CPython and atoll see the same
# calls); found the bugs hand-written cases missed.
import sys
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
state = [seed]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return (state[0] >> 4) % n
ALPHA = ['a', 'b', 'A', 'B', ' ', '\t', '\n', '\r', 'é', 'Σ', 'σ', 'ß', '\u3000', '\x1c', '\x85', '\u2028', '1', '٣', '.', "'", 'ǅ', 'İ', '😀', 'ab', 'ba', '\x0b']
def rstr(k=8):
    return ''.join(ALPHA[rnd(len(ALPHA))] for _ in range(rnd(k)))
def rint():
    return rnd(14) - 7
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, repr(r))
for i in range(1200):
    s = rstr(10)
    sub = rstr(3)
    sub2 = rstr(3)
    a, b = rint(), rint()
    m = rnd(40)
    if m == 0: show(('find', s, sub, a, b), lambda: (s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b)))
    elif m == 1: show(('split', s, sub, a), lambda: s.split(sub or None, a))
    elif m == 2: show(('rsplit', s, sub, a), lambda: s.rsplit(sub or None, a))
    elif m == 3: show(('strip', s, sub), lambda: (s.strip(sub), s.lstrip(sub), s.rstrip(sub), s.strip()))
    elif m == 4: show(('replace', s, sub, sub2, a), lambda: s.replace(sub, sub2, a))
    elif m == 5: show(('case', s), lambda: (s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold()))
    elif m == 6: show(('is', s), lambda: (s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isidentifier(), s.isascii()))
    elif m == 7: show(('splitlines', s), lambda: (s.splitlines(), s.splitlines(True)))
    elif m == 8: show(('pad', s, a), lambda: (s.center(a + 8, 'é'), s.ljust(a + 6), s.rjust(a + 9, '*'), s.zfill(a + 7)))
    elif m == 9: show(('tabs', s, a), lambda: s.expandtabs(a))
    elif m == 10: show(('part', s, sub), lambda: (s.partition(sub), s.rpartition(sub)))
    elif m == 11: show(('sw', s, sub, a, b), lambda: (s.startswith(sub, a, b), s.endswith(sub, a, b), s.startswith((sub2, sub), a)))
    elif m == 12: show(('idx', s, sub, a), lambda: s.index(sub, a))
    elif m == 13: show(('slice', s, a, b), lambda: (s[a:b], s[::a or 1], s[b::-1]))
    elif m == 14: show(('enc', s), lambda: (s.encode(), s.encode('utf-16'), s.encode('latin-1', 'replace'), s.encode('ascii', 'backslashreplace'), s.encode('utf-32-be', 'xmlcharrefreplace')))
    elif m == 15:
        bs = s.encode('utf-8', 'replace')[rnd(3):]
        show(('dec', bs), lambda: (bs.decode('utf-8', 'replace'), bs.decode('ascii', 'backslashreplace'), bs.decode('latin-1'), bs.decode('utf-16-le', 'replace'), bs.decode('utf-8', 'surrogateescape')))
    elif m == 16:
        bs = s.encode('utf-8', 'replace')
        bsub = sub.encode()
        show(('bytes', bs, bsub, a, b), lambda: (bs.split(bsub or None, a), bs.rsplit(bsub or None, a), bs.strip(bsub), bs.find(bsub, a, b), bs.count(bsub), bs.replace(bsub, b'-', a), bs.splitlines(True), bs.title(), bs.swapcase(), bs.istitle(), bs.isspace(), bs.expandtabs(a)))
    elif m == 17: show(('join', s, sub), lambda: sub.join(s.split()))
    elif m == 18: show(('trans', s), lambda: s.translate(str.maketrans('aΣé', 'xyz', 'b')))
    elif m == 19: show(('fmt', s, a), lambda: ('{:>{}}|{!r:^12}|{!a}'.format(s, a + 8, s, s), '%-*s|%.3r' % (a + 6, s, s)))
    elif m == 20: show(('affix', s, sub), lambda: (s.removeprefix(sub), s.removesuffix(sub)))
    elif m == 21:
        bs = s.encode('utf-16-le', 'surrogatepass')[rnd(2):]
        show(('d16', bs), lambda: (bs.decode('utf-16-le', 'replace'), bs.decode('utf-16-be', 'backslashreplace'), bs.decode('utf-32', 'replace')))
    elif m == 22:
        bs = bytes(rnd(256) for _ in range(rnd(8)))
        show(('rawdec', bs), lambda: (bs.decode('utf-8', 'replace'), bs.decode('utf-8', 'backslashreplace'), bs.decode('cp1252', 'replace'), bs.hex(':', a or 1)))
    elif m == 23:
        try:
            bs = bytes(rnd(256) for _ in range(rnd(8)))
            bs.decode('utf-8')
        except UnicodeDecodeError as e:
            print('ude', e.start, e.end, e.reason)
    else:
        show(('repr', s), lambda: (repr(s), ascii(s), len(s), s[a:b], s * 2))
