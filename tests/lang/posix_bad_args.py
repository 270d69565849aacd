# os functions given objects that are not ints where they take one raise
# TypeError (or use __index__), never crash
import os


class Index:
    def __index__(self):
        return 1


calls = [
    ('strerror', (1.5,)), ('strerror', (Index(),)), ('isatty', ('x',)), ('isatty', (Index(),)),
    ('close', (None,)), ('read', (None, 1)), ('read', (0, 'x')), ('write', ('x', b'')),
    ('lseek', (None, 0, 0)), ('lseek', (0, 'x', 0)), ('urandom', ('x',)), ('urandom', (1.0,)),
    ('_exit', ('x',)), ('chmod', ('/nonexistent-atoll', 'x')), ('mkdir', ('/nonexistent-atoll/a', 'x')),
    ('open', ('/nonexistent-atoll', 'x')), ('open', ('/nonexistent-atoll', os.O_RDONLY, 1.5)),
    ('confstr', (1.5,)),
]
for name, args in calls:
    try:
        r = getattr(os, name)(*args)
        print(name, 'ok', type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)
# binascii.crc32's starting value goes through __index__ too
import binascii
for start in (None, 1.5, 'x', Index(), 2**70, -1):
    try:
        print('crc32', binascii.crc32(b'abc', start))
    except TypeError as e:
        print('crc32', type(e).__name__, e)
