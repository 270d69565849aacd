# ipaddress: the is_* properties over the special-purpose ranges of both
# families (edges of each range included), for addresses, networks and
# interfaces; IPv6 ipv4_mapped, sixtofour and teredo.
from ipaddress import ip_address, ip_network, ip_interface

PROPS = ['is_private', 'is_global', 'is_multicast', 'is_loopback',
         'is_link_local', 'is_reserved', 'is_unspecified', 'is_site_local']


def flags(obj):
    out = []
    for name in PROPS:
        if hasattr(obj, name):
            out.append(name[3:] if getattr(obj, name) else '-')
    return ' '.join(out)


V4_EDGES = [
    '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16',
    '172.16.0.0/12', '192.0.0.0/29', '192.0.0.0/24', '192.0.0.170/31',
    '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
    '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4', '255.255.255.255/32',
    '8.8.8.0/24',
]
V6_EDGES = [
    '::/128', '::1/128', '::ffff:0:0/96', '64:ff9b::/96', '64:ff9b:1::/48',
    '100::/64', '2001::/23', '2001::/32', '2001:1::/48', '2001:2::/48',
    '2001:3::/32', '2001:10::/28', '2001:20::/28', '2001:db8::/32', '2002::/16',
    'fc00::/7', 'fe80::/10', 'fec0::/10', 'ff00::/8', '200::/7', '4000::/3',
    'e000::/4', 'f800::/6', 'fe00::/9', '2600::/16',
]

for text in V4_EDGES + V6_EDGES:
    net = ip_network(text)
    print('%-18s net: %s' % (text, flags(net)))
    first, last = net.network_address, net.broadcast_address
    for addr in sorted({first, last}
                       | ({first - 1} if int(first) else set())
                       | ({last + 1} if int(last) < 2**net.max_prefixlen - 1 else set())):
        print('    %-40s %s' % (addr, flags(addr)))

for text in ['0.0.0.0/0', '::/0', '::/127', '10.0.0.0/7', 'fe80::/9', 'fc00::/6',
             '100.64.0.0/9', '100.64.0.0/11', '224.0.0.0/3', '0.0.0.0/32',
             '127.0.0.1/32', '::1/127']:
    print('%-18s net: %s' % (text, flags(ip_network(text, strict=False))))

for text in ['0.0.0.0/8', '0.0.0.0/32', '127.0.0.1/8', '10.1.1.1/24', '8.8.8.8/8',
             '::/128', '::/0', '::1/128', '::1/64', 'fe80::1/64', '::ffff:808:808/96']:
    print('%-18s iface: %s' % (text, flags(ip_interface(text))))

for text in ['::ffff:1.2.3.4', '::ffff:10.0.0.1', '::ffff:127.0.0.1', '::ffff:100.64.0.1',
             '::ffff:0.0.0.0', '::fffe:1.2.3.4', '::1.2.3.4', '2002:c000:204::1',
             '2002::', '2003::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
             '2001::', '2001:1::1', 'fe80::1%eth0', 'ff02::1%1']:
    a = ip_address(text)
    print('%-40s %s | %s %s %s %s' % (text, flags(a), a.ipv4_mapped, a.sixtofour,
                                     a.teredo, a.scope_id))
