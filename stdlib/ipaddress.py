"""ipaddress: IPv4 and IPv6 addresses, networks and interfaces.

Written for atoll from the Python documentation and from the observed
behaviour of CPython 3.11 (results, ordering and error messages match it).

An address keeps its value as one int (`_ip`); a network is an address
plus a prefix length; an interface is an address that also carries the
network it sits in.  The two families differ only in how they read and
write text and in their special-purpose ranges: that lives in the
_V4Family/_V6Family mix-ins, everything else is shared.
"""

import functools

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A string, int or bytes value that is not a valid address."""


class NetmaskValueError(ValueError):
    """A prefix, netmask or hostmask that is not valid."""


def _not_same_version(a, b):
    return TypeError(f'{a} and {b} are not of the same version')


# --- factory functions --------------------------------------------------

def _first_family(kinds, value, what, *extra):
    for kind in kinds:
        try:
            return kind(value, *extra)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError(f'{value!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """An IPv4Address or IPv6Address, whichever family `address` parses as."""
    return _first_family((IPv4Address, IPv6Address), address, 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network for `address`."""
    return _first_family((IPv4Network, IPv6Network), address, 'network', strict)


def ip_interface(address):
    """An IPv4Interface or IPv6Interface for `address`."""
    return _first_family((IPv4Interface, IPv6Interface), address, 'interface')


def _packed(value, size, family):
    try:
        return value.to_bytes(size, 'big')
    except OverflowError:
        raise ValueError(f"Address negative or too large for {family}")


def v4_int_to_packed(address):
    """The 4 network-order bytes of an IPv4 address given as an int."""
    return _packed(address, 4, 'IPv4')


def v6_int_to_packed(address):
    """The 16 network-order bytes of an IPv6 address given as an int."""
    return _packed(address, 16, 'IPv6')


def _low_zero_bits(value, width):
    # how many of the low `width` bits of value are zero, counted from bit 0
    if value == 0:
        return width
    return min(width, (value & -value).bit_length() - 1)


def summarize_address_range(first, last):
    """Yield the fewest networks that exactly cover first..last."""
    both = isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)
    if not both:
        raise TypeError('first and last must be IP addresses, not networks')
    if last.version != first.version:
        raise _not_same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    netclass = IPv4Network if first.version == 4 else IPv6Network
    width = first.max_prefixlen
    lo, hi = first._ip, last._ip
    top = netclass._ALL_ONES
    while lo <= hi:
        span = (hi - lo + 1).bit_length() - 1
        bits = min(_low_zero_bits(lo, width), span)
        yield netclass((lo, width - bits))
        lo += 1 << bits
        if lo > top:
            return


def _runs(addresses):
    # consecutive runs of a sorted address list, as (first, last) pairs
    start = prev = None
    for addr in addresses:
        if start is None:
            start = addr
        elif addr._ip != prev._ip + 1:
            yield start, prev
            start = addr
        prev = addr
    if start is not None:
        yield start, prev


def _merge_networks(networks):
    # Pair up sibling halves into their parent until nothing pairs, then
    # drop networks that sit inside an earlier one.
    pending = list(networks)
    by_parent = {}
    while pending:
        net = pending.pop()
        parent = net.supernet()
        sibling = by_parent.get(parent)
        if sibling is None:
            by_parent[parent] = net
        elif sibling != net:
            del by_parent[parent]
            pending.append(parent)
    covered_to = None
    for net in sorted(by_parent.values()):
        if covered_to is not None and covered_to >= net.broadcast_address:
            continue
        yield net
        covered_to = net.broadcast_address


