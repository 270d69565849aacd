# Incremental decoders and encoders: text split at every byte position,
# incomplete sequences kept for the next call, final=True raising on them,
# BOMs of utf-8-sig/utf-16/utf-32, iterencode/iterdecode, state.
import codecs

text = 'a\xe9\u20ac\U0001f600z\u0800\x7f'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le',
            'utf-32-be', 'latin-1', 'cp1252', 'ascii']:
    sample = text
    try:
        data = codecs.encode(sample, enc)
    except UnicodeEncodeError:
        sample = 'abc\xe9\xff' if enc != 'ascii' else 'abc~'
        if enc == 'cp1252':
            sample = 'a\u20ac\xe9b'
        data = codecs.encode(sample, enc)
    ok = True
    pieces_seen = []
    for cut in range(len(data) + 1):
        dec = codecs.getincrementaldecoder(enc)()
        first = dec.decode(data[:cut])
        second = dec.decode(data[cut:], final=True)
        if first + second != sample:
            ok = False
            print('  mismatch at', cut, repr(first), repr(second))
        pieces_seen.append(len(first))
    # one byte at a time
    dec = codecs.getincrementaldecoder(enc)()
    out = ''.join(dec.decode(data[i:i + 1]) for i in range(len(data))) + dec.decode(b'', True)
    print(enc, data[:12], ok, out == sample, pieces_seen)

print('incomplete input at the end')
for enc, data in [('utf-8', b'ab\xe2\x82'), ('utf-8', b'\xf0\x9f\x98'), ('utf-16-le', b'a\x00b'),
                  ('utf-16-le', b'a\x00=\xd8'), ('utf-32-be', b'\x00\x00'), ('utf-16', b'\xff'),
                  ('utf-8-sig', b'\xef\xbb')]:
    dec = codecs.getincrementaldecoder(enc)()
    print(enc, repr(dec.decode(data)), dec.getstate())
    try:
        print('  final:', repr(dec.decode(b'', final=True)))
    except UnicodeDecodeError as e:
        print('  UnicodeDecodeError:', e)
    dec.reset()
    print('  after reset:', dec.getstate())
    dec = codecs.getincrementaldecoder(enc)('replace')
    print('  replace:', repr(dec.decode(data, True)))

print('invalid bytes are errors at once')
dec = codecs.getincrementaldecoder('utf-8')()
try:
    dec.decode(b'ab\xe2(')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e, e.start, e.end)
dec = codecs.getincrementaldecoder('utf-8')('ignore')
print(repr(dec.decode(b'x\xffy\xe2')), repr(dec.decode(b'\x82\xac')), repr(dec.decode(b'', True)))

print('BOMs')
for enc in ['utf-16', 'utf-32']:
    for data in [codecs.encode('hi', enc), codecs.encode('hi', enc + '-be'), codecs.encode('hi', enc + '-le')]:
        dec = codecs.getincrementaldecoder(enc)()
        try:
            print(enc, data, repr(dec.decode(data[:1]) + dec.decode(data[1:], True)))
        except UnicodeError as e:
            print(enc, data, type(e).__name__ + ':', e)
    be = codecs.BOM_UTF16_BE if enc == 'utf-16' else codecs.BOM_UTF32_BE
    data = be + codecs.encode('\ufeffx', enc + '-be')
    print(enc, 'second BOM kept:', repr(codecs.decode(data, enc)))
dec = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(dec.decode(b'\xef')), repr(dec.decode(b'\xbb')), repr(dec.decode(b'\xbfa\xef\xbb\xbf')), repr(dec.decode(b'', True)))
dec = codecs.getincrementaldecoder('utf-8-sig')()
print(repr(dec.decode(b'no bom')), repr(codecs.decode(b'\xef\xbb\xbfx\xef\xbb\xbf', 'utf-8-sig')))
print(repr(codecs.decode(b'\xef\xbb\xbfx', 'utf-8')))

print('incremental encoders')
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-be', 'utf-32', 'latin-1']:
    e = codecs.getincrementalencoder(enc)()
    print(enc, e.getstate(), e.encode('ab'), e.encode('c'), e.encode('', True), e.getstate())
    e.reset()
    print('  after reset:', e.encode('d'))
e = codecs.getincrementalencoder('ascii')('backslashreplace')
print(e.encode('x\xe9'), e.errors)
e = codecs.getincrementalencoder('ascii')()
try:
    e.encode('x\xe9y')
except UnicodeEncodeError as err:
    print('UnicodeEncodeError:', err)

print('iterencode / iterdecode')
print(list(codecs.iterencode(['a', '\xe9', '', '\u20ac'], 'utf-16')))
print(list(codecs.iterencode([], 'utf-8-sig')))
print(list(codecs.iterdecode([b'a\xe2', b'\x82', b'\xac', b'', b'b'], 'utf-8')))
print(list(codecs.iterdecode(iter([b'\xff\xfea', b'\x00b', b'\x00']), 'utf-16')))
try:
    print(list(codecs.iterdecode([b'a\xe2\x82'], 'utf-8')))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)

print('a buffered decoder of our own')


class Pairs(codecs.BufferedIncrementalDecoder):
    # two bytes make one character: their sum
    def _buffer_decode(self, input, errors, final):
        n = len(input) // 2 * 2
        return ''.join(chr(input[i] + input[i + 1]) for i in range(0, n, 2)), n


d = Pairs()
print(repr(d.decode(b'\x20\x21\x30')), d.getstate(), repr(d.decode(b'\x31')), d.getstate())
d.setstate((b'\x40', 0))
print(repr(d.decode(b'\x01')))
print(codecs.IncrementalDecoder().getstate(), codecs.IncrementalEncoder().getstate())
try:
    codecs.IncrementalDecoder().decode(b'x')
except NotImplementedError:
    print('NotImplementedError')

print('decoder state')
d = codecs.getincrementaldecoder('utf-8-sig')()
print(d.getstate(), repr(d.decode(b'\xef\xbb\xbfa')), d.getstate())
d.setstate((b'', 1))
print(repr(d.decode(b'\xef\xbb\xbfb')), d.getstate())
d = codecs.getincrementaldecoder('utf-16')()
print(d.getstate(), repr(d.decode(b'\xfe\xff\x00a\x00')), d.getstate())
d.setstate((b'', 0))
print(repr(d.decode(b'a\x00')), d.getstate())
d.setstate((b'\x00', 1))
print(repr(d.decode(b'b')), d.getstate())
d.setstate((b'', 2))
print(repr(d.decode(b'\xff\xfec\x00', True)), d.getstate())
d = codecs.getincrementaldecoder('utf-8')()
d.decode(b'\xe2\x82')
state = d.getstate()
d.reset()
d.setstate(state)
print(state, repr(d.decode(b'\xac')))
