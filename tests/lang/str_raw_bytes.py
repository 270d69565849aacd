# Raw strings, bytes literals and their combinations.

print(r"C:\new\table", R"\d+\s*", r'\'', r"\"", len(r"\n"), r"\\", r"a\
b")
print(repr(r"\x41"), repr(r"\u00e9"), r"\N{EM DASH}")
print(b"bytes", b'single', B"upper", b"""triple""", b"\x00\xff\n\t\\")
print(repr(b"\x00\x01\x7f\x80\xfe\xff"), repr(b"it's"), repr(b'say "x"'), repr(b"both ' \""))
print(rb"\x00\n", Rb"\d", bR"\s", BR"\w", br"raw bytes \n")
print(len(b"\x00\xff"), b"abc"[0], b"abc"[1:], list(b"hi"), b"a" + b"b", b"ab" * 3)
print(b"abc" == b"abc", b"abc" < b"abd", b"" == b"", b"a" in b"cat", 97 in b"cat")
print(b"hello world".split(), b"a,b".split(b","), b"  x ".strip(), b"abc".upper())
print(b"caf\xc3\xa9".decode(), "café".encode(), "café".encode("utf-8") == b"caf\xc3\xa9")
print(bytes(3), bytes([65, 66]), bytes("xyz", "ascii"), bytes(range(5)))
print(b"%d-%s" % (5, b"x") if hasattr(bytes, "__mod__") else b"5-x")
print(b"adjacent " b"bytes")
print(type(b"").__name__, type(rb"").__name__, type(r"").__name__)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(r"raw string with trailing backslash-escaped quote: \"", r"'\''")
