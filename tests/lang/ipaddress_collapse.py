# ipaddress: collapse_addresses, summarize_address_range, get_mixed_type_key
# and the packing helpers, with their type and value errors.
import ipaddress
from ipaddress import (ip_address as A, ip_network as N, ip_interface as I,
                       collapse_addresses, summarize_address_range,
                       get_mixed_type_key)


def show(label, fn):
    try:
        print(label, '->', repr(fn()))
    except (ValueError, TypeError, AttributeError) as e:
        print(label, '!!', type(e).__name__, e)


RANGES = [('192.0.2.0', '192.0.2.255'), ('192.0.2.0', '192.0.3.130'),
          ('10.0.0.1', '10.0.0.1'), ('10.0.0.1', '10.0.0.0'), ('0.0.0.0', '255.255.255.255'),
          ('0.0.0.1', '255.255.255.254'), ('255.255.255.0', '255.255.255.255'),
          ('1.2.3.4', '1.2.3.20'), ('::', '::ff'), ('2001:db8::7', '2001:db8::1:3'),
          ('::', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'), ('ffff:ffff:ffff:ffff:ffff:ffff:ffff:fff0',
          'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'), ('1.2.3.4', '::1')]
for lo, hi in RANGES:
    show('summarize %s..%s' % (lo, hi), lambda: list(summarize_address_range(A(lo), A(hi))))
show('summarize nets', lambda: list(summarize_address_range(N('1.0.0.0/8'), A('2.0.0.0'))))
show('summarize lazily', lambda: type(summarize_address_range(A('1.0.0.0'), A('0.0.0.0'))).__name__)

GROUPS = [
    ['192.0.2.0', '192.0.2.1', '192.0.2.2', '192.0.2.3'],
    ['192.0.2.0/25', '192.0.2.128/25'],
    ['192.0.2.0/26', '192.0.2.128/26', '192.0.2.64/26', '192.0.2.192/26', '192.0.3.0/24'],
    ['10.0.0.0/8', '10.1.0.0/16', '10.0.0.5', '11.0.0.0/8', '12.0.0.0/7'],
    ['1.1.1.1', '1.1.1.1', '1.1.1.2', '1.1.1.0', '1.1.1.3/32', '1.1.1.4/32'],
    ['2001:db8::/33', '2001:db8:8000::/33', '2001:db8::1', '2001:db9::/32'],
    ['::/1', '8000::/1'],
    ['::1', '::2', '::3', '::0', '::4/128', '::8/125'],
    [],
    ['1.1.1.1', '::1'],
    ['1.1.1.0/24', '::/64'],
    ['1.1.1.0/32', '::/128'],
]
for group in GROUPS:
    items = [N(g) if '/' in g else A(g) for g in group]
    show('collapse %s' % group, lambda: list(collapse_addresses(items)))
show('collapse ifaces', lambda: list(collapse_addresses([I('1.1.1.1/32'), I('1.1.1.0/32')])))
show('collapse range', lambda: list(collapse_addresses(N('10.0.0.0/28'))))
show('collapse subnets', lambda: list(collapse_addresses(N('10.0.0.0/16').subnets(new_prefix=20))))
show('collapse strings', lambda: list(collapse_addresses(['1.1.1.1'])))

mixed = [A('1.1.1.1'), N('1.1.1.0/24'), A('::1'), N('::/64'), A('0.0.0.1'), N('0.0.0.0/0'),
         N('1.1.1.0/25'), A('1.1.1.0'), N('::/0')]
print(sorted(mixed, key=get_mixed_type_key))
print([get_mixed_type_key(x) for x in mixed[:4]], get_mixed_type_key('x'))
show('sorted mixed', lambda: sorted(mixed))

for value in [0, 1, 2**32 - 1, 2**32, -1, 2**128 - 1]:
    show('v4_int_to_packed(%d)' % value, lambda: ipaddress.v4_int_to_packed(value))
    show('v6_int_to_packed(%d)' % value, lambda: ipaddress.v6_int_to_packed(value))
for value in ['1.2.3.4/24', '::1/64', '1.2.3.4/33', '::1/200', 'spam', 42, 2**64]:
    show('ip_network(%r)' % (value,), lambda: N(value))
    show('ip_interface(%r)' % (value,), lambda: I(value))
    show('ip_address(%r)' % (value,), lambda: A(value))
