# ipaddress: parsing and printing addresses of both families, with CPython's
# error messages for malformed text, ints and bytes.
import ipaddress
from ipaddress import ip_address, IPv4Address, IPv6Address


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except (ValueError, TypeError, AttributeError) as e:
        print(label, '!!', type(e).__name__, e)


TEXTS = [
    '0.0.0.0', '1.2.3.4', '255.255.255.255', '1.2.3.256', '1.2.3', '1.2.3.4.5',
    '1.2.3.04', '01.2.3.4', '1..3.4', '1.2.3.4 ', ' 1.2.3.4', '1.2.3.a',
    '1.2.3.1000', '1.2.3.\u0663', '1.2.3.4/24', '', 'x', '-1.2.3.4', '1.2.3.+4',
    '::', '::1', '1::', '1:2:3:4:5:6:7:8', '1:0:0:0:0:0:0:8', '1:0:0:2:0:0:0:3',
    '0:0:1:0:0:1:0:0', '2001:db8::ff00:42:8329', '2001:DB8::1', 'fe80::1%eth0',
    'fe80::1%', 'fe80::1%a%b', '::ffff:1.2.3.4', '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4',
    '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3.256', '::1.2.3', '1:2', '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7:8:9:0', '1::2::3', ':::', ':1::', '1::2:',
    ':1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:', '12345::', 'g::', '1:2:3:4::5:6:7:8',
    '::1:2:3:4:5:6:7:8', '::1/128', '0000:0000::00ab', '00000::1',
]

for text in TEXTS:
    show('ip_address(%r)' % text, lambda: ip_address(text))
    show('  IPv4Address', lambda: IPv4Address(text))
    show('  IPv6Address', lambda: IPv6Address(text))

for value in [0, 1, 2**32 - 1, 2**32, 2**128 - 1, 2**128, -1, True]:
    show('ip_address(%r)' % value, lambda: ip_address(value))
    show('  IPv4Address', lambda: IPv4Address(value))
    show('  IPv6Address', lambda: IPv6Address(value))

for value in [b'\x01\x02\x03\x04', b'\x00' * 16, b'\x20\x01' + b'\x00' * 13 + b'\x01',
              b'abc', b'', b'\xff' * 17]:
    show('ip_address(%r)' % value, lambda: ip_address(value))
    show('  IPv4Address', lambda: IPv4Address(value))
    show('  IPv6Address', lambda: IPv6Address(value))

for text in ['192.168.0.1', '10.0.0.255', '::', '::1', '2001:db8::8:800:200c:417a',
             '2001:db8:0:0:1:0:0:1', 'fe80::1%eth0', '::ffff:192.0.2.128']:
    a = ip_address(text)
    print(text, str(a), repr(a), int(a), a.packed, a.version, a.max_prefixlen)
    show('  exploded', lambda: a.exploded)
    show('  compressed', lambda: a.compressed)
    show('  reverse_pointer', lambda: a.reverse_pointer)
    show('  scope_id', lambda: a.scope_id)
    show('  +1', lambda: a + 1)
    show('  -1', lambda: a - 1)
    show('  +2**32', lambda: a + 2**32)
    show('  1+', lambda: 1 + a)
    show('  +str', lambda: a + 'x')
    for fmt in ['', 's', '>30s', 'b', 'x', 'X', 'n', '_b', '_x', '#x', '#b', '#_X',
                '#n', '_n', '08b', 'd', '>20']:
        show('  format %r' % fmt, lambda: format(a, fmt))
    print('  f-string', f'{a}|{a!r}|{a:#_x}')

# comparisons, sorting, hashing
a, b, c = ip_address('10.0.0.1'), ip_address('10.0.0.2'), ip_address('::1')
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == ip_address('10.0.0.1'))
print(a == '10.0.0.1', a == 167772161, c == ip_address('::1%1'),
      ip_address('::1%1') == ip_address('::1%1'))
show('a < c', lambda: a < c)
show('a > c', lambda: a > c)
show('c >= a', lambda: c >= a)
show('a < 5', lambda: a < 5)
show('a < "x"', lambda: a < 'x')
print(sorted([b, a, ip_address('1.1.1.1'), ip_address('255.0.0.0')]))
print(sorted([ip_address('::2'), ip_address('::1'), ip_address('ff::'), ip_address('1::')]))
print(len({a, ip_address('10.0.0.1'), b, IPv4Address(167772161)}),
      len({c, ip_address('::1'), ip_address('::1%eth0')}))
print(max(a, b), min(a, b), a in {b: 1}, ipaddress.IPV4LENGTH, ipaddress.IPV6LENGTH)
print(issubclass(ipaddress.AddressValueError, ValueError),
      issubclass(ipaddress.NetmaskValueError, ValueError))
print(IPv4Address(IPv4Address('1.2.3.4')), IPv6Address(IPv6Address('::5')))
