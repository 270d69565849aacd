# bytes and bytearray methods, bytearray mutators: results and errors.
cases = r'''
b'a'.translate()
b'a'.translate(None, delete=b'a')
b'a'.translate(None, b'a', b'b')
b'a'.translate(table=None)
b'a'.translate(1)
b'a'.translate(None, 1)
bytearray(b'a').extend('ab')
bytearray(b'a').extend(1)
bytearray(b'a').extend([1, 'a'])
bytearray(b'a').extend([256])
bytearray(b'a').extend(b'bc')
bytearray(b'a').extend(x for x in b'bc')
bytearray(b'a').append()
bytearray(b'a').append('a')
bytearray(b'a').append(256)
bytearray(b'a').insert(0)
bytearray(b'a').insert('a', 1)
bytearray(b'a').insert(100, 98)
bytearray(b'a').insert(-100, 98)
bytearray(b'a').pop(1, 2)
bytearray().pop()
bytearray(b'a').pop(5)
bytearray(b'abc').pop(-1)
bytearray(b'abc').pop('a')
bytearray(b'a').remove(98)
bytearray(b'a').remove('a')
bytearray(b'a').remove(300)
bytearray(b'abc').reverse()
bytearray(b'a').copy()
bytearray(b'a').clear()
bytearray(b'a').reverse(1)
bytes.fromhex()
bytes.fromhex('a')
bytes.fromhex('abc')
bytes.fromhex('ab\u00e9')
bytes.fromhex('\u00e9')
b'a'.hex(sep=b'xy')
b'a'.hex(':', 'x')
b'a'.hex(':', 2**70)
b'abcdef'.hex(b'\xff')
b'x'.decode('utf-8', errors='replace')
b'abc'.endswith((b'c',), 'x')
b'abc'.center(2**70)
b'abc'.rjust(5, b'x'), b'abc'.ljust(5, bytearray(b'x'))
b'a'.isalpha(1)
bytearray(b'a').isalpha(1)
bytearray(b'a').lower(1)
b'abc'.count(b'')
b'abc'.count(98)
b'abc'.replace(b'', b'-')
b'ab\tc'.expandtabs(4)
b'Hello'.title(), b'hello wORLD'.capitalize()
b'abc'.splitlines(keepends=True)
bytes.maketrans(b'ab', b'xy')[:3]
bytearray.maketrans(b'ab', b'xy')[97:99]
b'abc'[::-1]
bytes(3)
bytearray(b'ab') + b'c'
b'ab' + bytearray(b'c')
b'a' in b'abc', 98 in b'abc', 300 in b'abc'
b'a' * 3, 3 * bytearray(b'x')
bytearray(b'abc').join([b'1', b'2'])
b','.join([bytearray(b'a')])
b''.join([b'a'])
b'abc'.strip(None)
b'  abc  '.strip()
b'abc'.split(None)
b'a b'.split(maxsplit='x')
b'a'.split(b'a', 1, 2)
b'xx'.rpartition(b'x')
b'abc'.rfind(b'c', 'x')
b'abc'.index(b'c', None, -1)
bytearray(b'abc').index(98)
bytearray(b'abc').find(b'z')
b'abc'.find(bytearray(b'bc'))
bytearray(b'abc').rstrip(b'c')
bytearray(b'abc').zfill(5)
bytearray(b'abc').removeprefix(b'z')
bytearray(b'abc').decode()
'%s' % bytearray(b'x')
bytearray(b'x').upper(), bytearray(b'x').isupper()
'''.strip().split('\n')
for c in cases:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except Exception as e:
        print(c, '!!', type(e).__name__ + ':', e)
x = bytearray(b'abc'); y = x.copy(); y.append(100); print(x, y)
x = bytearray(b'abc'); x += b'de'; x += bytearray(b'f'); print(x)
x = bytearray(b'abc'); x[1:2] = b'XYZ'; print(x); x[::2] = b'123'; print(x); del x[0]; print(x)
x = bytearray(b'abc'); x.extend(range(3)); print(x)
x = bytearray(b'abc'); x *= 2; print(x)
class B:
    def __bytes__(self):
        return b'via-bytes'
class Bad:
    def __bytes__(self):
        return 'str'
for f in [lambda: bytes(B()), lambda: bytearray(B()), lambda: "a".encode(None), lambda: b"a".decode("ascii", None), lambda: bytes(Bad()), lambda: bytes(1, errors='x'),
          lambda: bytes('a', errors='x'), lambda: bytes([1, 2], None, 'x'), lambda: bytes(3), lambda: bytes(1.5),
          lambda: bytearray(1.5), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(range(3)), lambda: bytes('é', 'utf-8')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
