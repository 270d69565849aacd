# ipaddress: networks and interfaces of both families: prefix, netmask and
# hostmask forms, strict host-bit errors, attributes, hosts and iteration,
# indexing, containment, subnet/supernet chains, address_exclude.
from ipaddress import (ip_network, ip_interface, ip_address, IPv4Network,
                       IPv6Network, IPv4Interface, IPv6Interface)


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except (ValueError, TypeError, AttributeError, IndexError) as e:
        print(label, '!!', type(e).__name__, e)


SPECS = [
    '10.0.0.0/8', '10.0.0.0/255.0.0.0', '10.0.0.0/0.255.255.255', '10.1.2.3/8',
    '10.1.2.3/255.255.0.0', '192.168.1.0/24', '192.168.1.0', '192.168.1.5/32',
    '192.168.1.4/31', '192.168.1.4/30', '0.0.0.0/0', '0.0.0.0/0.0.0.0',
    '1.2.3.4/255.255.255.255', '1.2.3.0/255.0.255.0', '1.2.3.0/33', '1.2.3.0/-1',
    '1.2.3.0/ 24', '1.2.3.0/024', '1.2.3.0/24/1', '1.2.3.0/', '1.2.3.0/x',
    '1.2.3.0/255.255.255.256', '300.2.3.0/24', '2001:db8::/32', '2001:db8::1/32',
    '2001:db8::/129', '2001:db8::/ffff::', '::/0', '::1/128', '::/127', 'fe80::%eth0/64',
    'fe80::1%eth0/64', '2001:db8::/64/1', '::ffff:1.2.3.0/120', 'x/24', '',
]

for spec in SPECS:
    show('ip_network(%r)' % spec, lambda: ip_network(spec))
    show('  strict=False', lambda: ip_network(spec, strict=False))
    show('  IPv4Network', lambda: IPv4Network(spec))
    show('  IPv6Network', lambda: IPv6Network(spec))
    show('  ip_interface', lambda: ip_interface(spec))

for args in [('10.0.0.0', 8), ('10.0.0.0', '8'), ('10.0.0.0', '255.0.0.0'),
             (167772160, 8), (b'\x0a\x00\x00\x00', 8), ('10.0.0.1', 8), ('10.0.0.0', 33),
             ('2001:db8::', 32), ('2001:db8::', 129), (1 << 120, 8)]:
    show('IPv4Network(%r)' % (args,), lambda: IPv4Network(args))
    show('IPv6Network(%r)' % (args,), lambda: IPv6Network(args))
    show('IPv4Interface(%r)' % (args,), lambda: IPv4Interface(args))
show('IPv4Network(int)', lambda: IPv4Network(3232235777))
show('IPv6Network(bytes)', lambda: IPv6Network(b'\x00' * 15 + b'\x01'))

for spec in ['192.168.1.0/24', '10.0.0.0/30', '10.0.0.8/31', '10.0.0.9/32',
             '2001:db8::/120', '2001:db8::/126', '2001:db8::/127', '2001:db8::1/128',
             'fe80::%eth0/126']:
    n = ip_network(spec)
    print(spec, str(n), repr(n))
    for attr in ['network_address', 'broadcast_address', 'netmask', 'hostmask',
                 'prefixlen', 'num_addresses', 'with_prefixlen', 'with_netmask',
                 'with_hostmask', 'exploded', 'compressed', 'version', 'max_prefixlen']:
        show('  ' + attr, lambda: getattr(n, attr))
    print('  hosts', list(n.hosts())[:6], len(list(n.hosts())))
    print('  iter', list(n)[:3], list(n)[-1])
    for i in [0, 1, 2, 3, 255, 256, -1, -2, -256, -257]:
        show('  [%d]' % i, lambda: n[i])
    print('  in', n.network_address in n, n.broadcast_address + 1 in n,
          ip_address('10.0.0.1') in n, ip_address('::1') in n, n in n)
    show('  "x" in', lambda: 'x' in n)

# subnet / supernet chains
n = ip_network('10.0.0.0/22')
for kw in [{}, {'prefixlen_diff': 2}, {'new_prefix': 24}, {'new_prefix': 22},
           {'prefixlen_diff': 0}, {'new_prefix': 21}, {'new_prefix': 24, 'prefixlen_diff': 2},
           {'prefixlen_diff': -1}, {'prefixlen_diff': 11}, {'prefixlen_diff': 10}]:
    show('subnets(%s)' % kw, lambda: list(n.subnets(**kw))[:6])
