"""secrets: random numbers and tokens for security uses (passwords, keys,
session tokens, password-reset links), with the interface of CPython
3.11's secrets.

Everything comes from the operating system's source of randomness
(os.urandom), through one random.SystemRandom: unlike the random module's
functions, none of it can be seeded or replayed. A token is DEFAULT_ENTROPY
random bytes unless the caller asks for another number of bytes; 32 bytes
(256 bits) is beyond guessing."""

import base64 as _base64
import os as _os
import random as _random
from _operator import _compare_digest as compare_digest

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes',
           'token_hex', 'token_urlsafe', 'compare_digest']

SystemRandom = _random.SystemRandom

DEFAULT_ENTROPY = 32

_source = SystemRandom()

randbits = _source.getrandbits
choice = _source.choice


def randbelow(exclusive_upper_bound):
    """A random int n with 0 <= n < exclusive_upper_bound."""
    if exclusive_upper_bound > 0:
        return _source._randbelow(exclusive_upper_bound)
    raise ValueError("Upper bound must be positive.")


def token_bytes(nbytes=None):
    """A bytes object of nbytes random bytes (DEFAULT_ENTROPY of them when
    nbytes is None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    """Random text of two lower-case hex digits per byte of randomness
    (nbytes as for token_bytes)."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Random text safe in URLs and file names: the Base64 variant with '-'
    and '_', without '=' padding, about 1.3 characters per byte."""
    text = _base64.urlsafe_b64encode(token_bytes(nbytes))
    return text.decode('ascii').rstrip('=')
