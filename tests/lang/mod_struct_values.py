import struct, random
R = random.Random(5)
out = []
for i in range(3000):
    x = R.choice([R.uniform(-70000, 70000), R.uniform(-1, 1) * 2.0 ** R.randint(-30, 16), R.randint(-2000, 2000) / 1024])
    try: out.append(struct.pack('<e', x).hex())
    except OverflowError: out.append('OF')
print(' '.join(out))
print([struct.unpack('<e', struct.pack('<H', h))[0] for h in range(0, 65536, 97)])
fmts = 'bBhHiIlLqQ?fd'
for i in range(200):
    f = R.choice('@<>=!') + ''.join(R.choice(fmts) for _ in range(R.randint(1, 5)))
    vals = []
    for c in f[1:]:
        if c == '?': vals.append(R.random() < 0.5)
        elif c in 'fd': vals.append(R.uniform(-1e6, 1e6))
        else:
            n = struct.calcsize(f[0] + c) * 8
            vals.append(R.randrange(0, 1 << n) - ((1 << (n - 1)) if c.islower() else 0))
    b = struct.pack(f, *vals)
    print(f, struct.calcsize(f), b.hex(), struct.unpack(f, b) == tuple(vals) or struct.unpack(f, b))
