import glob, fnmatch, os
base = '/tmp/atoll_glob_%d' % os.getpid()
def mk(p):
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'w').close()
for f in ['a.txt', 'b.txt', 'c.py', '.hidden', 'sub/d.txt', 'sub/e.py', 'sub/deep/f.txt', 'sub/.h/g.txt', 'x[1].txt']:
    mk(os.path.join(base, f))
os.chdir(base)
def s(x): return sorted(x)
print(s(glob.glob('*.txt')), s(glob.glob('*')), s(glob.glob('.*')), s(glob.glob('sub/*')), s(glob.glob('*/*.txt')), s(glob.glob('**/*.txt', recursive=True)))
print(s(glob.glob('**', recursive=True)), s(glob.glob('**/', recursive=True)), s(glob.glob('*', include_hidden=True)), s(glob.glob('sub/**/*.py', recursive=True)))
print(s(glob.glob('?.txt')), s(glob.glob('[ab].txt')), s(glob.glob('[!a].txt')), glob.glob('nothing*'), glob.glob('a.txt'), glob.glob('zz.txt'), glob.glob('sub/'), s(glob.glob('*.txt', root_dir='sub')))
print(glob.escape('x[1].txt'), glob.glob(glob.escape('x[1].txt')), glob.has_magic('a*'), glob.has_magic('abc'), s(glob.glob(os.path.join(base, 's*', '*.py'))) == [os.path.join(base, 'sub', 'e.py')])
print(s(glob.iglob('**/*.py', recursive=True)), s(glob.glob(b'*.py')))
names = ['a.py', 'b.PY', 'c.txt', '.x', 'ab', 'a-b', 'a]', '[x]']
for pat in ['*.py', '*.[Pp][Yy]', '?', 'a*b', '[!a]*', '[a-c]*', '[]]', '[!]]', '[a-]', '[z-a]', '*[*', 'a[!-]b', '[^a]*', '\\*', '**', '*a*b*', '[&&]']:
    print(pat, fnmatch.filter(names, pat), fnmatch.translate(pat))
print(fnmatch.fnmatch('A.PY', '*.py'), fnmatch.fnmatchcase('A.PY', '*.py'), fnmatch.fnmatch(b'x.py', b'*.py'))

for root, dirs, files in os.walk(base, topdown=False):
    for f in files: os.remove(os.path.join(root, f))
    for d in dirs: os.rmdir(os.path.join(root, d))
os.chdir('/'); os.rmdir(base)
