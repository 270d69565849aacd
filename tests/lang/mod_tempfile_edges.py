# tempfile corner cases: bytes paths, mixing errors, mktemp, SpooledTemporaryFile, TemporaryDirectory
import tempfile, os
d = tempfile.mkdtemp(prefix='atoll_tf_', suffix='.d')
print(os.path.basename(d)[:8], d.endswith('.d'), len(os.path.basename(d)), os.path.isabs(d))
fd, p = tempfile.mkstemp(prefix=b'pre', suffix=b'.bin', dir=d.encode())
os.close(fd); print(type(p).__name__, os.path.basename(p)[:3], os.path.basename(p)[-4:], len(os.path.basename(p)))
for args in [dict(prefix=b'a', suffix='b'), dict(dir=d, prefix=b'x'), dict(suffix=b'', dir=d)]:
    try: tempfile.mkstemp(**args)
    except TypeError as e: print(e)
names = {os.path.basename(tempfile.mktemp(dir=d)) for _ in range(20)}
print(len(names), all(n.startswith('tmp') and len(n) == 11 and set(n[3:]) <= set('abcdefghijklmnopqrstuvwxyz0123456789_') for n in names))
print(tempfile.gettempdirb() == tempfile.gettempdir().encode(), tempfile.gettempprefixb(), tempfile.TMP_MAX, tempfile.template)
with tempfile.SpooledTemporaryFile(max_size=10, mode='w+') as s:
    s.write('hello\nworld\n'); s.seek(0); print(list(s), s.closed)
print(s.closed)
try:
    with s: pass
except ValueError as e: print(e)
b = tempfile.SpooledTemporaryFile(); b.write(b'xyz'); b.seek(0); print(b.read()); b.rollover(); b.close()
t = tempfile.TemporaryDirectory(dir=d, prefix='td_')
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name)); t.cleanup(); t.cleanup(); print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile(dir=d, delete=False) as f:
    f.write(b'kept'); name = f.name
print(os.path.exists(name), open(name).read(), f.closed)
f = tempfile.NamedTemporaryFile('w+', dir=d); f.write('a\nb\n'); f.seek(0); print([l for l in f], f.mode); f.close(); f.close(); print(os.path.exists(f.name))
print(tempfile.TemporaryDirectory[str], sorted(os.listdir(d))[0][:3] if os.listdir(d) else None)
import shutil; shutil.rmtree(d)
