# os corner cases: walk orders, pruning, links and errors; makedirs and removedirs; renames; environ's dict methods; fspath errors
import os, tempfile, shutil
top = os.path.realpath(tempfile.mkdtemp())
def rel(x): return x.replace(top, 'T') if isinstance(x, str) else x.replace(top.encode(), b'T')
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', rel(str(e)))
for d in ['a/b/c', 'a/d', 'e']:
    os.makedirs(os.path.join(top, d))
for f in ['a/f1', 'a/b/f2', 'e/f3']:
    open(os.path.join(top, f), 'w').close()
os.symlink('a', os.path.join(top, 'la'))
def show(it): return [(rel(r), sorted(d), sorted(f)) for r, d, f in it]
print(sorted(show(os.walk(top))))
print(show(sorted(os.walk(top, topdown=False))))
print(sorted(show(os.walk(top, followlinks=True))))
print(sorted(show(os.walk(top.encode())))[:2])
errs = []; print(list(os.walk(os.path.join(top, 'nope'), onerror=lambda e: errs.append(type(e).__name__))), errs)
pruned = []
for r, d, f in os.walk(top):
    d[:] = [x for x in d if x != 'a']; pruned.append(rel(r))
print(sorted(pruned))
order = [rel(r) for r, d, f in os.walk(os.path.join(top, 'a'), topdown=False)]
print(order.index('T/a/b/c') < order.index('T/a/b') < order.index('T/a'))
t(lambda: os.makedirs(os.path.join(top, 'a'))); t(lambda: os.makedirs(os.path.join(top, 'a'), exist_ok=True)); t(lambda: os.makedirs(os.path.join(top, 'a', 'f1'), exist_ok=True))
t(lambda: os.makedirs(os.path.join(top, 'n1', 'n2', '.'))); print(os.path.isdir(os.path.join(top, 'n1', 'n2')))
t(lambda: os.makedirs(os.path.join(top, 'm1', 'm2') + '/', 0o755)); print(oct(os.stat(os.path.join(top, 'm1', 'm2')).st_mode & 0o777))
os.removedirs(os.path.join(top, 'm1', 'm2')); print(os.path.exists(os.path.join(top, 'm1')), os.path.exists(top))
t(lambda: os.removedirs(os.path.join(top, 'nope')))
os.renames(os.path.join(top, 'e', 'f3'), os.path.join(top, 'x', 'y', 'f3')); print(sorted(os.listdir(top)), os.listdir(os.path.join(top, 'x', 'y')))
env = os.environ
env['AT_A'] = '1'; print(env.pop('AT_A'), env.pop('AT_A', 'dflt'), os.getenv('AT_A')); t(lambda: env.pop('AT_A'))
print(env.setdefault('AT_B', 'b'), env.setdefault('AT_B', 'c')); env.update({'AT_C': 'c'}, AT_D='d'); env.update([('AT_E', 'e')])
print([os.getenv(k) for k in ['AT_B', 'AT_C', 'AT_D', 'AT_E']], type(env.copy()).__name__)
t(lambda: env.__setitem__('AT_F', 1)); t(lambda: env.__setitem__(2, 'x')); t(lambda: env.__delitem__('AT_NOPE'))
for k in ['AT_B', 'AT_C', 'AT_D', 'AT_E']: del env[k]
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}), os.get_exec_path() == os.environ['PATH'].split(':'))
class P:
    def __fspath__(self): return 5
class Q(os.PathLike):
    def __fspath__(self): return b'q'
t(lambda: os.fspath(P())); t(lambda: os.fspath(None)); t(lambda: os.fspath(Q())); t(lambda: os.fsencode(Q())); t(lambda: os.fsdecode(b'\xff')); t(lambda: os.fsencode('\udcff'))
st = os.stat(top); print(repr(st).startswith('os.stat_result(st_mode='), len(st), st.st_mtime_ns // 10**9 == int(st.st_mtime), os.lstat(os.path.join(top, 'la')).st_mode & 0o170000 == 0o120000)
fd = os.open(os.path.join(top, 'a', 'f1'), os.O_RDONLY); print(os.fstat(fd).st_size); os.close(fd)
t(lambda: os.terminal_size((1, 2, 3))); print(os.terminal_size([3, 4]), os.terminal_size((3, 4)).lines, os.getcwdb() == os.getcwd().encode())
t(lambda: os.get_terminal_size())
shutil.rmtree(top)
