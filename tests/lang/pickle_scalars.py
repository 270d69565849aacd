# pickle.dumps of the scalar types, byte for byte as CPython's C pickler
# writes them in every protocol, and their round trips.
import pickle

VALUES = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129,
          2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**40, -2**40, 2**63,
          2**64, -(2**64), 255 << 2000, 1.5, -0.0, 1e300, float("inf"),
          "", "a", "é\n\\\x00\r\x1a\u1234\U0001f600", "x" * 300, "\ud800",
          b"", b"ab", b"\x00\xff\n", b"\xff" * 300, bytearray(),
          bytearray(b"xy")]

for value in VALUES:
    print(repr(value)[:60])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = back == value and type(back) is type(value)
        print(" ", proto, data if len(data) < 120 else (len(data), data[:40]),
              "ok" if same else f"MISMATCH {back!r}")

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(7) == pickle.dumps(7, 4), pickle.dumps(7, -1))
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError))
