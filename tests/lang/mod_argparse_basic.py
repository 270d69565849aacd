# argparse: parse_args with the common actions, nargs, types and defaults
import argparse
import contextlib
import io
import os
import sys

os.environ['COLUMNS'] = '80'


def run(parser, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(parser.parse_args(args))
    except SystemExit as e:
        print('exit', e.code, repr(err.getvalue()))


p = argparse.ArgumentParser(prog='basic')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', action='store_false', dest='color')
p.add_argument('-n', '--num', type=int, default=1)
p.add_argument('--ratio', type=float)
p.add_argument('-I', action='append', dest='include')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--tag', action='append_const', const='t', dest='tags')
p.add_argument('--ext', action='extend', nargs='+')
for args in (['a'], ['a', 'b'], ['-vvv', 'a'], ['a', '-v', '--verbose', '-q'],
             ['--no-color', 'x', 'y'], ['-n', '5', 'a'], ['-n5', 'a'],
             ['--num=7', 'a'], ['--num', '-3', 'a'], ['--ratio', '.5', 'a'],
             ['-I', 'x', '-Iy', '--', '-z'], ['--mode', 'slow', 'a'],
             ['--const', '--tag', '--tag', 'a'], ['--ext', 'a', 'b', '--ext', 'c', '--', 'f'],
             ['-qvv', 'a'], ['--verb', 'a'], ['--nu', '2', 'a'], ['a', '-n=3']):
    run(p, args)

print(vars(p.parse_args(['a'])))
ns = p.parse_args(['x'])
print(ns.src, ns.dst, 'src' in ns, 'zzz' in ns)
print(ns == argparse.Namespace(**vars(ns)), ns == argparse.Namespace(a=1))
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(), argparse.Namespace(**{'a-b': 2, 'c': 3}))

# nargs counts and the positional share-out
q = argparse.ArgumentParser(prog='nargs')
q.add_argument('first')
q.add_argument('middle', nargs='*')
q.add_argument('last', nargs=2)
q.add_argument('--pair', nargs=2, metavar=('K', 'V'))
q.add_argument('--opt', nargs='?', const='C', default='D')
q.add_argument('--many', nargs='*')
q.add_argument('--some', nargs='+', type=int)
for args in (['a', 'b', 'c'], ['a', 'b', 'c', 'd', 'e'], ['--pair', 'k', 'v', 'a', 'b', 'c'],
             ['--opt', 'a', 'b', 'c'], ['a', 'b', 'c', '--opt'], ['--opt=X', 'a', 'b', 'c'],
             ['--many', 'a', 'b', 'c'], ['a', 'b', 'c', '--many'], ['--some', '1', '2', '--', 'a', 'b', 'c'],
             ['a', '--', '-b', '-c'], ['--', '--opt', 'x', 'y']):
    run(q, args)

# REMAINDER and parse_known_args
r = argparse.ArgumentParser(prog='rem')
r.add_argument('--flag', action='store_true')
r.add_argument('cmd')
r.add_argument('rest', nargs=argparse.REMAINDER)
run(r, ['--flag', 'ls', '-l', '--flag', 'x'])
run(r, ['ls'])
k = argparse.ArgumentParser(prog='known')
k.add_argument('--a')
k.add_argument('pos')
print(k.parse_known_args(['--a', '1', 'p', '--b', '2', 'extra']))
print(k.parse_known_args(['--zz=3', 'p']))

# defaults: set_defaults, get_default, string defaults through type, argument_default
d = argparse.ArgumentParser(prog='defaults', argument_default=argparse.SUPPRESS)
d.add_argument('--x', type=int)
d.add_argument('--y', type=int, default='12')
d.set_defaults(z='zed', y='8')
print(d.parse_args([]), d.get_default('y'), d.get_default('z'), d.get_default('x'))
e = argparse.ArgumentParser(prog='defaults2')
e.add_argument('--w', type=int, default='5')
e.add_argument('--l', default=[1])
e.set_defaults(func=len)
print(e.parse_args([]).w, e.parse_args(['--w', '6']).w, e.parse_args([]).func is len)
ns = argparse.Namespace(w=99, other=1)
print(e.parse_args([], namespace=ns), ns.w)

# negative numbers are arguments unless an option looks like one
m = argparse.ArgumentParser(prog='neg')
m.add_argument('-x')
m.add_argument('val', nargs='?')
run(m, ['-x', '-1'])
run(m, ['-5'])
run(m, ['-x', '-1.5', '-2'])
m2 = argparse.ArgumentParser(prog='neg2')
m2.add_argument('-1', dest='one', action='store_true')
m2.add_argument('val', nargs='?')
run(m2, ['-1'])
run(m2, ['-2'])

# prefix_chars, allow_abbrev and option names without a long form
pc = argparse.ArgumentParser(prog='plus', prefix_chars='-+')
pc.add_argument('+f', action='store_true')
pc.add_argument('++bar')
pc.add_argument('-long-single', dest='ls')
run(pc, ['+f', '++bar', 'B', '-long-single', 'L'])
print(pc.parse_args(['++b', '1']))
na = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
na.add_argument('--foobar')
na.add_argument('-a', action='store_true')
na.add_argument('-b', action='store_true')
run(na, ['--foo', '1'])
run(na, ['-ab'])

# custom actions and types
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper() + '!' + str(option_string))


def even(text):
    n = int(text)
    if n % 2:
        raise argparse.ArgumentTypeError('%d is odd' % n)
    return n

c = argparse.ArgumentParser(prog='custom')
c.add_argument('--up', action=Upper)
c.add_argument('--even', type=even)
c.add_argument('--hexa', type=lambda s: int(s, 16))
run(c, ['--up', 'abc', '--even', '4', '--hexa', 'ff'])
run(c, ['--even', '3'])
act = c.add_argument('--shown', help='h')
print(act)
print(type(act).__name__, act.dest, act.option_strings, act.required)

# BooleanOptionalAction
b = argparse.ArgumentParser(prog='bool')
b.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='colour')
run(b, [])
run(b, ['--no-color'])
run(b, ['--color'])
print(b.format_help())
