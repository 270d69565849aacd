# codecs.encode/decode and the module-level codec functions with every
# error handler; lookup_error's handlers called directly; register_error.
import codecs

texts = ['plain', 'caf\xe9', '\u20ac and \U0001f600', 'lone \udc80\udcff end', 'sur\ud800rogate']
encodings = ['utf-8', 'ascii', 'latin-1', 'cp1252', 'utf-16-le', 'utf-16-be', 'utf-32-be', 'utf-8-sig']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass']


def show(f, *args):
    try:
        print('  ', repr(f(*args)))
    except (UnicodeError, LookupError, TypeError, ValueError, NotImplementedError) as e:
        print('  ', type(e).__name__ + ':', e)


for text in texts:
    for enc in encodings:
        print(repr(text), enc)
        for h in handlers:
            show(codecs.encode, text, enc, h)

blobs = [b'plain', b'caf\xc3\xa9', b'bad \xff\xfe bytes', b'trunc \xe2\x82', b'\xed\xa0\x80 sur',
         b'\x80\x81\x82', b'odd\x00']
for data in blobs:
    for enc in ['utf-8', 'ascii', 'latin-1', 'cp1252', 'utf-16-le', 'utf-32-le']:
        print(repr(data), enc)
        for h in handlers:
            show(codecs.decode, data, enc, h)

print('module functions')
show(codecs.utf_8_encode, 'h\xe9')
show(codecs.utf_8_encode, '\udc80', 'surrogateescape')
show(codecs.utf_8_decode, b'h\xc3\xa9')
show(codecs.utf_8_decode, b'h\xc3', 'strict', False)
show(codecs.utf_8_decode, b'h\xc3', 'strict', True)
show(codecs.utf_8_decode, b'h\xc3', 'replace', True)
show(codecs.utf_8_decode, b'h\xff', None)
show(codecs.utf_8_decode, bytearray(b'xyz'))
show(codecs.utf_8_decode, 'text')
show(codecs.utf_8_encode, b'bytes')
show(codecs.latin_1_encode, '\xff\u0100', 'replace')
show(codecs.latin_1_decode, b'\xff\x00')
show(codecs.ascii_encode, 'abc\xe9')
show(codecs.ascii_encode, 'abc\xe9', 'xmlcharrefreplace')
show(codecs.ascii_decode, b'ab\x80')
show(codecs.ascii_decode, b'ab\x80', 'ignore')
show(codecs.utf_16_le_decode, b'a\x00b\x00c')
show(codecs.utf_16_le_decode, b'a\x00b\x00c', 'strict', True)
show(codecs.utf_16_be_decode, b'\x00a\xd8\x3d\xde\x00')
show(codecs.utf_16_be_decode, b'\x00a\xd8\x3d', 'strict', False)
show(codecs.utf_16_be_decode, b'\x00a\xd8\x3d', 'strict', True)
show(codecs.utf_16_decode, b'\xfe\xff\x00a')
show(codecs.utf_16_ex_decode, b'\xfe\xff\x00a')
show(codecs.utf_16_ex_decode, b'\xff\xfea\x00')
show(codecs.utf_16_ex_decode, b'a\x00')
show(codecs.utf_16_ex_decode, b'\xff', 'strict', 0, False)
show(codecs.utf_16_encode, 'ab')
show(codecs.utf_16_encode, 'ab', 'strict', 1)
show(codecs.utf_16_encode, 'ab', 'strict', -1)
show(codecs.utf_32_encode, 'a')
show(codecs.utf_32_decode, b'\x00\x00\xfe\xff\x00\x00\x00a')
show(codecs.utf_32_le_decode, b'a\x00\x00\x00b\x00', 'strict', False)
show(codecs.utf_32_be_encode, '\U0010ffff')
show(codecs.escape_decode, b'a\\nb\\x41\\101\\\\')
show(codecs.escape_decode, b'tab\\there')
show(codecs.escape_decode, b'bad \\x4')
show(codecs.escape_decode, b'end \\')
show(codecs.escape_encode, b'a\nb\x00\xff\'"\\')

print('handlers called directly')
enc_err = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'ordinal not in range(128)')
dec_err = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'invalid start byte')
for h in handlers:
    f = codecs.lookup_error(h)
    print(h, f.__name__)
    show(f, enc_err)
    show(f, dec_err)
    show(f, ValueError('not unicode'))
show(codecs.lookup_error, 'no-such-handler')
show(codecs.lookup_error, 3)
show(codecs.strict_errors, 'not an exception')
show(codecs.encode, 'x\xe9', 'ascii', 'no-such-handler')
show(codecs.encode, 'plain', 'ascii', 'no-such-handler')
show(codecs.decode, b'x\xff', 'utf-8', 'no-such-handler')
print(codecs.lookup_error('strict') is codecs.strict_errors,
      codecs.lookup_error('replace') is codecs.replace_errors)

print('registered handlers')


def stars(exc):
    print('   handler saw', type(exc).__name__, exc.encoding, exc.start, exc.end, repr(exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ('*' * (exc.end - exc.start), exc.end)
    return ('<%d>' % (exc.end - exc.start), exc.end)


def skip_all(exc):
    return ('[rest]', len(exc.object))


def bad_result(exc):
    return 'oops'


def out_of_range(exc):
    return ('', 99)


codecs.register_error('stars', stars)
codecs.register_error('skip_all', skip_all)
codecs.register_error('bad_result', bad_result)
codecs.register_error('out_of_range', out_of_range)
print(codecs.lookup_error('stars') is stars)
show(codecs.encode, 'a\xe9\xe8b\u20acc', 'ascii', 'stars')
show(codecs.encode, 'a\u20acb', 'latin-1', 'stars')
show(codecs.encode, 'a\udc80b', 'utf-8', 'stars')
show(codecs.encode, 'a\udc80b', 'utf-16', 'stars')
show(codecs.decode, b'a\xffb\xfe\xfdc', 'utf-8', 'stars')
show(codecs.decode, b'a\x80b', 'ascii', 'stars')
show(codecs.decode, b'a\xffb', 'utf-8', 'skip_all')
show(codecs.encode, 'a\xffb', 'ascii', 'skip_all')
show(codecs.encode, 'a\xffb', 'ascii', 'bad_result')
show(codecs.decode, b'a\xffb', 'utf-8', 'bad_result')
show(codecs.encode, 'a\xffb', 'ascii', 'out_of_range')
show(codecs.utf_8_decode, b'x\xff\xe2\x82', 'stars', False)
show(codecs.register_error, 'x', 42)
