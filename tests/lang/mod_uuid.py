# uuid: the views of a UUID, parsing, the errors, name-based UUIDs (fixed
# values) and the shape of random and time-based ones
import copy
import uuid
from uuid import UUID

u = UUID('{12345678-1234-5678-1234-567812345678}')
print(repr(u), str(u), u.urn, u.hex, u.int)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.variant, u.version, u.is_safe, repr(u.is_safe))
print(list(uuid.SafeUUID), uuid.SafeUUID.safe.value, uuid.SafeUUID(-1),
      uuid.SafeUUID(None).name)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT,
      uuid.RESERVED_FUTURE, sep=' | ')
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID,
      uuid.NAMESPACE_X500)
print(uuid.bytes_ is bytes, uuid.int_ is int)

for text in ['', '1234', '12345678123456781234567812345678',
             'urn:uuid:12345678123456781234567812345678',
             '{12345678-1234-5678-1234-56781234567}',
             '12345678-1234-5678-1234-5678123456781',
             'g2345678123456781234567812345678',
             '{{12345678123456781234567812345678}}',
             ' 12345678123456781234567812345678 ',
             '1234-5678123456781234567812345678-',
             'URN:UUID:12345678123456781234567812345678',
             '12345678-1234-5678-1234-5678123456-7',
             '+2345678123456781234567812345678',
             '12345678_1234_5678_1234_567812345678',
             '1234_678123456781234567812345678',
             ' 234567812345678123456781234567 ',
             'uurn:uid:12345678123456781234567812345678',
             'urn:uurn:uid:id:12345678123456781234567812345678',
             'urn:uuid:{12345678123456781234567812345678}',
             '{urn:uuid:12345678123456781234567812345678}',
             '0x345678123456781234567812345678',
             '12345678123456781234567812345678}',
             'urn:uuid12345678123456781234567812345678',
             'ABCDEF78-1234-5678-1234-567812345678']:
    try:
        print(repr(text), UUID(text))
    except ValueError as e:
        print(repr(text), 'ValueError', e)


def make(*args, **kwds):
    try:
        u = UUID(*args, **kwds)
        print(repr(u), u.version, u.variant, u.is_safe)
    except (ValueError, TypeError, AttributeError, AssertionError) as e:
        print(type(e).__name__, e)


make()
make('1' * 32, int=5)
make(bytes=b'x' * 15)
make(bytes=b'x' * 17)
make(bytes_le=b'x' * 15)
make(bytes=bytearray(15))
make(bytes=b'\xff' * 16)
make(bytes=bytes(range(16)))
make(bytes_le=bytes(range(1, 17)))
make(fields=(1, 2, 3))
make(fields=(1, 2, 3, 4, 5, 6))
make(fields=[1, 2, 3, 4, 5, 6])
for i in range(6):
    big = [0] * 6
    big[i] = [1 << 32, 1 << 16, 1 << 16, 256, 256, 1 << 48][i]
    make(fields=big)
make(fields=(-1, 0, 0, 0, 0, 0))
make(int=-1)
make(int=1 << 128)
make(int=(1 << 128) - 1)
make(int=0)
make(int=5, version=0)
make(int=5, version=6)
for v in range(1, 6):
    make(int=0, version=v)
    make(int=(1 << 128) - 1, version=v)
make(int=5, version='4')
make(int=0, is_safe=uuid.SafeUUID.safe)
make(1234)
make(hex='1' * 32, version=3)
make('1' * 32, None, None, None, None, None)
make('1' * 32, None, None, None, None, None, uuid.SafeUUID.safe)
for top in (0x00, 0x7f, 0x80, 0xbf, 0xc0, 0xdf, 0xe0, 0xff):
    w = UUID(fields=(0, 0, 0x5000, top, 0, 0))
    print(hex(top), w.variant, w.version)

# round trips through every view
for w in (u, uuid.NAMESPACE_X500, UUID(int=(1 << 128) - 1), UUID(int=0),
          UUID('00010203-0405-0607-0809-0a0b0c0d0e0f')):
    same = [UUID(hex=w.hex), UUID(bytes=w.bytes), UUID(bytes_le=w.bytes_le),
            UUID(fields=w.fields), UUID(int=w.int), UUID(str(w)),
            UUID(w.urn), eval(repr(w))]
    print(w, w.bytes_le.hex(), all(x == w for x in same))

# immutable; compares and hashes as its number, with UUIDs only
w = UUID(int=5)
for name in ('int', 'x', 'is_safe'):
    try:
        setattr(w, name, 1)
    except TypeError as e:
        print(name, e)
print(w == UUID(int=5), w != UUID(int=5), w < UUID(int=6), w <= UUID(int=5),
      w > UUID(int=6), w >= UUID(int=4), w == 5, w != 5, int(w))
print(w.__eq__(5), w.__lt__(5), hash(w) == hash(5), hash(w) == hash(UUID(int=5)))
try:
    w < 5
except TypeError as e:
    print(e)
print(sorted([UUID(int=3), UUID(int=1), UUID(int=2)]))
print(len({UUID(int=1), UUID(int=1), UUID(bytes=b'\0' * 15 + b'\1')}))
print(f'{w}', format(w, ''), '%s' % w)
try:
    format(w, 'x')
except TypeError as e:
    print(e)
print(w.__getstate__(), UUID(int=5, is_safe=uuid.SafeUUID.safe).__getstate__(),
      UUID(int=5, is_safe=uuid.SafeUUID.unsafe).__getstate__())
c = copy.copy(UUID(int=7, is_safe=uuid.SafeUUID.unsafe))
d = copy.deepcopy(uuid.NAMESPACE_URL)
print(c, c.is_safe, d == uuid.NAMESPACE_URL, d.is_safe)
x = UUID.__new__(UUID)
x.__setstate__({'int': 9, 'is_safe': 0})
print(x, x.is_safe)
x.__setstate__({'int': 10})
print(x, x.is_safe)

# name-based UUIDs
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'é'), uuid.uuid3(uuid.NAMESPACE_X500, ''))
print(uuid.uuid3(uuid.NAMESPACE_OID, '1.3.6.1'), uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'))
for bad in ((uuid.NAMESPACE_URL, b'x'), ('x', 'y')):
    try:
        uuid.uuid5(*bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# random and time-based ones: their shape only
r = [uuid.uuid4() for _ in range(50)]
print(len(set(r)), {x.version for x in r}, {x.variant for x in r})
t = [uuid.uuid1() for _ in range(50)]
print(len(set(t)), {x.version for x in t}, {x.variant for x in t},
      all(a.time < b.time for a, b in zip(t, t[1:])))
print(t[0].time > 0x1e0000000000000, t[0].time < 0x2000000000000000)
n = uuid.getnode()
print(type(n).__name__, 0 <= n < 1 << 48, n == uuid.getnode())
t1 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(t1.node), hex(t1.clock_seq), t1.version, t1.is_safe)
print(uuid.uuid1(node=1, clock_seq=0xffff).clock_seq)
