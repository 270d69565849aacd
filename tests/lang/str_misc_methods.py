# str and bytes methods reached through subclasses, unbound method calls,
# keyword arguments, and methods used as values.
class S(str):
    pass

class B(bytes):
    pass

class BA(bytearray):
    pass

s = S('  Hello World  ')
for r in [s.strip(), s.upper(), s.split(), s.replace('l', 'L'), s.find('W'), s.center(20, '*'),
          s.startswith('  H'), s.partition('o'), s.encode(), s.zfill(18), s[2:7], s + '!', s * 2]:
    print(type(r).__name__, repr(r))
print(str.upper('abc'), str.split('a b'), str.join(',', 'abc'), str.format('{}-{}', 1, 2))
print(S('x').join(['a', 'b']), type(S('x').join(['a'])).__name__, type(''.join([S('q')])).__name__)
print('a,b'.split(sep=','), 'a,b,c'.rsplit(',', maxsplit=1), 'a\nb'.splitlines(keepends=True))
print('{self} {0}'.format('pos', self='kw'), '{a}'.format(a=S('sub')), '{0:>4}'.format(S('r')))
f = 'x y z'.split
print(f(), f(' ', 1), list(map(str.strip, [' a ', 'b '])), sorted(['b', 'A', 'c'], key=str.lower))
b = B(b' data ')
for r in [b.strip(), b.upper(), b.split(), b.hex(), b.decode(), b[1:3], b + b'!', b.replace(b'a', b'A')]:
    print(type(r).__name__, repr(r))
ba = BA(b'abc')
ba.append(100)
ba.extend([101, 102])
ba += b'g'
print(type(ba).__name__, ba, ba.upper(), type(ba.upper()).__name__, ba.pop(), ba.find(b'c'), len(ba))
print(bytearray(b'xyz').decode('ascii'), bytearray(b'a-b').split(b'-'), BA.fromhex('41 42'), B.fromhex('43'))
print(type(BA.fromhex('41')).__name__, type(B.fromhex('43')).__name__)
print(bytes.hex(b'\x01\x02', ':'), bytearray.hex(bytearray(b'\xff')), b'abc'.title(), b'x y'.istitle())
words = 'the quick brown fox jumps over the lazy dog'.split()
print(' '.join(w.capitalize() for w in words), '|'.join(w[::-1] for w in words))
print(','.join(str(i) for i in range(5)), '-'.join(map(str, [1.5, None, True])))
try:
    ''.join(x for x in [1])
except TypeError as e:
    print(e)
def gen():
    yield 'a'
    raise ValueError('boom')
try:
    ''.join(gen())
except ValueError as e:
    print('ValueError', e)
print('x'.join(S(c) for c in 'abc'), 'x'.join(('a',)), 'x'.join(['only']), ''.join(['a', 'b']))
