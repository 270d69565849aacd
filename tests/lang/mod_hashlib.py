import hashlib, random
msgs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65, b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 129, bytes(range(256)) * 41]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for m in msgs:
        print(name, len(m), hashlib.new(name, m).hexdigest())
    h = getattr(hashlib, name)()
    for i in range(0, len(msgs[-1]), 37):
        h.update(msgs[-1][i:i + 37])
    c = h.copy(); c.update(b'x')
    print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size)
print(hashlib.sha256(b'hello world').hexdigest(), hashlib.md5(string=b'x').hexdigest(), hashlib.new('SHA256', data=b'y').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex(), hashlib.pbkdf2_hmac('sha1', b'pw', b'na', 3, dklen=50).hex())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}), hashlib.md5)
for bad in [lambda: hashlib.md5('str'), lambda: hashlib.new('nope'), lambda: hashlib.sha1(5), lambda: hashlib.sha256().update('s')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
random.seed('hello'); print(random.random())
random.seed(b'bytes seed'); print(random.random())
import io
print(hashlib.file_digest(io.BytesIO(b'abc' * 1000), 'sha256').hexdigest())
