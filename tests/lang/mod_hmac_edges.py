# hmac corner cases: digestmod forms, bytearray keys, long keys, hash objects without block_size
import hmac, hashlib, warnings, sys
warnings.simplefilter('always')
warnings.showwarning = lambda m, c, f, l, *a: print('warning:', c.__name__, m, f.endswith('hmac.py'))
print(hmac.trans_5C[:4], hmac.trans_36[-4:], hmac.digest_size, hmac.HMAC.blocksize)
h = hmac.new(bytearray(b'k'), b'm', 'md5'); print(h.name, h.block_size, h.digest_size, h.hexdigest())
print(hmac.new(b'k' * 65, b'm', hashlib.sha256).hexdigest(), hmac.new(b'k' * 64, b'm', hashlib.sha256).hexdigest())
print(hmac.HMAC(b'', None, 'sha1').hexdigest(), hmac.digest(b'key', b'', 'sha512').hex()[:32])
class Small:
    digest_size = 4
    block_size = 8
    name = 'small'
    def __init__(self, data=b''): self.data = bytes(data)
    def update(self, data): self.data += bytes(data)
    def copy(self): return Small(self.data)
    def digest(self): return hashlib.md5(self.data).digest()[:4]
    def hexdigest(self): return self.digest().hex()
class NoBlock(Small):
    block_size = property(lambda self: self.missing)
    def __getattribute__(self, name):
        if name == 'block_size': raise AttributeError(name)
        return object.__getattribute__(self, name)
h = hmac.new(b'key', b'msg', Small)
print(h.block_size, h.hexdigest())
h = hmac.new(b'key', b'msg', NoBlock)
print(h.block_size, h.hexdigest())
c = h.copy(); c.update(b'more'); print(h.hexdigest(), c.hexdigest(), type(c).__name__)
try: hmac.new(b'k'.decode(), digestmod='md5')
except TypeError as e: print(e)
