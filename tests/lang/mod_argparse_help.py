# argparse: usage lines, help layout and the formatter classes
import argparse
import os

os.environ['COLUMNS'] = '80'


def show(parser):
    print(parser.format_usage(), end='')
    print('---')
    print(parser.format_help(), end='')
    print('===')


p = argparse.ArgumentParser(prog='tool', description='Process some files and report what was found in them, '
                            'with   odd    spacing\n and newlines that the default formatter rewraps.',
                            epilog='See %(prog)s(1) for more.')
p.add_argument('files', nargs='+', help='files to read')
p.add_argument('-o', '--output', metavar='FILE', help='where to write (default: %(default)s)', default='-')
p.add_argument('-v', '--verbose', action='count', help='more output')
p.add_argument('--level', type=int, choices=range(1, 4), default=2, help='level among %(choices)s, type %(type)s')
p.add_argument('--format', choices=['json', 'text', 'csv'], help='output format')
p.add_argument('--a-very-long-option-name-indeed', dest='long', help='this help starts on the next line because '
               'the invocation is wider than the column')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--point', nargs=2, metavar=('X', 'Y'), type=float, help='a point')
p.add_argument('--maybe', nargs='?', const=1)
p.add_argument('--star', nargs='*', help='zero or more')
p.add_argument('--three', nargs=3)
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.add_argument('-r', '--req', required=True, help='needed')
show(p)

# wrapping: many options, then positionals on their own lines
w = argparse.ArgumentParser(prog='wrapper')
for name in 'alpha beta gamma delta epsilon zeta eta theta iota kappa'.split():
    w.add_argument('--' + name, metavar=name.upper())
w.add_argument('input')
w.add_argument('outputs', nargs='*')
show(w)

# a long prog name stands alone on the usage line
lp = argparse.ArgumentParser(prog='a-program-with-a-remarkably-long-name-that-takes-most-of-the-width')
lp.add_argument('--first-option', help='one')
lp.add_argument('--second-option', help='two')
lp.add_argument('--third-option-here')
lp.add_argument('thing')
show(lp)

# only positionals, wrapped
op = argparse.ArgumentParser(prog='positional-only', add_help=False)
for i in range(12):
    op.add_argument('argument%d' % i)
show(op)

# groups, their descriptions and mutually exclusive groups
g = argparse.ArgumentParser(prog='grouped', description='Grouped options.')
g.add_argument('target')
io_group = g.add_argument_group('input/output', 'Options that say where data comes from and goes to.')
io_group.add_argument('--in', dest='inp', help='input')
io_group.add_argument('--out', help='output')
empty = g.add_argument_group('empty group')
described = g.add_argument_group('described only', 'No arguments here.')
mx = g.add_mutually_exclusive_group()
mx.add_argument('--fast', action='store_true', help='go fast')
mx.add_argument('--slow', action='store_true', help='go slow')
mx2 = g.add_mutually_exclusive_group(required=True)
mx2.add_argument('--json', action='store_true')
mx2.add_argument('--xml', action='store_true')
mx2.add_argument('--fmt', metavar='F')
show(g)
one = argparse.ArgumentParser(prog='one')
r1 = one.add_mutually_exclusive_group(required=True)
r1.add_argument('--only')
o1 = one.add_mutually_exclusive_group()
o1.add_argument('--lonely', action='store_true')
o1.add_argument('pos', nargs='?')
show(one)
hid = argparse.ArgumentParser(prog='hidden')
hg = hid.add_mutually_exclusive_group()
hg.add_argument('--a', help=argparse.SUPPRESS)
hg.add_argument('--b', help='b')
hid.add_argument('x')
show(hid)

# formatter classes
text = '''First paragraph
    keeps its    layout.

Second paragraph.'''
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
            argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog='fmt', description=text, epilog=text, formatter_class=cls)
    f.add_argument('--count', type=int, default=3, help='how many\n  times   over')
    f.add_argument('--name', type=str, default='x', help='name')
    f.add_argument('--nohelp', type=str, default='q')
    f.add_argument('--sup', type=int, default=argparse.SUPPRESS, help='suppressed default')
    f.add_argument('pos', type=float, nargs='?', default=1.5, help='position')
    f.add_argument('more', type=int, nargs='*', help='more')
    f.add_argument('last', type=str, help='last')
    show(f)

# a formatter with another help column, custom usage, no help option
c = argparse.ArgumentParser(prog='cols', usage='%(prog)s [options] thing',
                            formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40))
c.add_argument('--medium-length-option', help='fits at forty')
c.add_argument('thing')
show(c)
n = argparse.ArgumentParser(prog='bare', add_help=False)
show(n)
n.add_argument('x', help='')
show(n)
s = argparse.ArgumentParser(prog='sup', usage=argparse.SUPPRESS, description='no usage')
show(s)

# other widths
for cols in ('40', '120'):
    os.environ['COLUMNS'] = cols
    show(p)
    show(w)
os.environ['COLUMNS'] = '80'

# print_help and print_usage write to stdout; -h prints help and exits 0
p.print_usage()
hh = argparse.ArgumentParser(prog='hh', description='desc')
hh.add_argument('--x', help='x help')
try:
    hh.parse_args(['--x', '1', '-h'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
