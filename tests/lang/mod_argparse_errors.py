# argparse: error messages, exit statuses, ArgumentError and add_argument misuse
import argparse
import contextlib
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def run(parser, args):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            result = parser.parse_args(args)
        print('ok', result)
    except SystemExit as e:
        print('exit', e.code)
        print(out.getvalue() + err.getvalue(), end='')


p = argparse.ArgumentParser(prog='err')
p.add_argument('x')
p.add_argument('y', choices=['a', 'b'])
p.add_argument('-n', type=int)
p.add_argument('-f', '--float', type=float)
p.add_argument('-a', action='store_true')
p.add_argument('--two', nargs=2)
p.add_argument('--plus', nargs='+')
p.add_argument('--num', choices=[1, 2, 3], type=int)
p.add_argument('--foo')
p.add_argument('--foobar')
p.add_argument('--req', required=False)
for args in ([], ['1'], ['1', 'z'], ['1', 'a', '-n', 'abc'], ['1', 'a', '-f', 'x.y'],
             ['1', 'a', '-n'], ['1', 'a', '-n', '-a'], ['1', 'a', '--two', 'q'],
             ['1', 'a', '--two=q'], ['1', 'a', '--plus'], ['1', 'a', '--num', '7'],
             ['1', 'a', '--fo', 'v'], ['1', 'a', '--fo=v'], ['1', 'a', 'extra', '--bogus'],
             ['1', 'a', '-ax'], ['1', 'a', '--a=1'], ['1', 'a', '-a=1'], ['1', 'a', '-n', '1', '-n', 'q'],
             ['1', 'a', '--foob', '3'], ['-', 'b']):
    run(p, args)

r = argparse.ArgumentParser(prog='required')
r.add_argument('-i', '--input', required=True)
r.add_argument('--other', required=True)
r.add_argument('files', nargs='+')
r.add_argument('maybe', nargs='?')
run(r, [])
run(r, ['-i', 'x'])

m = argparse.ArgumentParser(prog='mutex')
g = m.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true')
g.add_argument('-b', action='store_true')
g.add_argument('--c')
g2 = m.add_mutually_exclusive_group(required=True)
g2.add_argument('--x', action='store_true')
g2.add_argument('--y', type=int)
g2.add_argument('--hidden', help=argparse.SUPPRESS)
run(m, ['--x'])
run(m, ['--x', '-a', '-b'])
run(m, ['--x', '-b', '--c', '3'])
run(m, ['--x', '--y', '3'])
run(m, ['-a'])
run(m, ['--y', '4', '-ab'])

# exit_on_error=False raises ArgumentError instead
q = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
q.add_argument('--n', type=int)
q.add_argument('--c', choices='xyz')
for args in (['--n', 'zz'], ['--c', 'w'], ['--n']):
    try:
        q.parse_args(args)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
run(q, ['--unknown'])

# error() and exit() directly
e = argparse.ArgumentParser(prog='direct')
e.add_argument('--v')
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        e.error('something went wrong')
    except SystemExit as ex:
        print('exit', ex.code)
    try:
        e.exit(3, 'bye\n')
    except SystemExit as ex:
        print('exit', ex.code)
    try:
        e.exit()
    except SystemExit as ex:
        print('exit', ex.code)
print(err.getvalue(), end='')


# mistakes in add_argument
def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print('no error')
    except (ValueError, TypeError, argparse.ArgumentError) as ex:
        print(type(ex).__name__ + ':', ex)

b = argparse.ArgumentParser(prog='bad')
b.add_argument('--dup')
attempt(b.add_argument, '--dup')
attempt(b.add_argument, '-h')
attempt(b.add_argument, 'pos', required=True)
attempt(b.add_argument, 'pos', dest='other')
attempt(b.add_argument, '--x', action='nope')
attempt(b.add_argument, '--x', type='int')
attempt(b.add_argument, '--x', nargs=0)
attempt(b.add_argument, '--x', const=3)
attempt(b.add_argument, '--x', nargs=2, metavar=('A', 'B', 'C'))
attempt(b.add_argument, 'x', nargs='+', metavar=('A',))
attempt(b.add_argument, '--', dest=None)
attempt(b.add_argument, 'x', 'y')
bg = b.add_mutually_exclusive_group()
attempt(bg.add_argument, '--must', required=True)
res = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
res.add_argument('-x', '--ex', help='old')
res.add_argument('--ex', help='new')
res.add_argument('-h', action='store_true', help='not help')
print(res.format_help(), end='')
attempt(argparse.ArgumentParser, conflict_handler='odd')

# a script that ends with an error: usage and message on stderr, status 2
last = argparse.ArgumentParser(prog='final')
last.add_argument('count', type=int)
last.parse_args(['many'])
print('not reached')
