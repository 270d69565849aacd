# getopt: getopt and gnu_getopt, short and long options, and their errors
import getopt
import os

os.environ.pop('POSIXLY_CORRECT', None)

def show(fn, args, short, long=[]):
    try:
        print(fn.__name__, args, '->', fn(args, short, long))
    except getopt.GetoptError as e:
        print(fn.__name__, args, '-> GetoptError:', str(e), '| msg =', repr(e.msg),
              '| opt =', repr(e.opt), '| args =', e.args)

longs = ['help', 'output=', 'verbose', 'verbatim', 'level=', 'lev']
calls = [
    ['-a', '-b', 'x', 'rest', '-c'],
    ['-ab', 'x'],
    ['-abx', 'y'],
    ['-bx'],
    ['-b'],
    ['-a', '-z'],
    ['-a', '--', '-b', 'x'],
    ['-', '-a'],
    [],
    ['file', '-a'],
    ['--help', '--output=o.txt', '--output', 'p.txt', 'file'],
    ['--he'],
    ['--verb'],
    ['--verbo'],
    ['--verbat', 'x'],
    ['--out=1', '--o', '2'],
    ['--output='],
    ['--output'],
    ['--help=yes'],
    ['--hel=1'],
    ['--nothere'],
    ['--lev'],
    ['--le'],
    ['--level', '5', '--lev'],
    ['--le=3'],
    ['-a', 'file', '--help', '-b', 'v', '--', '-c'],
    ['-:'],
    ['-c-a'],
    ['--=x'],
    ['---help'],
]
for args in calls:
    show(getopt.getopt, args, 'ab:c', longs)
    show(getopt.gnu_getopt, args, 'ab:c', longs)

# longopts as a single string; tuple args
show(getopt.getopt, ['--only', 'x'], '', 'only')
show(getopt.getopt, ['--only=1'], '', 'only=')
print(getopt.getopt(('-a', 'x', 'y'), 'a'))
print(getopt.getopt(('-a', '--', 'y'), 'a'))
print(getopt.gnu_getopt(('x', '-a', 'y'), 'a'))

# '+' stops gnu_getopt at the first non-option; so does POSIXLY_CORRECT
show(getopt.gnu_getopt, ['-a', 'file', '-c'], '+ac')
os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['-a', 'file', '-c'], 'ac')
del os.environ['POSIXLY_CORRECT']
show(getopt.gnu_getopt, ['-a', 'file', '-c'], 'ac')

# exact matches beat prefixes; both 'x' and 'x=' declared
show(getopt.getopt, ['--x'], '', ['x', 'x='])
show(getopt.getopt, ['--x', 'v'], '', ['x=', 'xy'])
show(getopt.getopt, ['--x'], '', ['xa', 'xb'])

# the error class
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('message')
print(repr(e.msg), repr(e.opt), e.args, str(e))
e = getopt.GetoptError('m', 'o')
print(repr(e), e.args)
print(getopt.GetoptError.msg == '', getopt.GetoptError.opt == '')
try:
    getopt.getopt(['-q'], 'a')
except getopt.error as err:
    print('caught via error:', err, err.opt)
