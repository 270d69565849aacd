"""hmac: keyed message authentication codes (RFC 2104) over hashlib's
digests, with CPython's interface."""

import hashlib as _hashlib
from _operator import _compare_digest as compare_digest

__all__ = ['HMAC', 'new', 'digest', 'compare_digest', 'digest_size']

# the key is xored with these pads (RFC 2104's opad and ipad), as tables
# for bytes.translate
trans_5C = bytes(n ^ 0x5C for n in range(256))
trans_36 = bytes(n ^ 0x36 for n in range(256))

# each HMAC object has its own digest_size: this module-level one is None
digest_size = None


def _hash_factory(digestmod):
    """A function that makes a fresh hash object, optionally fed data."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    # a module with a new() function (PEP 247)
    return lambda data=b'': digestmod.new(data)


def _warn(message):
    import warnings
    # level 3: HMAC.__init__, where CPython's warning points too
    warnings.warn(message, RuntimeWarning, 3)


class HMAC:
    """An HMAC computation in progress; feed it with update()."""
    blocksize = 64  # used when the hash does not tell its block size

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """key: bytes or bytearray; msg: the first data, if any; digestmod:
        a hashlib name or constructor, or a PEP 247 module (required)."""
        if not isinstance(key, (bytearray, bytes)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make_hash = _hash_factory(digestmod)
        self._hmac = None  # CPython's slot for an OpenSSL HMAC: unused here
        self._inner = make_hash()
        self._outer = make_hash()
        self.digest_size, self.block_size = (self._inner.digest_size,
                                             self._pick_block_size(self._inner))
        if len(key) > self.block_size:
            key = make_hash(key).digest()  # long keys are hashed first
        padded = bytes(key).ljust(self.block_size, b'\0')
        self._inner.update(padded.translate(trans_36))
        self._outer.update(padded.translate(trans_5C))
        if msg is not None:
            self.update(msg)

    def _pick_block_size(self, hasher):
        size = getattr(hasher, 'block_size', None)
        if size is None:
            _warn('No block_size attribute on given digest object; '
                  'Assuming %d.' % self.blocksize)
            return self.blocksize
        if size < 16:
            _warn('block_size of %d seems too small; using our '
                  'default of %d.' % (size, self.blocksize))
            return self.blocksize
        return size

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Add msg to the authenticated data."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        twin = type(self).__new__(type(self))
        twin._hmac = None
        twin.block_size, twin.digest_size = self.block_size, self.digest_size
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def _finished(self):
        # the outer hash of the inner digest, leaving self open to updates
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The code of the data so far, as bytes."""
        return self._finished().digest()

    def hexdigest(self):
        """The code of the data so far, as hexadecimal text."""
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object: see HMAC()."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash digest, at once."""
    return HMAC(key, msg, digest).digest()
