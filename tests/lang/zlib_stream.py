# zlib: compressobj and decompressobj in small pieces, flush modes,
# max_length and unconsumed_tail, unused_data, eof, zdict, copies.
import zlib

data = b"".join(b"line %d: %s\n" % (i, b"abcdefgh"[: i % 8] * (i % 13)) for i in range(3000))

def chunks(b, n):
    return [b[i:i + n] for i in range(0, len(b), n)]

# compress in pieces: the same bytes as one call
co = zlib.compressobj()
pieces = [co.compress(p) for p in chunks(data, 100)]
pieces.append(co.flush())
streamed = b"".join(pieces)
print(streamed == zlib.compress(data), len(streamed), hex(zlib.crc32(streamed)))
print(sum(1 for p in pieces if p))

# flush modes in the middle
co = zlib.compressobj(6, zlib.DEFLATED, 15)
out = [co.compress(b"first part "), co.flush(zlib.Z_SYNC_FLUSH), co.compress(b"second"),
       co.flush(zlib.Z_FULL_FLUSH), co.compress(b"third"), co.flush(zlib.Z_PARTIAL_FLUSH),
       co.flush(zlib.Z_BLOCK), co.flush(zlib.Z_NO_FLUSH), co.compress(b"!"), co.flush()]
print(out)
print(zlib.decompress(b"".join(out)))

# decompress in small pieces
for size in (1, 7, 64, 1000):
    do = zlib.decompressobj()
    got = b"".join(do.decompress(p) for p in chunks(streamed, size)) + do.flush()
    print(size, got == data, do.eof, do.unused_data, do.unconsumed_tail)

# max_length and unconsumed_tail
do = zlib.decompressobj()
got = []
buf = streamed
rounds = 0
while not do.eof:
    part = do.decompress(buf, 1000)
    assert len(part) <= 1000
    got.append(part)
    buf = do.unconsumed_tail
    rounds += 1
print(rounds, b"".join(got) == data, do.unconsumed_tail, do.unused_data)

do = zlib.decompressobj()
first = do.decompress(zlib.compress(b"a" * 100 + b"b" * 100), 10)
print(first, do.unconsumed_tail, do.eof)
print(do.flush(), do.unconsumed_tail, do.eof)

# data after the end of the stream
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b"hello") + b"tail"), do.eof, do.unused_data, do.unconsumed_tail)
print(do.decompress(b"more"), do.eof, do.unused_data, do.unconsumed_tail)
print(do.flush(), do.eof)
# a tail pending when the stream ends
do = zlib.decompressobj()
c = zlib.compress(b"x" * 50) + b"xyz"
print(do.decompress(c, 5), do.unconsumed_tail == c[len(c) - len(do.unconsumed_tail):])
print(do.decompress(do.unconsumed_tail), do.eof, do.unused_data, do.unconsumed_tail)

# raw and gzip streams
for wbits in (-15, -9, 31):
    co = zlib.compressobj(9, zlib.DEFLATED, wbits)
    c = b"".join(co.compress(p) for p in chunks(data, 333)) + co.flush()
    do = zlib.decompressobj(wbits)
    print(wbits, len(c), do.decompress(c) == data, do.eof)
    do = zlib.decompressobj(47 if wbits > 0 else wbits)
    print(do.decompress(c + b"extra") == data, do.unused_data)

# zdict
zd = b"line abcdefgh: "
co = zlib.compressobj(zdict=zd)
c = co.compress(data[:500]) + co.flush()
print(len(c), c[:12])
print(zlib.decompressobj(zdict=zd).decompress(c) == data[:500])
print(zlib.decompressobj(zdict=bytearray(zd)).decompress(c) == data[:500])
for bad in (lambda: zlib.decompress(c), lambda: zlib.decompressobj().decompress(c),
            lambda: zlib.decompressobj(zdict=b"wrong dictionary").decompress(c)):
    try:
        bad()
    except zlib.error as e:
        print("error:", e)
co = zlib.compressobj(wbits=-15, zdict=zd)
c = co.compress(data[:200]) + co.flush()
print(c[:10], zlib.decompressobj(-15, zd).decompress(c) == data[:200])

# copies
co = zlib.compressobj()
head = co.compress(data[:1000])
co2 = co.copy()
a = head + co.compress(b"ending one") + co.flush()
b = head + co2.compress(b"ending two") + co2.flush()
print(zlib.decompress(a)[-10:], zlib.decompress(b)[-10:])
import copy
co = zlib.compressobj()
co.compress(b"abc")
print(copy.copy(co).flush(), copy.deepcopy(co).flush(), co.flush())
do = zlib.decompressobj()
half = streamed[: len(streamed) // 2]
p1 = do.decompress(half)
do2 = do.copy()
print((p1 + do.decompress(streamed[len(half):])) == data, (p1 + do2.decompress(streamed[len(half):])) == data)
print(do.eof, do2.eof)
d3 = copy.copy(do2)
print(d3.eof, d3.unused_data)

print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
print(repr(zlib.compressobj()).startswith("<zlib.Compress object at 0x"))
