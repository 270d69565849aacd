import binascii, base64, random
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
for d in [b'YWJj', b'YWJ', b'YW=Jj', b'Y', b'YWJjZA', b'YW Jj\n!!', 'YWJj', 'YWJjé', b'', b'====', b'YQ==YQ==', b'Y=Q==']:
    t(lambda: binascii.a2b_base64(d)); t(lambda: binascii.a2b_base64(d, strict_mode=True))
for d in [b'YWJj', b'YW Jj', b'=YWJj', b'YWJjZA==YQ', b'YWJjZA=', b'YWJjZA==', b'YWJjZA=a=', b'YW\nJj']:
    t(lambda: binascii.a2b_base64(d, strict_mode=True))
t(lambda: binascii.b2a_base64(b'abcd')); t(lambda: binascii.b2a_base64(b'abcd', newline=False)); t(lambda: binascii.b2a_base64('abcd'))
t(lambda: binascii.hexlify(b'\x01\xff', '-')); t(lambda: binascii.hexlify(b'\x01\xff\x02\x03\x04', b':', 2)); t(lambda: binascii.hexlify(b'\x01\xff\x02\x03\x04', ':', -2))
t(lambda: binascii.hexlify(b'')); t(lambda: binascii.hexlify(b'\x01\x02\x03', ':', 5)); t(lambda: binascii.b2a_hex(b'xyz'))
t(lambda: binascii.unhexlify(b'01ff')); t(lambda: binascii.unhexlify('01fF')); t(lambda: binascii.unhexlify('01f')); t(lambda: binascii.unhexlify('0g'))
t(lambda: binascii.crc32(b'hello')); t(lambda: binascii.crc32(b'world', binascii.crc32(b'hello '))); t(lambda: binascii.crc_hqx(b'hello', 0)); t(lambda: binascii.crc32(b'', -1))
t(lambda: binascii.hexlify(b'ab', 'xy')); t(lambda: binascii.Error.__mro__); t(lambda: issubclass(binascii.Error, ValueError))
R = random.Random(3)
for i in range(40):
    data = bytes(R.randrange(256) for _ in range(R.randrange(0, 30)))
    e = [base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b32hexencode(data), base64.b16encode(data), base64.a85encode(data), base64.b85encode(data), base64.a85encode(data, adobe=True, wrapcol=10), base64.b85encode(data, pad=True), base64.encodebytes(data * 5)]
    d = [base64.b64decode(e[0]), base64.urlsafe_b64decode(e[1]), base64.b32decode(e[2]), base64.b32hexdecode(e[3]), base64.b16decode(e[4]), base64.a85decode(e[5]), base64.b85decode(e[6]), base64.a85decode(e[7], adobe=True), base64.decodebytes(e[9])]
    print(e, all(x == data for x in d[:8]), d[8] == data * 5)
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'), base64.b32decode('MZXW6===', casefold=True), base64.b32decode(b'0O======', map01=b'L'))
t(lambda: base64.b64decode('abc')); t(lambda: base64.b64decode('ab!c', validate=True)); t(lambda: base64.b32decode('abc')); t(lambda: base64.b32decode('MZXW6!==')); t(lambda: base64.b16decode('0g')); t(lambda: base64.b16decode('ab'))
t(lambda: base64.b85decode(b'|NsC~')); t(lambda: base64.a85decode(b'xz')); t(lambda: base64.encodebytes('s')); t(lambda: base64.b64encode('s'))
print(base64.a85encode(b'\0\0\0\0 \0\0\0'), base64.a85encode(b'    ', foldspaces=True), base64.a85decode(b'z!!'), base64.a85encode(b'\0'), base64.b85encode(b'\0\0\0\0'))