def collapse_addresses(addresses):
    """Yield the fewest networks covering the given addresses and networks."""
    singles = []
    nets = []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            bucket, value = singles, item
        elif item._prefixlen == item.max_prefixlen:
            bucket = singles
            value = item.ip if hasattr(item, 'ip') else item.network_address
        else:
            bucket, value = nets, item
        if bucket and bucket[-1]._version != item._version:
            raise _not_same_version(item, bucket[-1])
        bucket.append(value)
    merged = []
    for lo, hi in _runs(sorted(set(singles))):
        merged.extend(summarize_address_range(lo, hi))
    return _merge_networks(merged + nets)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both families."""
    if isinstance(obj, (_BaseNetwork, _BaseAddress)):
        return obj._sort_key()
    return NotImplemented


# --- what every address, network and interface shares ---------------------

class _Common:

    @property
    def exploded(self):
        """The long form of the address, every field written out."""
        return self._long_text()

    @property
    def compressed(self):
        """The short form of the address."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name used for a reverse DNS (PTR) lookup of the address."""
        return self._ptr_name()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @classmethod
    def _mask_int(cls, length):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> length)

    @classmethod
    def _bad_mask(cls, mask):
        raise NetmaskValueError(f'{mask!r} is not a valid netmask') from None

    @classmethod
    def _length_of_mask(cls, value):
        # value must be some ones followed by only zeroes; None if it is not
        zeros = _low_zero_bits(value, cls._max_prefixlen)
        ones = cls._max_prefixlen - zeros
        return ones if value >> zeros == (1 << ones) - 1 else None

    @classmethod
    def _netmask_for(cls, mask):
        # (netmask address, prefix length) for a prefix given as an int, a
        # decimal string or (IPv4 only) a dotted netmask or hostmask
        if isinstance(mask, int):
            if mask < 0 or mask > cls._max_prefixlen:
                cls._bad_mask(mask)
            length = mask
        elif mask.isascii() and mask.isdigit() \
                and int(mask) <= cls._max_prefixlen:
            length = int(mask)
        elif cls._dotted_masks:
            length = cls._length_of_dotted(mask)
        else:
            cls._bad_mask(mask)
        return cls._addr_type(cls._mask_int(length)), length

    @classmethod
    def _length_of_dotted(cls, text):
        try:
            value = cls._parse(text)
        except AddressValueError:
            cls._bad_mask(text)
        length = cls._length_of_mask(value)
        if length is None:
            length = cls._length_of_mask(value ^ cls._ALL_ONES)
        if length is None:
            cls._bad_mask(text)
        return length

    @classmethod
    def _addr_and_mask(cls, spec):
        # (address part, mask part) of what a network or interface is given
        if isinstance(spec, (bytes, int)):
            return spec, cls._max_prefixlen
        if not isinstance(spec, tuple):
            text = str(spec)
            if text.count('/') > 1:
                raise AddressValueError(f"Only one '/' permitted in {spec!r}")
            spec = text.split('/')
        if len(spec) < 2:
            return spec[0], cls._max_prefixlen
        return spec

    def _in_table(self, name):
        return any(self in net for net in _special()[name])

    def __reduce__(self):
        return type(self), (str(self),)


# --- addresses --------------------------------------------------------------

