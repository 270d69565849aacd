# hashlib corner cases: pbkdf2_hmac arguments and errors, long passwords, file_digest on files and non-files
import hashlib, io, os, tempfile
for args in [(5, b'p', b's', 1), ('sha1', b'p', b's', 0), ('sha1', b'p', b's', 1, 0), ('sha1', 'p', b's', 1), ('sha1', b'p', 's', 1), ('sha1', b'p', b's', 1.0), ('sha1', b'p', b's', 1, 2.0)]:
    try: print(hashlib.pbkdf2_hmac(*args))
    except Exception as e: print(type(e).__name__, e)
print(hashlib.pbkdf2_hmac('sha1', bytearray(b'p'), bytearray(b's'), 2, None).hex())
print(hashlib.pbkdf2_hmac('sha512', b'k' * 200, b'salt', 3, 150).hex())
print(hashlib.pbkdf2_hmac('md5', b'', b'', 1, 1).hex(), hashlib.pbkdf2_hmac('SHA256', b'x', b'y', 2).hex())
class R:
    def read(self, n): return b''
    def readable(self): return False
    def __repr__(self): return 'R()'
for f in [io.StringIO('x'), R(), 5]:
    try: print(hashlib.file_digest(f, 'md5').hexdigest())
    except ValueError as e: print(str(e).split(' at 0x')[0].split(' object')[0])
b = io.BytesIO(b'abcdef'); b.read(2); print(hashlib.file_digest(b, hashlib.sha1).hexdigest())
fd, path = tempfile.mkstemp(); os.write(fd, b'x' * 300000); os.close(fd)
with open(path, 'rb') as f:
    print(hashlib.file_digest(f, 'sha256').hexdigest())
with open(path, 'rb') as f:
    f.read(10); print(hashlib.file_digest(f, 'md5', _bufsize=7).hexdigest())
os.unlink(path)
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha512'}))
