# argparse: sub-commands, parents, argument groups and files of arguments
import argparse
import contextlib
import io
import os

os.environ['COLUMNS'] = '80'


def run(parser, args):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            result = parser.parse_args(args)
        shown = {k: getattr(v, '__name__', v) if callable(v) else v for k, v in vars(result).items()}
        print('ok', argparse.Namespace(**shown))
    except SystemExit as e:
        print('exit', e.code)
        print(out.getvalue() + err.getvalue(), end='')


def cmd_add(ns):
    return 'adding %s' % ns.items


def cmd_rm(ns):
    return 'removing %s%s' % (ns.name, ' (forced)' if ns.force else '')


p = argparse.ArgumentParser(prog='git-ish', description='A tool with sub-commands.')
p.add_argument('--debug', action='store_true')
p.add_argument('repo')
sub = p.add_subparsers(dest='command', help='what to do')
add = sub.add_parser('add', help='add things', aliases=['a'], description='Add items.')
add.add_argument('items', nargs='+')
add.add_argument('-n', '--dry-run', action='store_true', help='only show')
add.set_defaults(func=cmd_add)
rm = sub.add_parser('rm', help='remove a thing')
rm.add_argument('name')
rm.add_argument('--force', '-f', action='store_true')
rm.set_defaults(func=cmd_rm)
st = sub.add_parser('status')
for args in (['r', 'add', 'x', 'y'], ['--debug', 'r', 'a', '-n', 'z'], ['r', 'rm', '-f', 'thing'],
             ['r', 'status'], ['r'], ['r', 'bogus'], ['r', 'rm'], ['r', 'rm', 'x', '--what'],
             ['r', 'add', '-h'], ['-h'], ['r', 'rm', 'n', '--debug']):
    run(p, args)
ns = p.parse_args(['r', 'rm', 'file'])
print(ns.func(ns))
ns = p.parse_args(['r', 'add', '1', '2'])
print(ns.func(ns))
print(add.prog, '|', rm.prog, '|', st.prog)
print(rm.format_usage(), end='')

# titled sub-commands, metavar, required
t = argparse.ArgumentParser(prog='titled')
ts = t.add_subparsers(title='commands', description='Pick one.', metavar='COMMAND', required=True, dest='cmd')
ts.add_parser('go', help='go somewhere')
ts.add_parser('stop', help='stop going', aliases=['halt', 'h2'])
print(t.format_help(), end='')
run(t, [])
run(t, ['halt'])
u = argparse.ArgumentParser(prog='untitled')
us = u.add_subparsers()
us.add_parser('one').add_argument('--x', default='dx')
us.add_parser('two')
print(u.format_help(), end='')
run(u, ['one', '--x', '3'])
run(u, [])
run(u, ['three'])
try:
    u.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
try:
    us.add_parser('one')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

# nested sub-commands
n = argparse.ArgumentParser(prog='nest')
n1 = n.add_subparsers(dest='level1')
remote = n1.add_parser('remote')
n2 = remote.add_subparsers(dest='level2')
n2.add_parser('add').add_argument('url')
run(n, ['remote', 'add', 'http://x'])
run(n, ['remote', 'add'])

# parents share their arguments and defaults
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--config', default='cfg')
grp = base.add_argument_group('logging', 'Logging options.')
grp.add_argument('--log', choices=['info', 'debug'])
mx = base.add_mutually_exclusive_group()
mx.add_argument('--on', action='store_true')
mx.add_argument('--off', action='store_true')
base.set_defaults(shared=True)
child = argparse.ArgumentParser(prog='child', parents=[base], description='Has parents.')
child.add_argument('thing')
print(child.format_help(), end='')
run(child, ['t', '--log', 'debug'])
run(child, ['t', '--on', '--off'])

# argument groups: order in help, shared parsing
ag = argparse.ArgumentParser(prog='groups', epilog='The end.')
first = ag.add_argument_group('first group')
second = ag.add_argument_group(title='second group', description='With a description that is long enough to be '
                               'wrapped over more than one line of the help output.')
first.add_argument('--alpha', help='in the first group')
second.add_argument('beta', help='a positional in the second group')
first.add_argument('--gamma', action='append', type=int, help='repeatable')
xg = second.add_mutually_exclusive_group()
xg.add_argument('--left', action='store_true')
xg.add_argument('--right', action='store_true')
print(ag.format_help(), end='')
run(ag, ['b', '--gamma', '1', '--gamma', '2', '--left'])
run(ag, ['b', '--left', '--right'])
ag._optionals.title = 'Options'
print(ag.format_help(), end='')

# arguments read from files
with open('mod_argparse_sub.args', 'w') as f:
    f.write('--config\nfrom-file\nthing\n')
ff = argparse.ArgumentParser(prog='fromfile', fromfile_prefix_chars='@')
ff.add_argument('--config')
ff.add_argument('thing')
ff.add_argument('more', nargs='*')
run(ff, ['@mod_argparse_sub.args', 'x'])
os.remove('mod_argparse_sub.args')
print(ff)