@functools.total_ordering
class _BaseAddress(_Common):

    def __init__(self, address):
        kind = self._version
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError(
                    f"{address} (< 0) is not permitted as an IPv{kind} address")
            if address > self._ALL_ONES:
                raise AddressValueError(
                    f"{address} (>= 2**{self._max_prefixlen}) is not permitted "
                    f"as an IPv{kind} address")
            self._ip = address
        elif isinstance(address, bytes):
            size = self._max_prefixlen // 8
            if len(address) != size:
                raise AddressValueError(
                    f"{address!r} (len {len(address)} != {size}) is not "
                    f"permitted as an IPv{kind} address")
            self._ip = int.from_bytes(address, 'big')
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            self._ip = self._parse(self._take_scope(text))

    def _take_scope(self, text):
        return text

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return other._ip == self._ip and other._version == self._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _BaseAddress):
            if other._version != self._version:
                raise _not_same_version(self, other)
            return self._ip < other._ip
        return NotImplemented

    def __hash__(self):
        return hash(hex(self._ip))

    def __add__(self, other):
        if isinstance(other, int):
            return type(self)(self._ip + other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, int):
            return type(self)(self._ip - other)
        return NotImplemented

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return self._text(self._ip)

    def _sort_key(self):
        return self._version, self

    @property
    def packed(self):
        return _packed(self._ip, self._max_prefixlen // 8, f'IPv{self._version}')

    def __format__(self, fmt):
        # '' and '...s' format the text; otherwise [#][_](b|x|X|n) pads the
        # number to the full width of the address.
        if fmt == '' or fmt.endswith('s'):
            return format(str(self), fmt)
        rest = fmt
        prefix = grouping = ''
        if rest[:1] == '#':
            prefix, rest = '#', rest[1:]
        if rest[:1] == '_':
            grouping, rest = '_', rest[1:]
        if len(rest) != 1 or rest not in 'bxXn':
            return object.__format__(self, fmt)
        kind = rest
        if kind == 'n':
            kind = 'b' if self._version == 4 else 'x'
        digits = self._max_prefixlen if kind == 'b' else self._max_prefixlen // 4
        if grouping:
            digits += digits // 4 - 1
        if prefix:
            digits += 2
        return format(self._ip, f'{prefix}0{digits}{grouping}{kind}')


class _InterfaceParts:
    # An interface is an address (its own class comes next in the MRO)
    # plus the network it was given with.

    def __init__(self, address):
        addr, mask = self._addr_and_mask(address)
        self._addr_type.__init__(self, addr)
        self.network = self._net_type((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network.prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    @property
    def ip(self):
        return self._addr_type(self._ip)

    def __str__(self):
        return f'{self._addr_type.__str__(self)}/{self._prefixlen}'

    def __eq__(self, other):
        same = self._addr_type.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            # a bare address never equals an interface
            return False

    def __lt__(self, other):
        less = self._addr_type.__lt__(self, other)
        if less is NotImplemented:
            return less
        try:
            if self.network == other.network:
                return less
            return self.network < other.network
        except AttributeError:
            # bare addresses sort before every interface
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen,
                     self.network.network_address._ip))

    def __reduce__(self):
        return type(self), (str(self),)

    @property
    def with_prefixlen(self):
        return f'{self._text(self._ip)}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self._text(self._ip)}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self._text(self._ip)}/{self.hostmask}'


# --- networks ---------------------------------------------------------------

@functools.total_ordering
class _BaseNetwork(_Common):

    def __init__(self, address, strict=True):
        addr, mask = self._addr_and_mask(address)
        self.network_address = self._addr_type(addr)
        self.netmask, self._prefixlen = self._netmask_for(mask)
        masked = self.network_address._ip & self.netmask._ip
        if masked != self.network_address._ip:
            if strict:
                raise ValueError(f'{self} has host bits set')
            self.network_address = self._addr_type(masked)
        last_bits = self._max_prefixlen - self._prefixlen
        if last_bits == 1:
            self.hosts = self.__iter__
        elif last_bits == 0:
            self.hosts = lambda: [self._addr_type(addr)]

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen}'

    def _host_range(self):
        return range(self.network_address._ip + 1, self.broadcast_address._ip)

    def hosts(self):
        """Yield the usable host addresses of the network."""
        make = self._addr_type
        for value in self._host_range():
            yield make(value)

    def __iter__(self):
        make, first = self._addr_type, self.network_address._ip
        for value in range(first, first + self.num_addresses):
            yield make(value)

    def __getitem__(self, n):
        low = self.network_address._ip
        high = self.broadcast_address._ip
        value = low + n if n >= 0 else high + n + 1
        if value < low or value > high:
            raise IndexError('address out of range')
        return self._addr_type(value)

    def __lt__(self, other):
        if isinstance(other, _BaseNetwork):
            if other._version != self._version:
                raise _not_same_version(self, other)
            return self._order() < other._order()
        return NotImplemented

    def _order(self):
        return self.network_address._ip, self.netmask._ip

    def __eq__(self, other):
        try:
            return (other._version == self._version
                    and other.network_address == self.network_address
                    and other.netmask._ip == self.netmask._ip)
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(self.network_address._ip ^ self.netmask._ip)

    def __contains__(self, other):
        # only an address of the same family can be inside
        if other._version != self._version or isinstance(other, _BaseNetwork):
            return False
        return self.netmask._ip & other._ip == self.network_address._ip

    def overlaps(self, other):
        """True when the two networks share at least one address."""
        return (self.network_address in other
                or self.broadcast_address in other
                or other.network_address in self
                or other.broadcast_address in self)

    @property
    def broadcast_address(self):
        return self._addr_type(self.network_address._ip | self.hostmask._ip)

    @property
    def hostmask(self):
        return self._addr_type(self._ALL_ONES ^ self.netmask._ip)

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def num_addresses(self):
        return 1 << (self._max_prefixlen - self._prefixlen)

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """Yield the networks left of this one once `other` is taken out."""
        if other._version != self._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f"{other} is not a network object")
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        target = type(other)(f'{other.network_address}/{other.prefixlen}')
        current = self
        while True:
            low, high = current.subnets()
            if low == target:
                yield high
                return
            if high == target:
                yield low
                return
            if target.subnet_of(low):
                yield high
                current = low
            else:
                yield low
                current = high

    def compare_networks(self, other):
        """-1, 0 or 1 as self sorts before, with or after other."""
        if other._version != self._version:
            raise TypeError(f'{self} and {other} are not of the same type')
        mine, theirs = self._order(), other._order()
        return (mine > theirs) - (mine < theirs)

    def _sort_key(self):
        return self._version, self.network_address, self.netmask

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Yield the subnets that split this network, in address order."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        length = self._prefixlen + prefixlen_diff
        if length > self._max_prefixlen:
            raise ValueError(f'prefix length diff {length} is invalid '
                             f'for netblock {self}')
        size = 1 << (self._max_prefixlen - length)
        first = self.network_address._ip
        for start in range(first, first + self.num_addresses, size):
            yield type(self)((start, length))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network that holds this one, prefixlen_diff bits shorter."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        length = self._prefixlen - prefixlen_diff
        if length < 0:
            raise ValueError(f'current prefixlen is {self._prefixlen}, '
                             f'cannot have a prefixlen_diff of {prefixlen_diff}')
        # (a negative diff makes the shift below fail, as CPython's does)
        base = self.network_address._ip & (self.netmask._ip << prefixlen_diff)
        return type(self)((base, length))

    @staticmethod
    def _inside(inner, outer):
        try:
            if outer._version != inner._version:
                raise _not_same_version(inner, outer)
            return (inner.network_address >= outer.network_address
                    and inner.broadcast_address <= outer.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between "
                            f"{inner} and {outer}")

    def subnet_of(self, other):
        """True when this network lies inside other."""
        return _BaseNetwork._inside(self, other)

    def supernet_of(self, other):
        """True when other lies inside this network."""
        return _BaseNetwork._inside(other, self)

    def _both_ends(self, name):
        return (getattr(self.network_address, name)
                and getattr(self.broadcast_address, name))

    is_reserved = property(lambda self: self._both_ends('is_reserved'))
    is_link_local = property(lambda self: self._both_ends('is_link_local'))
    is_multicast = property(lambda self: self._both_ends('is_multicast'))

    @property
    def is_private(self):
        # both ends inside one and the same private range
        low, high = self.network_address, self.broadcast_address
        return any(low in net and high in net
                   for net in _special()[f'v{self._version} private'])
    is_unspecified = property(lambda self: self._both_ends('is_unspecified'))
    is_loopback = property(lambda self: self._both_ends('is_loopback'))
    is_global = property(lambda self: not self.is_private)


