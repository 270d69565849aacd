# str.format and str.format_map: fields, numbering, attributes and items,
# conversions, nested specs, escapes, and every parser error.
class P:
    def __init__(self):
        self.x = 3
        self.name = 'pt'
        self.items = [10, 20, 30]
    def __repr__(self):
        return 'P<\xe9>'
    def __str__(self):
        return 'P-str'

class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'

class Bad:
    def __format__(self, spec):
        return 42

class Plain:
    pass

p = P()
d = {'a': 1, 'b': [1, 2], 'c': {'k': 'v'}, 3: 'three'}
cases = r'''
'{}'.format(1)
'{} {}'.format('a', 'b')
'{0} {1} {0}'.format('a', 'b')
'{1}'.format('a', 'b')
'{x}'.format(x=5)
'{x} {}'.format(1, x=2)
'{x} {0}'.format(1, x=2)
'{0.x} {0.name}'.format(p)
'{p.x}'.format(p=p)
'{0[1]}'.format([5, 6])
'{0[a]}'.format(d)
'{0[3]}'.format(d)
'{0[b][1]}'.format(d)
'{0[c][k]}'.format(d)
'{0.items[2]}'.format(p)
'{d[a]}'.format(d=d)
'{0!r} {0!s} {0!a}'.format(p)
'{0!r:>10}'.format('x')
'{!r}'.format('\xe9')
'{!a}'.format('\xe9\u20ac')
'{:>8}'.format('x')
'{:*^9}'.format('mid')
'{:08.3f}'.format(3.14159)
'{:,}'.format(1234567)
'{:_x}'.format(255255)
'{:#b}'.format(5)
'{:e}'.format(12345.678)
'{:.2%}'.format(0.256)
'{:{w}.{p}f}'.format(3.14159, w=10, p=2)
'{:{}.{}f}'.format(3.14159, 10, 3)
'{0:{1}}'.format('x', 5)
'{:{}}'.format('x', '>4')
'{:{:{}}}'.format(1, 2, 3)
'{{}}'.format()
'{{{}}}'.format(7)
'a{{b}}c'.format()
'}}'.format()
'{{'.format()
'{}'.format(F())
'{:abc}'.format(F())
'{!r:abc}'.format(F())
'{}'.format(Bad())
'{}'.format(Plain())[:14]
'{:x}'.format(Plain())
'{}'.format(None)
'{:>6}'.format(None)
'{}'.format(True)
'{:d}'.format(True)
'{:>5}'.format(True)
'{}'.format([1, 'a'])
'{}'.format((1,))
'{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}'.format(*range(11))
'{}'.format()
'{1}'.format('a')
'{0} {}'.format(1, 2)
'{} {0}'.format(1, 2)
'{x}'.format()
'{x}'.format(1)
'}'.format()
'{'.format()
'a}b'.format()
'{0'.format(1)
'{0!'.format(1)
'{0!x}'.format(1)
'{0!rr}'.format(1)
'{0!r'.format(1)
'{!}'.format(1)
'{0:'.format(1)
'{0:{'.format(1)
'{0.}'.format(p)
'{0[}'.format([1])
'{0[0]x}'.format([1])
'{0[0]'.format([1])
'{0.missing}'.format(p)
'{0[5]}'.format([1])
'{0[x]}'.format([1])
'{a{b}'.format()
'{:{:{:{}}}}'.format(1, 2, 3, 4)
'{0:{a}}'.format(1)
'{:d}'.format('x')
'{:s}'.format(1)
'{:.2f}'.format('x')
'{0:\xe9^7}'.format('x')
'{\xe9}'.format(**{'\xe9': 'acc'})
'{0}'.format_map({})
'{a}'.format_map({'a': 1})
'{a} {b[0]}'.format_map({'a': 1, 'b': [2]})
'{a}'.format_map({})
'{}'.format_map({})
'{0[-1]}'.format([1, 2])
'{0[-1]}'.format({'-1': 'neg'})
'{0[ 1]}'.format({' 1': 'sp'})
'{00}'.format('zero')
'{0[01]}'.format([1, 2])
'{99999999999999999999999}'.format(1)
'{:%}'.format(1)
'{!s:^10}'.format(p)
'{0.__class__.__name__}'.format(p)
'{0:>{1}}'.format('x', -1)
'''.strip().split('\n')
for c in cases:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '!!', type(e).__name__ + ':', e)

class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{name} is {age}'.format_map(Default(name='Ann')))
print(format(3.5, '>8'), format('x', '^5'), format(12, 'b'), format(p), format(F(), 'zz'))
print('{:>10}|{:<10}|{:^10}'.format('right', 'left', 'mid'))
print('{0:*>+10.2f}|{0:-^12,.1f}'.format(-1234.5678))
print("{:c}{:c}".format(72, 0x20ac))
