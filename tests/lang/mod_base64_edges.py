# base64 corner cases: padding errors, folding with pad, adobe framing and wrapping, bad input types
import base64, binascii
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
for d in [b'\0', b'\0' * 4, b'\0' * 5, b' ' * 4, b' ' * 5, b'\0\0\0\0    ', b'abc', b'']:
    t(lambda: base64.a85encode(d, pad=True)); t(lambda: base64.a85encode(d, foldspaces=True)); t(lambda: base64.b85encode(d, pad=True)); t(lambda: base64.b85encode(d))
for w in [1, 2, 3, 5, 7]:
    t(lambda: base64.a85encode(b'hello world!!', wrapcol=w)); t(lambda: base64.a85encode(b'hello world!!', wrapcol=w, adobe=True))
for d in [b'<~~>', b'~>', b'<~87cURD]i,"Ebo80~>', b'87cURD]i,"Ebo80~>', b'87cUR', b'abc']:
    t(lambda: base64.a85decode(d, adobe=True))
for d in [b'!', b'!!', b's8W-"', b's8W-!', b'uuuuu', b'zz', b'!z', b'!y', b'yy', b' !\n!\t', b'{', b'<~']:
    t(lambda: base64.a85decode(d)); t(lambda: base64.a85decode(d, foldspaces=True))
t(lambda: base64.a85decode(b'!! !!', ignorechars=b''))
for d in [b'0', b'00', b'|NsC0', b'|NsC1', b'~~~~~', b'0 ', b'VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%', 'VPa!s']:
    t(lambda: base64.b85decode(d))
for d in [b'MY======', b'MZXQ====', b'MZXW6===', b'MZXW6YQ=', b'MZXW6YTB', b'M=======', b'MZX=====', b'MZXW6Y==', b'========', b'MZ=W6YQ=', b'mzxw6yq=', b'', b'MZXW6YQ', 'MZXW6YQ=', 'MZXW6YQé']:
    t(lambda: base64.b32decode(d)); t(lambda: base64.b32decode(d, casefold=True))
t(lambda: base64.b32decode(b'1I======', map01=b'I')); t(lambda: base64.b32decode(b'1I======', map01='IL')); t(lambda: base64.b32hexdecode(b'cpng====', casefold=True))
t(lambda: base64.b32encode(bytearray(b'abcdefg'))); t(lambda: base64.b32encode([1, 2, 3])); t(lambda: base64.b32encode(3)); t(lambda: base64.a85encode('x')); t(lambda: base64.b85encode(None))
t(lambda: base64.b16decode(b'abcd')); t(lambda: base64.b16decode(b'abcd', casefold=True)); t(lambda: base64.b16decode('0A1')); t(lambda: base64.b16encode(bytearray(b'\xfe')))
t(lambda: base64.b64decode(5)); t(lambda: base64.b64decode('é')); t(lambda: base64.b64encode(b'\xfb\xff', altchars=b'-')); t(lambda: base64.urlsafe_b64decode('-_8='))
t(lambda: base64.standard_b64decode(b'YWJj')); t(lambda: base64.standard_b64encode(b'abc')); t(lambda: base64.decodebytes('x')); t(lambda: base64.encodebytes(bytearray(b'x' * 60)))
import io
src = io.BytesIO(b'z' * 100); dst = io.BytesIO(); base64.encode(src, dst); print(dst.getvalue())
back = io.BytesIO(); base64.decode(io.BytesIO(dst.getvalue()), back); print(back.getvalue() == b'z' * 100)
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