# --- IPv4 -------------------------------------------------------------------

class _V4Family:
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _dotted_masks = True

    def _long_text(self):
        return str(self)

    @classmethod
    def _parse(cls, text):
        if text == '':
            raise AddressValueError('Address cannot be empty')
        fields = text.split('.')
        if len(fields) != 4:
            raise AddressValueError(f"Expected 4 octets in {text!r}")
        value = 0
        for field in fields:
            problem = _octet_problem(field)
            if problem:
                raise AddressValueError(f"{problem} in {text!r}")
            value = value * 256 + int(field)
        return value

    @staticmethod
    def _text(value):
        return '.'.join(map(str, value.to_bytes(4, 'big')))

    def _ptr_name(self):
        return '.'.join(str(self).split('.')[::-1]) + '.in-addr.arpa'


def _octet_problem(field):
    # why a dotted-quad field is not a valid octet, or '' when it is
    if field == '':
        return "Empty octet not permitted"
    if not (field.isascii() and field.isdigit()):
        return f"Only decimal digits permitted in {field!r}"
    if len(field) > 3:
        return f"At most 3 characters permitted in {field!r}"
    if len(field) > 1 and field.startswith('0'):
        return f"Leading zeros are not permitted in {field!r}"
    if int(field) > 255:
        return f"Octet {int(field)} (> 255) not permitted"
    return ''


class IPv4Address(_V4Family, _BaseAddress):
    """A 32-bit IPv4 address."""

    is_reserved = property(lambda self: self._in_table('v4 reserved'))
    is_private = property(lambda self: self._in_table('v4 private'))
    is_multicast = property(lambda self: self._in_table('v4 multicast'))
    is_loopback = property(lambda self: self._in_table('v4 loopback'))
    is_link_local = property(lambda self: self._in_table('v4 link-local'))

    @property
    def is_global(self):
        return not (self._in_table('v4 shared') or self.is_private)

    @property
    def is_unspecified(self):
        # an interface is never equal to a bare address, so never unspecified
        return self == IPv4Address(0)


class IPv4Interface(_InterfaceParts, IPv4Address):
    """An IPv4 address together with the network it belongs to."""


class IPv4Network(_V4Family, _BaseNetwork):
    """An IPv4 network: an address and a prefix length."""

    @property
    def is_global(self):
        shared = _special()['v4 shared'][0]
        return not (self.network_address in shared
                    and self.broadcast_address in shared
                    or self.is_private)


