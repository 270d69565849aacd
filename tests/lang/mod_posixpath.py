# posixpath on str and bytes: splitting, joining, normalizing, expansion, relpath, realpath through links, errors
import posixpath as pp, os, tempfile
D = None
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', str(e).replace(D, 'D') if D else e)
paths = ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', '//a//b//', '.', '..', '../a', 'a/../b', './a/./b/.', '/..', '/../a', '..//..', 'a/b/../../..', '.bashrc', 'a.b.c', '/x/.hidden.txt', 'x/..ext', 'a.', '...', '/a.b/c', '....a']
for p in paths:
    for q in (p, p.encode()):
        print(repr(q), pp.split(q), pp.splitext(q), pp.basename(q), pp.dirname(q), pp.normpath(q), pp.isabs(q), pp.splitdrive(q), pp.normcase(q))
for args in [('a', 'b'), ('a/', 'b'), ('a', '/b'), ('a', ''), ('', 'a'), ('/', 'a', 'b/', 'c'), ('a',), ('a', 'b', '/c', 'd'), (b'a', b'b'), (b'', b'')]:
    t(lambda: pp.join(*args))
t(lambda: pp.join('a', b'b')); t(lambda: pp.join(b'a', 'b')); t(lambda: pp.join('a', 5)); t(lambda: pp.join(5)); t(lambda: pp.join(None, 'a'))
for m in [[], ['/usr/lib', '/usr/local'], ['abc', 'abd', 'ab'], ['x'], [['a', 'b'], ['a', 'c']], [b'ab', b'ac']]:
    t(lambda: pp.commonprefix(m))
for m in [[], ['/usr/lib', '/usr/local'], ['/a/b', '/a/b/'], ['a/b', 'a/c'], ['/a', 'a'], ['/'], ['a', 'b'], ['./a/../b', 'a/b'], [b'/x/y', b'/x/z'], ['/a', b'/a'], [5]]:
    t(lambda: pp.commonpath(m))
for a in [('/a/b/c', '/a/d'), ('a', 'a'), ('/a', '/'), ('/', '/a/b'), ('x/y', None), (b'/a/b', b'/a'), ('', '/'), ('/a', b'/'), ('a/b/../c', 'a')]:
    t(lambda: pp.relpath(*a))
os.environ['AT_V'] = 'val'; os.environ['AT_E'] = ''
for s in ['$AT_V', '${AT_V}x', '$AT_Vx', '$AT_V/x', '$$AT_V', '${AT_V', '${}', '$', 'a$', '$1', '${AT_V}${AT_NOPE}$AT_NOPE', '$AT_E.', '${AT-V}', 'no vars', '$AT_V$AT_V', '€$AT_V€', b'$AT_V/${AT_V}', b'$NOPE_x']:
    t(lambda: pp.expandvars(s))
home = os.environ['HOME']
for s in ['~', '~/x', '~x', 'x~', '~/', b'~/y', '~//z']:
    t(lambda: pp.expanduser(s).replace(home, 'HOME') if isinstance(s, str) else pp.expanduser(s).replace(home.encode(), b'HOME'))
os.environ['HOME'] = '/h/'
t(lambda: pp.expanduser('~')); t(lambda: pp.expanduser('~/a'))
os.environ['HOME'] = '/'
t(lambda: pp.expanduser('~')); t(lambda: pp.expanduser('~/a'))
os.environ['HOME'] = home
top = pp.realpath(tempfile.mkdtemp())
d = D = pp.join(top, 'w')
os.makedirs(pp.join(d, 'r', 's'))
os.symlink('r/s', pp.join(d, 'ln'))
os.symlink(pp.join(d, 'r'), pp.join(d, 'abs'))
os.symlink('loop2', pp.join(d, 'loop1')); os.symlink('loop1', pp.join(d, 'loop2'))
os.symlink('..', pp.join(d, 'r', 'up'))
open(pp.join(d, 'r', 'f'), 'w').close()
def rel(x): return x.replace(d, 'D') if isinstance(x, str) else x.replace(d.encode(), b'D')
for p in ['ln', 'ln/..', 'abs/s/../f', 'loop1', 'loop1/x', 'r/up/x', 'nope/../r', 'ln/../../' + pp.basename(d) + '/r']:
    t(lambda: rel(pp.realpath(pp.join(d, p)))); t(lambda: rel(pp.realpath(pp.join(d, p).encode())))
    t(lambda: rel(pp.realpath(pp.join(d, p), strict=True)))
    print(p, pp.exists(pp.join(d, p)), pp.lexists(pp.join(d, p)), pp.isdir(pp.join(d, p)), pp.isfile(pp.join(d, p)), pp.islink(pp.join(d, p)), pp.ismount(pp.join(d, p)))
old = os.getcwd(); os.chdir(pp.join(d, 'r', 's'))
os.symlink('ln/../ln', pp.join(d, 'twice'))
for p in ['.', '..', '../..', '../../ln/../ln/', '../../twice/x', '../../twice/../twice', '../../abs/up/ln', '../../../w/ln/./', 'q/../../f', '../up/up/r/up/loop1/y']:
    t(lambda: rel(pp.realpath(p))); t(lambda: rel(pp.realpath(p.encode()))); t(lambda: rel(pp.realpath(p, strict=True)))
    t(lambda: pp.relpath(p)); t(lambda: pp.relpath(pp.abspath(p), d)); t(lambda: rel(pp.abspath(p)))
os.chdir(old)
print(pp.ismount('/'), pp.ismount(d), pp.ismount(b'/'), pp.exists('/\0x'), pp.isdir(''), pp.samefile(pp.join(d, 'ln'), pp.join(d, 'r', 's')), pp.getsize(pp.join(d, 'r', 'f')))
t(lambda: pp.samefile(pp.join(d, 'nope'), d))
import shutil; shutil.rmtree(top)
print(pp.curdir, pp.pardir, pp.extsep, pp.sep, pp.pathsep, pp.defpath, pp.altsep, pp.devnull, pp.supports_unicode_filenames)
