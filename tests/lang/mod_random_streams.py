# random: every distribution's stream over several seeds and parameter ranges, subclass hooks, errors
import random
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
for seed in (1, 2, 3, 17, 123456):
    r = random.Random(seed)
    print(seed, [r.gammavariate(a, 2.0) for a in (0.1, 0.5, 0.999, 1.0, 1.5, 7.0)])
    print([r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (9, 1))], [r.vonmisesvariate(m, k) for m, k in ((0, 0), (1, 1e-7), (2, 0.5), (3, 50))])
    print([r.triangular(*args) for args in ((), (2, 2), (0, 10), (0, 10, 9), (10, 0, 1), (5, 5, 5))], r.normalvariate(10, 0.1), r.lognormvariate(1, 0.5))
    print([r.gauss() for _ in range(3)], r.expovariate(0.25), r.paretovariate(0.5), r.weibullvariate(2, 0.5), r.uniform(-3, 3))
    print(r.sample(range(30), 20), r.sample(range(1000), 12), r.sample(range(10**9), 3), r.sample("xyz", 0), r.sample(tuple("abcdefg"), 7))
    print(r.sample("ab", 5, counts=[3, 4]), r.choices([10, 20, 30], [0.1, 0, 5.5], k=5), r.choices("pq", k=0), r.choices(range(3), cum_weights=[0, 0, 1], k=3))
    print([r.randrange(-10, 10, 3) for _ in range(5)], [r.randrange(10, -10, -4) for _ in range(5)], r.randrange(2**80, 2**81), r.randint(0, 0), r.randbytes(9), r.randbytes(0))
    l = list("abcdefghij"); r.shuffle(l); print("".join(l), r.getrandbits(1), r.getrandbits(31), r.getrandbits(33), r.getrandbits(64), r.choice(range(5, 500)))
for s, v in (("abc", 1), (b"abc", 1), ("", 1), ("\xe9t\xe9", 1), ("\xe9t\xe9", 2), (-7, 2), (2.5, 1), (-0.0, 2), (10**40, 2)):
    random.seed(s, version=v)
    print(repr(s), v, random.random(), random.getrandbits(20))
r = random.Random(5); st = r.getstate(); x = r.random(); r.setstate((2, st[1], None)); print(r.random() == x, r.getstate() == st)
g = random.Random(8); g.gauss(); st = g.getstate(); print(st[2] is not None, g.gauss() == (g.setstate(st) or g.gauss()))
class Bits(random.Random):
    def __init__(self): self.n = 0; super().__init__(1)
    def getrandbits(self, k):
        self.n += 1
        return (self.n * 2654435761) % (1 << k)
b = Bits(); print([b.randrange(1000) for _ in range(5)], b.choice("abcdef"), b.n)
class Floats(random.Random):
    def random(self):
        self.i = getattr(self, 'i', 0) + 1
        return (self.i * 0.6180339887) % 1.0
f = Floats(); print([f.randrange(10) for _ in range(6)], f.sample(range(50), 4))
class Both(Floats):
    def getrandbits(self, k): return 3 % (1 << k) if k else 0
print(Both().randrange(7))
print(random.Random.__reduce__(random.Random(3))[0], random.Random(3).getstate()[0], random.VERSION if hasattr(random, 'VERSION') else random.Random.VERSION)
s = random.SystemRandom(); print(0 <= s.random() < 1, 0 <= s.getrandbits(10) < 1024, len(s.randbytes(4)), s.seed(1), 1 <= s.randint(1, 6) <= 6)
t(lambda: s.getstate()); t(lambda: s.setstate(None)); t(lambda: s.getrandbits(-1))
r = random.Random(0)
t(lambda: r.choices("ab", [0, 0])); t(lambda: r.choices("ab", [1, float('inf')])); t(lambda: r.choices("ab", [1], cum_weights=[1])); t(lambda: r.choices("ab", cum_weights=[1]))
t(lambda: r.sample("ab", 1, counts=[1])); t(lambda: r.sample("ab", 1, counts=[0, 0])); t(lambda: r.sample("ab", 1, counts=[1.5, 1])); t(lambda: r.sample("ab", -1))
t(lambda: r.randrange(1, 2, 3, 4)); t(lambda: r.randrange(5, step=2)); t(lambda: r.randrange(-3)); t(lambda: r.randrange(0, 10, -1)); t(lambda: r.randrange('a'))
t(lambda: r.gammavariate(1, 0)); t(lambda: r.choice({})); t(lambda: r.setstate((3, (1, 2), None))); t(lambda: r.seed(object())); t(lambda: r.seed({}))
t(lambda: r.triangular(1, 1)); t(lambda: r.expovariate(0)); t(lambda: r.randbytes(-1)); t(lambda: r.shuffle((1, 2)))
print(sorted(n for n in random.__all__))
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI)
