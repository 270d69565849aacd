# array.tofile and array.fromfile through binary files and io.BytesIO, and
# the errors of short reads and of files that do not return bytes.
import io, os, tempfile
from array import array as A

def t(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

path = os.path.join(tempfile.mkdtemp(), 'items.bin')
big = A('d', (i / 4 for i in range(20000)))     # more than one 64 KiB block
with open(path, 'wb') as f:
    A('i', [1, -2, 3]).tofile(f)
    big.tofile(f)
    A('u', 'z\u20ac').tofile(f)
print(os.path.getsize(path))
with open(path, 'rb') as f:
    a = A('i')
    a.fromfile(f, 2)
    a.fromfile(f, 1)
    b = A('d')
    b.fromfile(f, len(big))
    u = A('u')
    t(lambda: u.fromfile(f, 5))
    t(lambda: u.fromfile(f, 1))
print(a, b == big, len(b), u)
with open(path, 'rb') as f:
    c = A('q')
    t(lambda: c.fromfile(f, 0))
    t(lambda: c.fromfile(f, -1))
    t(lambda: c.fromfile(f, 'x'))
    t(lambda: c.fromfile(f, 10 ** 6))
print(len(c), c[:2] == A('q', A('i', [1, -2, 3, 0]).tobytes()[:16]))
os.remove(path)

buf = io.BytesIO()
A('h', [1, 2, 3]).tofile(buf)
print(buf.getvalue())
buf.seek(0)
h = A('h')
h.fromfile(buf, 3)
print(h)
t(lambda: A('h').fromfile(io.StringIO('abcd'), 1))
t(lambda: A('h').fromfile(1, 1))
t(lambda: A('h', [1]).tofile(1))
t(lambda: A('h').tofile(1))

class Writer:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(len(b))
w = Writer()
A('b', bytes(200000)).tofile(w)
print(sum(w.chunks), len(w.chunks) > 1)