for kw in [{}, {'prefixlen_diff': 2}, {'new_prefix': 8}, {'new_prefix': 22},
           {'new_prefix': 23}, {'new_prefix': 8, 'prefixlen_diff': 2},
           {'prefixlen_diff': 22}, {'prefixlen_diff': 23}, {'prefixlen_diff': -1}]:
    show('supernet(%s)' % kw, lambda: n.supernet(**kw))
print(list(ip_network('1.2.3.4/32').subnets()), ip_network('0.0.0.0/0').supernet())
chain = [ip_network('2001:db8::/32')]
while chain[-1].prefixlen < 40:
    chain.append(next(chain[-1].subnets(prefixlen_diff=3)))
print(chain)
print([str(chain[-1].supernet(new_prefix=p)) for p in range(40, 20, -4)])
print(list(ip_network('2001:db8::/126').subnets(new_prefix=128)))

# relations between networks
PAIRS = [('10.0.0.0/8', '10.1.0.0/16'), ('10.1.0.0/16', '10.0.0.0/8'),
         ('10.0.0.0/8', '10.0.0.0/8'), ('10.0.0.0/8', '11.0.0.0/8'),
         ('10.0.0.0/8', '2001:db8::/32'), ('2001:db8::/32', '2001:db8:1::/48'),
         ('192.168.0.0/16', '192.168.255.128/25'), ('0.0.0.0/0', '255.255.255.255/32')]
for x, y in PAIRS:
    a, b = ip_network(x), ip_network(y)
    print(x, y)
    for label, fn in [('overlaps', lambda: a.overlaps(b)), ('subnet_of', lambda: a.subnet_of(b)),
                      ('supernet_of', lambda: a.supernet_of(b)),
                      ('compare', lambda: a.compare_networks(b)), ('<', lambda: a < b),
                      ('>=', lambda: a >= b), ('==', lambda: a == b),
                      ('exclude', lambda: list(a.address_exclude(b)))]:
        show('  ' + label, fn)
show('subnet_of(address)', lambda: ip_network('10.0.0.0/8').subnet_of(ip_address('10.0.0.1')))
show('exclude(address)', lambda: list(ip_network('10.0.0.0/8').address_exclude(ip_address('10.0.0.1'))))
show('exclude host bits', lambda: list(ip_network('10.0.0.0/8').address_exclude(
    ip_network('10.9.9.9/16', strict=False))))
print(sorted([ip_network('10.0.0.0/8'), ip_network('9.0.0.0/8'), ip_network('10.0.0.0/16'),
              ip_network('10.0.0.0/7', strict=False)]))
print(len({ip_network('10.0.0.0/8'), ip_network('10.0.0.0/255.0.0.0'), ip_network('10.0.0.0/9')}))
show('net == addr', lambda: ip_network('10.0.0.1/32') == ip_address('10.0.0.1'))
show('net < addr', lambda: ip_network('10.0.0.1/32') < ip_address('10.0.0.1'))

# interfaces
for spec in ['192.168.1.5/24', '192.168.1.5/255.255.255.0', '192.168.1.5/0.0.0.255',
             '192.168.1.5', '10.0.0.0/8', '2001:db8::5/64', 'fe80::1%eth0/64', '::1']:
    i = ip_interface(spec)
    print(spec, str(i), repr(i), int(i))
    for attr in ['ip', 'network', 'netmask', 'hostmask', 'with_prefixlen',
                 'with_netmask', 'with_hostmask', 'exploded', 'compressed',
                 'reverse_pointer', 'packed', 'version', 'scope_id']:
        show('  ' + attr, lambda: getattr(i, attr))
    show('  format x', lambda: format(i, 'x'))
    show('  +1', lambda: i + 1)
    print('  ==ip', i == i.ip, i.ip == i, i < i.ip, i.ip < i, i > i.ip,
          i == ip_interface(str(i)), i in i.network)
x, y = IPv4Interface('10.0.0.5/24'), IPv4Interface('10.0.0.5/16')
print(x == y, x < y, y < x, sorted([x, y, IPv4Interface('10.0.0.1/24'), ip_address('10.0.0.9')]))
print(len({x, y, IPv4Interface('10.0.0.5/24')}))
show('v4 < v6 iface', lambda: x < IPv6Interface('::1/64'))
