# glob: patterns that end in a separator (directories only), wildcards in
# several parts, '**' with root_dir and include_hidden, bytes, escape().
import glob, os
base = '/tmp/atoll_globp_%d' % os.getpid()
for f in ['a.txt', '.h/x.txt', 'd1/b.py', 'd1/d2/c.py', 'd1/.e/f.py', 'e[x]/g.txt']:
    p = os.path.join(base, f)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, 'w').close()
os.chdir(base)
s = sorted
print(s(glob.glob('*/')), s(glob.glob('d*/*/')), s(glob.glob('*/*.py')), s(glob.glob('d1/')), glob.glob('a.txt/'))
print(s(glob.glob('**/', recursive=True)), s(glob.glob('**/*.py', recursive=True, include_hidden=True)))
print(s(glob.glob('**', root_dir='d1', recursive=True)), s(glob.glob(b'*', root_dir=b'd1')), s(glob.glob(b'd1/**/*.py', recursive=True)))
print(s(glob.glob('.*')), s(glob.glob('*', include_hidden=True)), s(glob.glob('**', recursive=False)), s(glob.glob('d1/**/', recursive=True)))
print(glob.escape('e[x]/*?'), glob.escape(b'a?[b]'), s(glob.glob(glob.escape('e[x]') + '/*')), glob.has_magic(b'[x]'), glob.glob(''))
print(s(glob.glob1('d1', '*')), glob.glob0('d1', 'b.py'), glob.glob0('d1', 'zz'), s(glob.iglob('d?/*.py')))
for root, dirs, files in os.walk(base, topdown=False):
    for f in files: os.remove(os.path.join(root, f))
    for d in dirs: os.rmdir(os.path.join(root, d))
os.chdir('/'); os.rmdir(base)
