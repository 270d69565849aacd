# codecs.lookup: names and aliases normalised as CPython does, CodecInfo,
# the get* functions, BOM constants, search functions and their cache.
import codecs

for name in ['UTF8', 'utf-8', 'U8', 'utf_8', 'utf-8-sig', 'UTF-8-SIG', 'ascii', 'US-ASCII', '646',
             'latin-1', 'Latin1', 'iso-8859-1', 'ISO_8859-1', 'l1', 'cp1252', 'windows-1252',
             'utf-16', 'UTF-16LE', 'utf_16_be', 'utf16', 'utf-32', 'utf-32-le', 'UTF-32BE', 'u32',
             ' utf 8 ']:
    info = codecs.lookup(name)
    print(repr(name), '->', info.name, type(info).__name__, isinstance(info, tuple), len(info))

info = codecs.lookup('utf-8')
print(info[0] is info.encode, info[1] is info.decode, info[2] is info.streamreader,
      info[3] is info.streamwriter)
print(info.incrementalencoder.__name__, info.incrementaldecoder.__name__,
      info.streamreader.__name__, info.streamwriter.__name__)
print(repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
print(issubclass(info.incrementaldecoder, codecs.IncrementalDecoder),
      issubclass(info.incrementalencoder, codecs.IncrementalEncoder),
      issubclass(info.streamreader, codecs.StreamReader),
      issubclass(info.streamwriter, codecs.StreamWriter))
print(codecs.lookup('latin1') is codecs.lookup('latin1'))

for bad in ['no-such-codec', 'utf-9', '', 'Klingon 8']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError:', e)
for bad in [None, 8, b'utf-8']:
    try:
        codecs.lookup(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    'x'.encode('no-such')
except LookupError as e:
    print('LookupError:', e)
try:
    codecs.encode('x', 'no-such')
except LookupError as e:
    print('LookupError:', e)

print(codecs.getencoder('utf-8')('h\xe9llo'), codecs.getdecoder('utf-8')(b'h\xc3\xa9llo'))
print(codecs.getencoder('utf-16')('ab'), codecs.getdecoder('utf-16')(b'\xfe\xff\x00a\x00b'))
print(codecs.getencoder('latin-1')('\xff'), codecs.getdecoder('ascii')(b'abc'))
print(codecs.getencoder('utf-32-be')('\U0001f600'), codecs.getdecoder('utf-32')(b'\xff\xfe\x00\x00A\x00\x00\x00'))
print(codecs.getreader('utf-8').__name__, codecs.getwriter('utf-8').__name__)
print(codecs.getincrementalencoder('ascii')().encode('abc'), codecs.getincrementaldecoder('latin-1')().decode(b'\xe9'))

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM, codecs.BOM_LE, codecs.BOM_BE)
print(codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)

# a search function of our own: it sees the normalised name, and comes after the built-ins
seen = []


def rot_encode(text, errors='strict'):
    out = []
    for c in text:
        if 'a' <= c <= 'z':
            c = chr((ord(c) - 97 + 13) % 26 + 97)
        out.append(c)
    return ''.join(out), len(text)


def search(name):
    seen.append(name)
    if name == 'my_rot':
        return codecs.CodecInfo(rot_encode, rot_encode, name='my-rot')
    if name == 'bad_codec':
        return (1, 2)
    return None


codecs.register(search)
info = codecs.lookup('My Rot')
print(info.name, info.incrementalencoder, seen)
print(codecs.encode('hello', 'my-rot'), codecs.decode('uryyb', 'MY_ROT'))
codecs.lookup('utf-8')
print(seen)
try:
    codecs.lookup('bad-codec')
except TypeError as e:
    print('TypeError:', e)
codecs.unregister(search)
try:
    codecs.lookup('my-rot')
except LookupError as e:
    print('LookupError:', e)
try:
    codecs.register('not callable')
except TypeError as e:
    print('TypeError:', e)

# a codec that raises a simple exception is named in the message
def failing(text, errors='strict'):
    raise ValueError('no luck')


codecs.register(lambda name: codecs.CodecInfo(failing, failing, name='failing') if name == 'failing' else None)
try:
    codecs.encode('x', 'failing')
except ValueError as e:
    print('ValueError:', e, '| cause:', repr(e.__cause__))
try:
    codecs.encode(b'x', 'utf-8')
except TypeError as e:
    print('TypeError:', e)
try:
    codecs.decode('x', 'latin-1')
except TypeError as e:
    print('TypeError:', e)
try:
    codecs.encode('x', 'utf-8', 1)
except TypeError as e:
    print('TypeError:', e)
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode('\xe9', 'latin-1'), codecs.decode(b'\xe9', 'cp1252'))
print(codecs.encode('\u20ac', 'cp1252'), codecs.decode(b'\x80', 'windows-1252'))
