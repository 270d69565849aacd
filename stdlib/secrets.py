"""secrets: random numbers and tokens for security uses (passwords, keys,
session tokens), drawn from the operating system's source (os.urandom),
with the interface of CPython 3.11's secrets."""

import base64 as _base64
import os as _os
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

# bytes of randomness in a token when the caller does not say
DEFAULT_ENTROPY = 32

_source = SystemRandom()

randbits = _source.getrandbits
choice = _source.choice


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _source._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when nbytes is None)."""
    return _os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as a string of 2 * nbytes hex digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe Base64, without padding."""
    encoded = _base64.urlsafe_b64encode(token_bytes(nbytes))
    return encoded.rstrip(b'=').decode('ascii')
