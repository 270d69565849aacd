# printf-style formatting: str % args with every flag and conversion, the
# mapping form, '*' widths, and the errors.
class R:
    def __repr__(self):
        return 'R\xe9'
    def __str__(self):
        return 'R-str'

class I:
    def __index__(self):
        return 7
    def __int__(self):
        return 8

class Fl:
    def __float__(self):
        return 2.5

cases = r'''
'%-8s %5d %10.3f %04x' % ('name', 42, 3.14159, 255)
'%s' % 'x'
'%s' % ('x',)
'%s' % (('a', 'b'),)
'%s %s' % ('a', 'b')
'%r' % 'x'
'%a' % '\xe9'
'%r %s %a' % (R(), R(), R())
'%c%c' % (65, 'b')
'%c' % 0x20ac
'%c' % 'ab'
'%c' % 1.5
'%c' % -1
'%c' % 0x110000
'%%'  % ()
'100%%' % ()
'%5%' % ()
'%d %i %u' % (1, -2, 3)
'%d' % 3.99
'%d' % -3.99
'%d' % True
'%d' % '1'
'%d' % I()
'%x' % I()
'%x' % 3.0
'%o %#o %x %#x %X %#X' % (8, 8, 255, 255, 255, 255)
'%+d % d %+d % d' % (5, 5, -5, -5)
'%05d|%-5d|%5d' % (42, 42, 42)
'%-05d' % 42
'%.3d' % 5
'%8.3d' % -5
'%e %E' % (12345.678, 0.000123)
'%f %F' % (1.5, float('inf'))
'%g %G %g %g' % (0.00001, 1e20, 100000.0, 1000000.0)
'%#g' % 1.0
'%.0f %.0e %#.0f' % (2.5, 2.5, 2.5)
'%10.4f|%-10.2f|%+.1f' % (3.14159, 2.5, 2.25)
'%f' % 10**20
'%f' % 'x'
'%f' % Fl()
'%s' % None
'%s %s' % [1, 2]
'%s' % [1, 2]
'%s' % {'a': 1}
'%(a)s %(b)d' % {'a': 'x', 'b': 2}
'%(a)s %(a)r' % {'a': 'x'}
'%(a)s' % {}
'%(a)s' % ('x',)
'%(a' % {'a': 1}
'%(a)s %s' % {'a': 1}
'%s' % {'a': 1}
'%*d|%-*d' % (5, 1, 5, 2)
'%.*f' % (2, 3.14159)
'%*.*f' % (8, 2, 3.14159)
'%*d' % (-5, 1)
'%*d' % ('x', 1)
'%.*f' % (-1, 1.5)
'%s %s' % ('a',)
'%s' % ('a', 'b')
'%d' % ()
'x' % ()
'x' % 'y'
'x' % 5
'%' % ()
'%z' % 1
'%\xe9' % 1
'ab%5' % 1
'%s %y' % (1, 2)
'%d' % 'x'
'%x' % 'x'
'%o' % 1.5
'%i' % None
'%.2s' % 'abcdef'
'%5.2s|' % 'abcdef'
'%-6r|' % 'a'
'%ld %hd %Lf' % (1, 2, 3.0)
'%(x)-5d|' % {'x': 3}
'%()s' % {'': 'empty'}
'%(a(b)c)s' % {'a(b)c': 'nest'}
'%s' % b'x'
'%d%%' % 50
'%.3s' % R()
'%c' % '\xe9'
'%5c|%-5c|' % ('x', 'y')
'%#5x|%-#8o|' % (255, 8)
'%010.3f' % -3.14159
'%+010d' % 42
'% 05d' % 42
'%#.3g' % 1.0
'%.12g' % (1/3)
'%s' % 12345678901234567890
'%x' % 12345678901234567890
'%d' % -(2**70)
'%-+8.2f|' % 3.14159
'%s' % (1.0,)
'%r' % (1e100,)
'%(n)05.1f' % {'n': 2.25}
'%s%s' % ('\xe9', '\u20ac')
'%-4s|' % '\xe9'
'%4s|' % '\u20ac'
'''.strip().split('\n')
for c in cases:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '!!', type(e).__name__ + ':', e)

class B:
    def __bytes__(self):
        return b'BYTES'
bcases = r'''
b'%s %d' % (b'x', 5)
b'%s' % 'x'
b'%b|%5s|%-5b|%.2s' % (b'ab', b'cd', bytearray(b'ef'), b'xyz')
b'%s' % B()
b'%r %a' % ('\xe9', b'\xff')
b'%c%c%c' % (65, b'B', bytearray(b'C'))
b'%c' % 256
b'%c' % b'ab'
b'%c' % 'a'
b'%x %05.1f %+d' % (255, 2.25, 3)
b'%(k)s' % {b'k': b'v'}
b'%(k)s' % {'k': b'v'}
b'%s' % (b'a', b'b')
b'%s %s' % (b'a',)
b'%y' % 1
b'%%' % ()
b'\xff%s\xfe' % b'\x00'
bytearray(b'%d') % 5
b'%s' % int
'''.strip().split('\n')
for c in bcases:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '!!', type(e).__name__ + ':', e)
print('%5%' % ()) if False else None
for f, a in [('%5%', (1,)), ('%5%', ()), ('%(a)%', {'a': 1}), ('%%', ())]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
# CPython's scanner quirks: '*' arguments are taken before the end is found;
# a bytes conversion byte above 0x7f is read as a signed char, except after
# the digits of a width or precision.
for f, a in [(b'%\xff', 1), (b'%5\xff', 1), (b'%.1\x80x', 1), (b'%\x01', 1), (b'%5\x01', 1), ('%\x01', 1),
             ('%\x00', 1), (b'%*', {'a': 1}), ('%.*', (1,)), ('%*', ()), ('%*.*', (1, 2)), ('%.*', ('x',)),
             (b'%i', [1]), (b'%u', [1]), (b'%f', 'x'), ('%i', [1])]:
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
