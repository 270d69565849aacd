"""hashlib: message digests (md5, sha1, sha224, sha256, sha384, sha512) with
CPython's interface; _hashlib (C) computes them. SHA-3, BLAKE2 and SHAKE
are not provided."""

import _hashlib

_NAMES = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')

algorithms_guaranteed = set(_NAMES)
algorithms_available = set(_NAMES)

__all__ = _NAMES + ('new', 'algorithms_guaranteed', 'algorithms_available',
                    'pbkdf2_hmac', 'file_digest')

new = _hashlib.new
md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512


def _need_int(value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        "interpreted as an integer")


def _need_bytes(value):
    if not isinstance(value, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not "
                        f"'{type(value).__name__}'")


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC over the hash hash_name: a key of dklen
    bytes (the digest size by default) derived from password and salt."""
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, "
                        f"not {type(hash_name).__name__}")
    _need_bytes(password)
    _need_bytes(salt)
    _need_int(iterations)
    if dklen is not None:
        _need_int(dklen)
    import hmac  # hmac imports this module: not at the top
    keyed = hmac.new(bytes(password), None, hash_name)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    if dklen is None:
        dklen = keyed.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")

    def prf(message):
        mac = keyed.copy()
        mac.update(message)
        return mac.digest()

    key = b''
    block_number = 0
    while len(key) < dklen:
        block_number += 1
        # block i is U1 ^ U2 ^ ... with U1 = PRF(salt + i), Uj = PRF(Uj-1)
        u = prf(bytes(salt) + block_number.to_bytes(4, 'big'))
        mixed = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = prf(u)
            mixed ^= int.from_bytes(u, 'big')
        key += mixed.to_bytes(len(u), 'big')
    return key[:dklen]


def _readable_binary(fileobj):
    # CPython wants readinto(), which atoll's files lack: read() will do,
    # but not on a text file (reading nothing from it gives '')
    if not (hasattr(fileobj, 'read') and hasattr(fileobj, 'readable')):
        return False
    return bool(fileobj.readable()) and not isinstance(fileobj.read(0), str)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object (named, or made by the callable digest) fed with
    what remains of the binary file fileobj."""
    hasher = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        # a BytesIO: all at once (atoll's has getvalue, and no memoryview)
        hasher.update(fileobj.getvalue())
        return hasher
    if not _readable_binary(fileobj):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    for chunk in iter(lambda: fileobj.read(_bufsize), b''):
        hasher.update(chunk)
    return hasher