IPv4Address._addr_type = IPv4Interface._addr_type = IPv4Address
IPv4Network._addr_type = IPv4Address
IPv4Interface._net_type = IPv4Network


# --- IPv6 -------------------------------------------------------------------

_HEX = frozenset('0123456789abcdefABCDEF')


def _hextet(group):
    if not _HEX.issuperset(group):
        raise AddressValueError(f"Only hex digits permitted in {group!r}")
    if len(group) > 4:
        raise AddressValueError(f"At most 4 characters permitted in {group!r}")
    return int(group, 16)


def _groups_of(text):
    # the 8 groups of an IPv6 address (without zone) as two lists, before
    # and after the '::' gap; raises with CPython's messages
    if text == '':
        raise AddressValueError('Address cannot be empty')
    groups = text.split(':')
    if len(groups) < 3:
        raise AddressValueError(f"At least 3 parts expected in {text!r}")
    if '.' in groups[-1]:
        # a dotted-quad tail stands for the last two groups
        try:
            tail = IPv4Address(groups.pop())._ip
        except AddressValueError as exc:
            raise AddressValueError(f"{exc} in {text!r}") from None
        groups += [format(tail >> 16, 'x'), format(tail & 0xFFFF, 'x')]
    if len(groups) > 9:
        raise AddressValueError(f"At most 8 colons permitted in {text!r}")
    # an empty group strictly inside the list marks the '::'
    inner_gaps = [i for i in range(1, len(groups) - 1) if groups[i] == '']
    if len(inner_gaps) > 1:
        raise AddressValueError(f"At most one '::' permitted in {text!r}")
    if not inner_gaps:
        if len(groups) != 8:
            raise AddressValueError(
                f"Exactly 8 parts expected without '::' in {text!r}")
        before, after = groups, []
    else:
        gap = inner_gaps[0]
        before, after = groups[:gap], groups[gap + 1:]
        if before == ['']:
            before = []
        if after == ['']:
            after = []
    if before[:1] == ['']:
        raise AddressValueError(
            f"Leading ':' only permitted as part of '::' in {text!r}")
    if (after or before)[-1:] == ['']:
        raise AddressValueError(
            f"Trailing ':' only permitted as part of '::' in {text!r}")
    if inner_gaps and len(before) + len(after) > 7:
        raise AddressValueError(
            f"Expected at most 7 other parts with '::' in {text!r}")
    return before, after


def _compressed_groups(groups):
    # RFC 5952: the first longest run (two or more) of zero groups becomes
    # the '::'
    best_at, best_len = -1, 1
    i = 0
    while i < len(groups):
        j = i
        while j < len(groups) and groups[j] == '0':
            j += 1
        if j - i > best_len:
            best_at, best_len = i, j - i
        i = max(j, i + 1)
    if best_at < 0:
        return groups
    left = groups[:best_at] or ['']
    right = groups[best_at + best_len:] or ['']
    return left + [''] + right


class _V6Family:
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _max_prefixlen = IPV6LENGTH
    _dotted_masks = False
    _scope_id = None

    @classmethod
    def _parse(cls, text):
        before, after = _groups_of(text)
        value = 0
        try:
            for group in before:
                value = (value << 16) | _hextet(group)
            value <<= 16 * (8 - len(before) - len(after))
            for group in after:
                value = (value << 16) | _hextet(group)
        except AddressValueError as exc:
            raise AddressValueError(f"{exc} in {text!r}") from None
        return value

    @staticmethod
    def _text(value):
        if value >> IPV6LENGTH:
            raise ValueError('IPv6 address is too large')
        groups = [format((value >> (16 * k)) & 0xFFFF, 'x')
                  for k in range(7, -1, -1)]
        return ':'.join(_compressed_groups(groups))

    def _long_text(self):
        if isinstance(self, _BaseNetwork):
            shown, suffix = self.network_address, f'/{self._prefixlen}'
        elif isinstance(self, IPv6Interface):
            shown, suffix = self.ip, f'/{self._prefixlen}'
        else:
            shown, suffix = self, ''
        # (re-parsing the text is what makes a zoned address fail here, as
        # it does in CPython 3.11)
        digits = format(self._parse(str(shown)), '032x')
        return ':'.join(digits[i:i + 4] for i in range(0, 32, 4)) + suffix

    def _ptr_name(self):
        nibbles = self.exploded.replace(':', '')
        return '.'.join(reversed(nibbles)) + '.ip6.arpa'


