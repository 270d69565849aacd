import os, stat
_p = '/tmp/atoll_fspath_%d.txt' % os.getpid()
class P:
    def __fspath__(self): return _p
with open(P(), 'w') as f: f.write('x')
with open(_p.encode()) as f: print(f.read())
class Bad:
    def __fspath__(self): return 5
for o in [Bad(), 3.5]:
    try: open(o)
    except TypeError as e: print(e)
os.utime(_p, (1000, 2000)); st = os.stat(_p); print(st.st_atime, st.st_mtime)
os.utime(_p, ns=(5 * 10**9, 7 * 10**9)); print(os.stat(_p).st_mtime)
os.remove(_p)
print(stat.S_ISDIR(os.stat('/tmp').st_mode), stat.S_IMODE(0o100755), stat.filemode(0o120777), stat.S_IFMT(0o40700) == stat.S_IFDIR)
