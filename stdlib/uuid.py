"""uuid: universally unique identifiers (RFC 4122), with the interface of
CPython 3.11's uuid.

A UUID is a 128-bit number, kept as an int; every other view of it (hex
text, bytes in big- or little-endian field order, the six fields of RFC
4122's layout) is computed from that number when asked for:

    bits 127-96  time_low            bits 63-56  clock_seq_hi_variant
    bits  95-80  time_mid            bits 55-48  clock_seq_low
    bits  79-64  time_hi_version     bits 47-0   node

The top bits of clock_seq_hi_variant tell the variant; for RFC 4122's
variant the top four bits of time_hi_version tell the version.

uuid1() differs from CPython's: atoll does not look for the machine's
hardware (MAC) address, so getnode() is a random 48-bit number with the
multicast bit set, chosen once per process, as RFC 4122 (section 4.5)
allows for machines without one. uuid3() and uuid5() use hashlib's md5
and sha1; uuid4() uses os.urandom.
"""

import operator as _operator
import os
from enum import Enum

# the variants, as the variant property names them
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

int_ = int      # the constructor has a parameter named int
bytes_ = bytes  # and one named bytes

# (name, width in bits) of the six fields, from the most significant
_FIELDS = (('time_low', 32), ('time_mid', 16), ('time_hi_version', 16),
           ('clock_seq_hi_variant', 8), ('clock_seq_low', 8), ('node', 48))
_AN = {8: 'an'}   # "need an 8-bit value" but "need a 16-bit value"


class SafeUUID(Enum):
    """Whether the system made a uuid1() in a way that is safe between
    processes (it is unknown in atoll)."""
    safe = 0
    unsafe = -1
    unknown = None


def _from_hex(text):
    # 'urn:' and 'uuid:' prefixes, braces and hyphens are all optional;
    # what is left must be 32 characters that int() reads in base 16
    text = text.replace('urn:', '').replace('uuid:', '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(digits, 16)


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    number = 0
    for position, ((_, width), value) in enumerate(zip(_FIELDS, fields)):
        if not 0 <= value < 1 << width:
            article = _AN.get(width, 'a')
            raise ValueError(f'field {position + 1} out of range '
                             f'(need {article} {width}-bit value)')
        number = (number << width) | value
    return number


def _reorder_le(data):
    # the first three fields are little-endian in bytes_le
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


_store = object.__setattr__   # UUID's own __setattr__ refuses


def _check_bytes(value, what):
    if len(value) != 16:
        raise ValueError(f'{what} is not a 16-char string')
    assert isinstance(value, bytes_), repr(value)


def _comparison(op):
    """A rich comparison method: op on the numbers of two UUIDs."""
    def compare(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return op(self.int, other.int)
    compare.__name__ = f'__{op.__name__}__'
    return compare


def _field(shift, width):
    """A property: the width bits of the number from bit shift up."""
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


class UUID:
    """A UUID, made from exactly one of: hex (a string of 32 hex digits,
    optionally with braces, hyphens and a 'urn:uuid:' prefix), bytes (16
    bytes, big-endian), bytes_le (16 bytes, first three fields
    little-endian), fields (six ints) or int (128 bits). version (1 to 5)
    overwrites the variant and version bits."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        sources = (hex, bytes, bytes_le, fields, int)
        if sum(source is not None for source in sources) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            number = _from_hex(hex)
        elif bytes_le is not None:
            _check_bytes(bytes_le, 'bytes_le')
            number = int_.from_bytes(_reorder_le(bytes_le), 'big')
        elif bytes is not None:
            _check_bytes(bytes, 'bytes')
            number = int_.from_bytes(bytes, 'big')
        elif fields is not None:
            number = _from_fields(fields)
        else:
            number = int
            if not 0 <= number < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # RFC 4122's variant (binary 10 at bits 63-62), then the version
            # (bits 79-76)
            number &= ~((0xc000 << 48) | (0xf000 << 64))
            number |= (0x8000 << 48) | (version << 76)
        _store(self, 'int', number)
        _store(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __getstate__(self):
        # is_safe as its value, and only when known: unpickling then needs
        # no enum
        if self.is_safe is SafeUUID.unknown:
            return {'int': self.int}
        return {'int': self.int, 'is_safe': self.is_safe.value}

    def __setstate__(self, state):
        _store(self, 'int', state['int'])
        _store(self, 'is_safe', SafeUUID(state.get('is_safe')))

    # comparisons are those of the numbers, with UUIDs only
    __eq__ = _comparison(_operator.eq)
    __lt__ = _comparison(_operator.lt)
    __le__ = _comparison(_operator.le)
    __gt__ = _comparison(_operator.gt)
    __ge__ = _comparison(_operator.ge)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16],
                         digits[16:20], digits[20:]))

    # the other views of the number

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _reorder_le(self.bytes)

    time_low = _field(96, 32)
    time_mid = _field(80, 16)
    time_hi_version = _field(64, 16)
    clock_seq_hi_variant = _field(56, 8)
    clock_seq_low = _field(48, 8)
    node = _field(0, 48)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _ in _FIELDS)

    @property
    def time(self):
        """The 60-bit timestamp of a version 1 UUID: time_low, time_mid
        and time_hi_version without the version, the other way round."""
        return ((self.int >> 64 & 0x0fff) << 48
                | (self.int >> 80 & 0xffff) << 32
                | self.int >> 96)

    @property
    def clock_seq(self):
        """The 14-bit clock sequence of a version 1 UUID."""
        return (self.int >> 48) & 0x3fff

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return f'urn:uuid:{self}'

    @property
    def variant(self):
        # the leading bits of clock_seq_hi_variant: 0, 10, 110 or 111
        top = self.clock_seq_hi_variant
        if top < 0x80:
            return RESERVED_NCS
        if top < 0xc0:
            return RFC_4122
        if top < 0xe0:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        """1 to 5 (or another 4-bit number) for RFC 4122's variant, else
        None."""
        if self.clock_seq_hi_variant >> 6 != 0b10:
            return None
        return (self.int >> 76) & 0xf


# --- making UUIDs -------------------------------------------------------------

_node = None


def getnode():
    """The 48-bit node number for uuid1(): in atoll a random number with
    the multicast bit set (see the module's notes), the same for the
    whole process."""
    global _node
    if _node is None:
        _node = int_.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


# 100-nanosecond intervals from 1582-10-15 (the Gregorian reform, RFC
# 4122's epoch) to 1970-01-01
_GREGORIAN_TO_UNIX = 0x01b21dd213814000
_last_timestamp = 0


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence (random unless given) and
    the node (getnode() unless given)."""
    import time
    global _last_timestamp
    # in 100-nanosecond steps; two calls within one step still get
    # different times
    now = time.time_ns() // 100 + _GREGORIAN_TO_UNIX
    _last_timestamp = timestamp = max(now, _last_timestamp + 1)
    if clock_seq is None:
        clock_seq = int_.from_bytes(os.urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    fields = (timestamp & 0xffffffff, (timestamp >> 32) & 0xffff,
              (timestamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
              clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def _hashed(digest, namespace, name, version):
    data = digest(namespace.bytes + bytes_(name, 'utf-8')).digest()
    return UUID(bytes=data[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name (str)."""
    import hashlib
    return _hashed(hashlib.md5, namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name (str)."""
    import hashlib
    return _hashed(hashlib.sha1, namespace, name, 5)


# the namespaces of RFC 4122's appendix C
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
