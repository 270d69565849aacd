# argparse: help placeholders, version text, -x-1 and --opt=-v, sub-commands with a metavar
import argparse, os, io, contextlib
os.environ['COLUMNS'] = '60'
def run(p, args):
    err = io.StringIO(); out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            r = p.parse_args(args)
        print('ok', r)
    except SystemExit as e:
        print('exit', e.code); print(out.getvalue() + err.getvalue(), end='')
p = argparse.ArgumentParser(prog='x', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--foo', type=int, default=4, help='%(default)s %(type)s %(dest)s %(metavar)s 100%%')
p.add_argument('-x', nargs='?', type=int, const='5')
p.add_argument('-V', '--version', action='version', version='x version 1.2.3 ' + 'long text ' * 10)
p.add_argument('--choice', choices=('up', 'down'), default='up', help='dir')
p.add_argument('--bool', action=argparse.BooleanOptionalAction, help='b')
p.add_argument('pos', nargs='*', default=['d'], help='pp')
print(p.format_help())
for a in (['-x'], ['-x', '7'], ['--foo=-3'], ['-x-1'], ['--fo=3'], ['-V'], ['--no-bool'], ['--choice', 'left'], ['a', 'b'], ['--foo', '1', '--', '--foo'], ['--', '--', 'y']):
    run(p, a)
s = argparse.ArgumentParser(prog='s')
s.add_argument('--g', action='store_true')
sub = s.add_subparsers(dest='cmd', metavar='CMD', help='commands')
a = sub.add_parser('alpha', help='first', aliases=['al'])
a.add_argument('n', type=int)
b = sub.add_parser('beta', help='second ' * 12)
b.add_argument('--z', choices=['1', '2'])
print(s.format_help())
for args in (['alpha', '3'], ['al', 'x'], ['beta', '--z', '3'], ['--g', 'beta', '--z', '1'], ['gamma'], ['beta', 'extra'], ['alpha', '1', '--g']):
    run(s, args)
try:
    sub.add_parser('b2', aliases=['al'])
except argparse.ArgumentError as e:
    print(e)
