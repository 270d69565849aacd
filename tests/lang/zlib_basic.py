# zlib: one-shot compress/decompress over levels, wbits, strategies; the
# checksums; the constants; bytes-like arguments.
import zlib
import array

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)

text = b"The quick brown fox jumps over the lazy dog. " * 40
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print(zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(type(zlib.ZLIB_VERSION).__name__, zlib.ZLIB_VERSION.count(".") >= 2, zlib.ZLIB_RUNTIME_VERSION[0] == "1")
print(sorted(n for n in dir(zlib) if not n.startswith("_")))
print(zlib.error.__name__, zlib.error.__module__, zlib.error.__mro__[1].__name__)

print(zlib.compress(b"hello"))
print(zlib.compress(b""))
print(zlib.compress(b"hello", 0))
print(zlib.compress(b"hello", level=9, wbits=-15))
print(zlib.compress(b"hello", 6, 31))
for level in range(-1, 10):
    c = zlib.compress(text, level)
    print(level, len(c), hex(zlib.crc32(c)), zlib.decompress(c) == text)
for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(text, 6, wbits)
    d = zlib.decompress(c, wbits)
    print(wbits, len(c), hex(zlib.crc32(c)), d == text, zlib.decompress(c, 47 if wbits > 15 else (0 if wbits > 0 else wbits)) == text)
for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    for level in (1, 6, 9):
        for mem in (1, 8, 9):
            co = zlib.compressobj(level, zlib.DEFLATED, 15, mem, strategy)
            c = co.compress(text) + co.flush()
            print(strategy, level, mem, len(c), hex(zlib.adler32(c)), zlib.decompress(c) == text)

# large data, with a structure that compresses moderately
big = bytes((i * 7919 + (i >> 5)) % 251 for i in range(1 << 20))
for level in (1, 6, 9):
    c = zlib.compress(big, level)
    print("big", level, len(c), hex(zlib.crc32(c)), zlib.decompress(c) == big)
print(zlib.decompress(zlib.compress(big), bufsize=1) == big)
print(zlib.decompress(zlib.compress(big), bufsize=0) == big)
print(len(zlib.decompress(zlib.compress(bytes(5000000)))))

# bytes-like arguments
print(zlib.compress(bytearray(b"abcabc")))
print(zlib.compress(array.array("i", [1, 2, 3])))
print(zlib.decompress(bytearray(zlib.compress(b"from a bytearray"))))
print(zlib.crc32(bytearray(b"abc")), zlib.crc32(array.array("B", b"abc")))

# checksums
for data in (b"", b"a", b"abc", b"hello world" * 100, big):
    print(zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b"abc", 1), zlib.adler32(b"abc", 5), zlib.crc32(b"def", zlib.crc32(b"abc")) == zlib.crc32(b"abcdef"))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2 ** 40), zlib.crc32(b"", -2 ** 70), zlib.crc32(b"", True))
print(zlib.adler32(b"abc", 0xFFFFFFFF), zlib.adler32(b"abc", 2 ** 32 + 1))

# trailing data after the stream is ignored by decompress()
print(zlib.decompress(zlib.compress(b"abc") + b"junk"))
