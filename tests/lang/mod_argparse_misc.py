# argparse: prog from sys.argv, FileType, defaults that must not be shared,
# metavars and dests of positionals, quirks of the positional share-out
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


p = argparse.ArgumentParser()
print(p.prog, p.format_usage(), end='')
p = argparse.ArgumentParser(description='%(prog)s does things', usage='%(prog)s [opts] FILE')
print(p.format_help(), end='')

# append to a default list copies it
a = argparse.ArgumentParser(prog='app')
dflt = ['base']
a.add_argument('--item', action='append', default=dflt)
a.add_argument('--n', action='count')
print(a.parse_args(['--item', 'x', '--item', 'y']), dflt)
print(a.parse_args([]), a.parse_args(['--n', '--n']))

# FileType
with open('mod_argparse_misc.txt', 'w') as f:
    f.write('hello\n')
ft = argparse.ArgumentParser(prog='files')
ft.add_argument('infile', type=argparse.FileType('r'))
ft.add_argument('--out', type=argparse.FileType('w'), default='-')
ns = ft.parse_args(['mod_argparse_misc.txt'])
print(ns.infile.read(), end='')
ns.infile.close()
print(ns.out is sys.stdout, argparse.FileType('rb'), argparse.FileType('w', encoding='utf-8'))
run(ft, ['no-such-file.txt'])
os.remove('mod_argparse_misc.txt')

# positional metavars and dests
pm = argparse.ArgumentParser(prog='meta')
pm.add_argument('in-file', metavar='SRC', help='source')
pm.add_argument('pair', nargs=2, metavar='KV', help='a pair')
pm.add_argument('--opt', dest='renamed', metavar='O', type=str.upper)
pm.add_argument('--tup', nargs='+', metavar=('FIRST', 'REST'))
pm.add_argument('--hidden-dest', dest=argparse.SUPPRESS, action='store_true')
print(pm.format_help(), end='')
run(pm, ['s', 'k', 'v', '--opt', 'low', '--tup', '1', '2'])
run(pm, ['s', 'k'])

# quirks: '*' positionals take nothing when an option comes first
qk = argparse.ArgumentParser(prog='quirk')
qk.add_argument('--o')
qk.add_argument('first')
qk.add_argument('rest', nargs='*')
run(qk, ['a', '--o', 'x', 'b', 'c'])
run(qk, ['--o', 'x', 'a', 'b', 'c'])
run(qk, ['a', 'b', '--o', 'x'])
opt = argparse.ArgumentParser(prog='optq')
opt.add_argument('-x', nargs='?', const='C')
opt.add_argument('pos', nargs='?')
run(opt, ['-x', 'v'])
run(opt, ['v', '-x'])
run(opt, ['-x', '--', 'v'])

# required sub-commands without dest, and sub-command errors with exit_on_error=False
rs = argparse.ArgumentParser(prog='rs')
sp = rs.add_subparsers(required=True)
sp.add_parser('only')
run(rs, [])
ee = argparse.ArgumentParser(prog='ee', exit_on_error=False)
esp = ee.add_subparsers(dest='c')
esp.add_parser('go', exit_on_error=False).add_argument('--n', type=int)
for args in (['go', '--n', 'x'], ['stop']):
    try:
        ee.parse_args(args)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e)

# namespaces given to parse_args keep their attributes
ns = argparse.Namespace(pos='given', extra=1)
print(opt.parse_args([], namespace=ns), ns.extra)
ns = argparse.Namespace()
ns.a = 1
del ns.a
print(ns, 'a' in ns)
