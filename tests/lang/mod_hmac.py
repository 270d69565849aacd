import hmac, hashlib
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.md5).hexdigest())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', 'sha256').hexdigest())
h = hmac.new(b'k' * 200, digestmod='sha512'); h.update(b'abc'); c = h.copy(); c.update(b'd')
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, hmac.digest(b'k', b'm', 'sha1').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'), hmac.compare_digest(b'a', b'ab'))
for bad in [lambda: hmac.new(b'k'), lambda: hmac.new('k', digestmod='md5'), lambda: hmac.compare_digest(1, 2), lambda: hmac.compare_digest('é', 'é')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