class IPv6Address(_V6Family, _BaseAddress):
    """A 128-bit IPv6 address, optionally with a %scope zone."""

    def _take_scope(self, text):
        addr, mark, zone = text.partition('%')
        if mark:
            if zone == '' or '%' in zone:
                raise AddressValueError(f'Invalid IPv6 address: "{text!r}"')
            self._scope_id = zone
        return addr

    def __str__(self):
        text = self._text(self._ip)
        return f'{text}%{self._scope_id}' if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = _BaseAddress.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        return getattr(other, '_scope_id', None) == self._scope_id

    @property
    def scope_id(self):
        """The zone after '%' in the text form, or None."""
        return self._scope_id

    is_multicast = property(lambda self: self._in_table('v6 multicast'))
    is_reserved = property(lambda self: self._in_table('v6 reserved'))
    is_link_local = property(lambda self: self._in_table('v6 link-local'))
    is_site_local = property(lambda self: self._in_table('v6 site-local'))

    @property
    def is_private(self):
        # an IPv4-mapped address is private as its IPv4 address is
        mapped = self.ipv4_mapped
        if mapped is None:
            return self._in_table('v6 private')
        return mapped.is_private

    is_global = property(lambda self: not self.is_private)
    is_unspecified = property(lambda self: self._ip == 0)
    is_loopback = property(lambda self: self._ip == 1)

    @property
    def ipv4_mapped(self):
        """The IPv4 address inside ::ffff:a.b.c.d, else None."""
        if self._ip >> 32 == 0xFFFF:
            return IPv4Address(self._ip & 0xFFFFFFFF)
        return None

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a 2001::/32 address, else None."""
        if self._ip >> 96 == 0x20010000:
            server = (self._ip >> 64) & 0xFFFFFFFF
            return IPv4Address(server), IPv4Address(self._ip & 0xFFFFFFFF ^ 0xFFFFFFFF)
        return None

    @property
    def sixtofour(self):
        """The IPv4 address inside a 2002::/16 address, else None."""
        if self._ip >> 112 == 0x2002:
            return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)
        return None


class IPv6Interface(_InterfaceParts, IPv6Address):
    """An IPv6 address together with the network it belongs to."""

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_V6Family, _BaseNetwork):
    """An IPv6 network: an address and a prefix length."""

    def _host_range(self):
        # only the Subnet-Router anycast address (the first) is left out
        return range(self.network_address._ip + 1,
                     self.broadcast_address._ip + 1)

    is_site_local = property(lambda self: self._both_ends('is_site_local'))


IPv6Address._addr_type = IPv6Interface._addr_type = IPv6Address
IPv6Network._addr_type = IPv6Address
IPv6Interface._net_type = IPv6Network


# --- special-purpose ranges -------------------------------------------------
# From the IANA special-purpose registries, as CPython 3.11.7 lists them.

_SPECIAL_TEXT = {
    'v4 link-local': '169.254.0.0/16',
    'v4 loopback': '127.0.0.0/8',
    'v4 multicast': '224.0.0.0/4',
    'v4 shared': '100.64.0.0/10',
    'v4 reserved': '240.0.0.0/4',
    'v4 private': '0.0.0.0/8 10.0.0.0/8 127.0.0.0/8 169.254.0.0/16 '
                  '172.16.0.0/12 192.0.0.0/29 192.0.0.170/31 192.0.2.0/24 '
                  '192.168.0.0/16 198.18.0.0/15 198.51.100.0/24 '
                  '203.0.113.0/24 240.0.0.0/4 255.255.255.255/32',
    'v6 link-local': 'fe80::/10',
    'v6 multicast': 'ff00::/8',
    'v6 site-local': 'fec0::/10',
    'v6 private': '::1/128 ::/128 ::ffff:0:0/96 100::/64 2001::/23 '
                  '2001:2::/48 2001:db8::/32 2001:10::/28 fc00::/7 fe80::/10',
    'v6 reserved': '::/8 100::/8 200::/7 400::/6 800::/5 1000::/4 4000::/3 '
                   '6000::/3 8000::/3 a000::/3 c000::/3 e000::/4 f000::/5 '
                   'f800::/6 fe00::/9',
}
_special_nets = {}


def _special():
    # the tables as network objects, built on first use
    if not _special_nets:
        for name, text in _SPECIAL_TEXT.items():
            _special_nets[name] = [ip_network(t) for t in text.split()]
    return _special_nets
