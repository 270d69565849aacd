# gzip files: GzipFile and gzip.open written and read back in a temporary
# folder, binary and text modes, lines, seeking, several members, file
# objects, the header's name and mtime, errors.
import gzip
import io
import os
import tempfile
import zlib

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.txt.gz")
lines = [b"line %d %s\n" % (i, b"x" * (i % 17)) for i in range(2000)]
data = b"".join(lines)

with gzip.GzipFile(path, "wb", mtime=1000) as f:
    print(f.mode == gzip.WRITE, f.name == path, f.closed)
    for line in lines:
        f.write(line)
    print(f.tell() == len(data))
print(f.closed)
raw = open(path, "rb").read()
print(len(raw), raw[:20], hex(zlib.crc32(raw)))

with gzip.open(path) as f:
    print(f.mode == gzip.READ, f.mtime, f.name == path)
    print(f.read(10), f.tell(), f.mtime)
    print(f.readline())
    print(f.read(5), f.read1(3)[:0], f.tell())
    rest = f.read()
    print(len(rest), f.read(), f.tell() == len(data))
with gzip.open(path, "rb") as f:
    print(f.readlines() == lines)
with gzip.open(path, "rb") as f:
    n = 0
    for line in f:
        assert line == lines[n]
        n += 1
    print("iterated", n)
with gzip.open(path) as f:
    print(f.readline(4), f.readline(100), f.readline(0))
    f.seek(100)
    print(f.tell(), f.read(12))
    f.seek(50)
    print(f.tell(), f.read(12))
    f.seek(10, 1)
    print(f.tell(), f.read(5))
    print(f.peek(3)[:3])
    f.rewind()
    print(f.tell(), f.read(8))
    f.seek(len(data) + 10)
    print(f.tell(), f.read())

# gzip's own tool reads what we wrote: the same bytes as CPython's writer
with gzip.GzipFile(path, "wb", compresslevel=1, mtime=0) as f:
    f.write(b"level one")
print(open(path, "rb").read())
with gzip.GzipFile(os.path.join(tmp, "plain"), "wb", compresslevel=6, mtime=3) as f:
    f.write(b"")
print(open(os.path.join(tmp, "plain"), "rb").read())

# appending makes a second member; reading joins them
with gzip.open(path, "ab") as f:
    f.write(b" and more")
with gzip.open(path, "rb") as f:
    print(f.read(), f.mtime > 1000)

# text mode
tpath = os.path.join(tmp, "text.gz")
with gzip.open(tpath, "wt", encoding="utf-8") as f:
    f.write("héllo wörld\n")
    f.write("second line\nthird\n")
with gzip.open(tpath, "rt", encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.read())
with gzip.open(tpath, "rt", encoding="utf-8") as f:
    print(list(f))
with gzip.open(tpath, "wt", newline="\r\n") as f:
    f.write("a\nb\n")
print(gzip.decompress(open(tpath, "rb").read()))
with gzip.open(tpath, "rt") as f:
    print(repr(f.read()))
with gzip.open(tpath, "rt", newline="") as f:
    print(list(f))
long_text = "".join("ünïcödé %d\n" % i for i in range(20000))
with gzip.open(tpath, "wt", encoding="utf-8") as f:
    f.write(long_text)
with gzip.open(tpath, "rt", encoding="utf-8") as f:
    print(f.read() == long_text)

# file objects in memory
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=9) as f:
    f.write(b"in memory")
print(buf.getvalue())
with gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())) as f:
    print(repr(f.name), f.read(), f.mtime)
buf = io.BytesIO()
with gzip.GzipFile("name.gz", "wb", fileobj=buf, mtime=9) as f:
    f.write(b"named")
print(buf.getvalue())
with gzip.open(io.BytesIO(buf.getvalue())) as f:
    print(f.read())

# 1 MB through a file, in pieces
big = bytes((i * 131 + (i >> 9)) % 256 for i in range(1 << 20))
with gzip.open(path, "wb") as f:
    for i in range(0, len(big), 70000):
        f.write(big[i:i + 70000])
with gzip.open(path, "rb") as f:
    got = []
    while True:
        piece = f.read(65536)
        if not piece:
            break
        got.append(piece)
print(b"".join(got) == big)

# errors
show("bad mode", lambda: gzip.open(path, "rtb"))
show("encoding in binary", lambda: gzip.open(path, "rb", encoding="utf-8"))
show("errors in binary", lambda: gzip.open(path, "rb", errors="strict"))
show("newline in binary", lambda: gzip.open(path, "rb", newline="\n"))
show("bad filename", lambda: gzip.open(123.5))
show("GzipFile mode", lambda: gzip.GzipFile(path, "z"))
show("GzipFile text mode", lambda: gzip.GzipFile(path, "rt"))
with open(os.path.join(tmp, "notgz"), "wb") as f:
    f.write(b"plain text, not gzip")
with gzip.open(os.path.join(tmp, "notgz")) as f:
    show("read plain", lambda: f.read())
with open(os.path.join(tmp, "cut.gz"), "wb") as f:
    f.write(gzip.compress(data, mtime=0)[:-20])
with gzip.open(os.path.join(tmp, "cut.gz")) as f:
    show("read truncated", lambda: len(f.read()))
with open(os.path.join(tmp, "crc.gz"), "wb") as f:
    f.write(gzip.compress(b"abc", mtime=0)[:-8] + b"\1\2\3\4\3\0\0\0")
with gzip.open(os.path.join(tmp, "crc.gz")) as f:
    show("read bad crc", lambda: f.read())
f = gzip.open(path, "wb")
show("read on write", lambda: f.read())
f.close()
f = gzip.open(path, "rb")
show("write on read", lambda: f.write(b"x"))
f.close()
show("read closed", lambda: f.read())
show("close twice", lambda: f.close())
f = gzip.open(path, "wb")
f.write(b"abc")
show("negative seek", lambda: f.seek(1))
print(f.seek(10), f.tell())
f.close()
print(gzip.decompress(open(path, "rb").read()))
try:
    gzip.open(os.path.join(tmp, "missing.gz"))
except OSError as e:
    print("missing ->", type(e).__name__, e.errno)

for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
print("done")
