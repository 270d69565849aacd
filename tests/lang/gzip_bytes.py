# gzip.compress and gzip.decompress: CPython's bytes when mtime is given,
# multi-member data, padding, and the errors of bad data.
import gzip
import zlib

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)

text = b"gzip test data, " * 50 + bytes(range(256))
for level in range(10):
    for mtime in (0, 1, 1234567890):
        c = gzip.compress(text, level, mtime=mtime)
        print(level, mtime, len(c), c[:10], hex(zlib.crc32(c)), gzip.decompress(c) == text)
print(gzip.compress(b"", mtime=0))
print(gzip.compress(b"hello", mtime=0))
print(gzip.compress(b"hello", 1, mtime=7))
print(gzip.compress(b"hello", compresslevel=6, mtime=2.9))
print(gzip.decompress(gzip.compress(b"no mtime")))
c = gzip.compress(b"no mtime")
print(c[:4], c[8:10])

# several members, zero padding between and after them
a = gzip.compress(b"first ", mtime=0)
b = gzip.compress(b"second", 9, mtime=5)
print(gzip.decompress(a + b))
print(gzip.decompress(a + b"\x00" * 5 + b + b"\x00\x00"))
print(gzip.decompress(b""))
big = bytes((i * 31 + (i >> 7)) % 256 for i in range(1 << 20))
c = gzip.compress(big, mtime=0)
print(len(c), hex(zlib.crc32(c)), gzip.decompress(c) == big)
print(gzip.decompress(zlib.compress(b"via zlib", 9, 31)))

# headers with optional fields: FEXTRA, FNAME, FCOMMENT, FHCRC
body = zlib.compress(b"fields", 9, -15)
trailer = zlib.crc32(b"fields").to_bytes(4, "little") + (6).to_bytes(4, "little")
head = b"\x1f\x8b\x08" + bytes([4 | 8 | 16 | 2]) + b"\0\0\0\0\0\xff"
head += (3).to_bytes(2, "little") + b"xyz" + b"name.txt\0" + b"a comment\0" + b"\0\0"
print(gzip.decompress(head + body + trailer))

good = gzip.compress(b"abc", mtime=0)
show("one byte", lambda: gzip.decompress(b"\x1f"))
show("not gzip", lambda: gzip.decompress(b"abcdefghijk"))
show("header only", lambda: gzip.decompress(good[:5]))
show("short trailer", lambda: gzip.decompress(good[:-3]))
show("no trailer", lambda: gzip.decompress(good[:-8]))
show("bad length", lambda: gzip.decompress(good[:-4] + b"zzzz"))
show("bad crc", lambda: gzip.decompress(good[:-8] + b"zzzzzzzz"))
show("junk after", lambda: gzip.decompress(good + b"\0\0\0x"))
show("bad method", lambda: gzip.decompress(b"\x1f\x8b\x07" + good[3:]))
show("corrupt body", lambda: gzip.decompress(good[:10] + b"\xff\xff\xff" + good[13:]))
show("str", lambda: gzip.compress("text"))
print(issubclass(gzip.BadGzipFile, OSError), gzip.BadGzipFile.__mro__[1].__name__)
print(gzip.READ, gzip.WRITE, gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT)
