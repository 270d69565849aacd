import struct
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
for order in '@<>=!':
    for code in 'bBhHiIlLqQnN':
        if order != '@' and code in 'nN': continue
        size = struct.calcsize(order + code)
        signed = code.islower()
        lo = -(1 << (size*8-1)) if signed else 0
        hi = (1 << (size*8-1)) - 1 if signed else (1 << size*8) - 1
        out = []
        for v in [lo - 1, hi + 1, -1 if not signed else None, 2**70, -2**70, 1.5, lo, hi, 2**63, 2**63 + 5, True]:
            if v is None: continue
            try: out.append(struct.pack(order + code, v).hex())
            except Exception as e: out.append(str(e))
        print(order, code, size, ' | '.join(out))
        print(struct.unpack(order + code, bytes(range(1, size + 1))), struct.unpack(order + code, b'\xff' * size), struct.unpack(order + code, b'\x80' + b'\x00' * (size - 1)))
for fmt in ['f', '<f', '>d', 'd', 'e', '<e', '>e']:
    for v in [1e300, 1e40, float('inf'), -float('inf'), 70000.0, 'x', 1, 0.1, -0.0, 65504.0, 65519.0, 65520.0, 5.96e-8, 2.9e-8, 1e-10, 6.1e-5, 3.0517578125e-05, 0.333333, float('nan')]:
        try: r = struct.pack(fmt, v); r = (r.hex(), struct.unpack(fmt, r))
        except Exception as e: r = type(e).__name__ + ': ' + str(e)
        print(fmt, v, r)
t(lambda: struct.pack('i', 1.5)); t(lambda: struct.pack('i', '1')); t(lambda: struct.pack('c', b'ab')); t(lambda: struct.pack('c', 'a')); t(lambda: struct.pack('s', 'a')); t(lambda: struct.pack('f', 'x')); t(lambda: struct.pack('ii', 1)); t(lambda: struct.pack('i', 1, 2))
t(lambda: struct.unpack('i', b'abc')); t(lambda: struct.unpack('<i', b'abcde')); t(lambda: struct.calcsize('z')); t(lambda: struct.calcsize('<n')); t(lambda: struct.pack('?', []))
t(lambda: struct.unpack_from('<h', b'\x01\x02\x03', 2)); t(lambda: struct.unpack_from('<h', b'\x01\x02\x03', -5)); t(lambda: struct.unpack_from('<h', b'\x01\x02\x03', 1)); t(lambda: struct.unpack_from('<h', b'\x01\x02\x03', -2))
t(lambda: struct.pack_into('<h', bytearray(2), 1, 5)); t(lambda: list(struct.iter_unpack('<h', b'\x01\x02\x03'))); t(lambda: list(struct.iter_unpack('<h', b'\x01\x02\x03\x04')))
ba = bytearray(b'\xaa' * 8); struct.pack_into('<hxh', ba, 1, 1, 2); print(ba)
t(lambda: struct.pack_into('<h', b'ab', 0, 1))
t(lambda: struct.Struct('<hh').size); t(lambda: struct.Struct('<hh').format); t(lambda: struct.calcsize('@bhiq')); t(lambda: struct.calcsize('=bhiq')); t(lambda: struct.calcsize('3s2p0i')); t(lambda: struct.pack('5p', b'hello world')); t(lambda: struct.pack('3s', b'a'))
t(lambda: struct.pack('P', 5)); t(lambda: struct.pack('<P', 5)); t(lambda: struct.pack('n', -1)); t(lambda: struct.pack('N', -1)); t(lambda: struct.pack('P', -1))
t(lambda: struct.pack('i', True)); t(lambda: struct.pack('x')); t(lambda: struct.pack('2x')); t(lambda: struct.pack('? ?', 0, 2)); t(lambda: struct.unpack('??', b'\x00\x05'))
class I:
    def __index__(self): return 7
t(lambda: struct.pack('i', I())); t(lambda: struct.pack('d', I())); t(lambda: struct.error.__mro__)
t(lambda: struct.unpack('<3sxH2p?c', b'abc\x00\x05\x00\x05x\x01z')); t(lambda: struct.pack('<3sxH2p?c', b'abcd', 5, b'xyz', 1, b'z'))
s = struct.Struct('>IhB'); print(s.pack(1, -2, 3), s.unpack(s.pack(1, -2, 3)), s.unpack_from(b'\x00' + s.pack(7, 8, 9), 1), list(s.iter_unpack(s.pack(1, 2, 3) * 2)))
t(lambda: struct.pack('4'));  t(lambda: struct.pack(' i ', 3)); t(lambda: struct.pack(b'<i', 3)); t(lambda: struct.Struct(5)); t(lambda: struct.pack('<2i', 1, 2)); t(lambda: struct.pack('<hq'))
print(struct.pack('>Q', 2**64 - 1), struct.unpack('>Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8), struct.pack('@Ln', 2**63, -5))
