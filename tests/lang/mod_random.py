# random: the same Mersenne Twister stream as CPython for int, float, str and bytes seeds
import random
for s in (0, 1, 42, 2**100, -5, 3.14, "hello", b"bytes", bytearray(b"x"), 12345678901234567890, True):
    random.seed(s)
    print(repr(s), random.random(), random.random(), random.getrandbits(70), random.randrange(1000), random.randint(-5, 5))
random.seed(7)
print([random.randint(1, 6) for _ in range(20)])
print(random.choice("abcdefg"), random.choices(range(10), k=5), random.choices("abc", [1, 2, 3], k=6), random.choices("abc", cum_weights=[1, 2, 10], k=4))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(10**6), 5), random.sample(["a", "b"], k=3, counts=[2, 3]))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1), random.gauss(5, 2), random.normalvariate(), random.expovariate(2))
print(random.triangular(), random.triangular(0, 10, 2), random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 2), random.gammavariate(1, 1))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2), random.randbytes(5))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], len(st[1]), st[0])
r = random.Random(99); r2 = random.Random(99)
print(r.random() == r2.random(), r.randrange(0, 100, 7), r.randrange(100, 0, -3), r.getrandbits(0), r.getrandbits(32), r.getrandbits(1000) % 1000007)
print(random.Random("abc").random(), random.Random(b"abc").random(), random.Random(None).random() < 1)
class MyRand(random.Random):
    def random(self): return 0.5
print(MyRand().randrange(10), MyRand().choice([1,2,3]))
for bad in ["random.randrange(0)", "random.randrange(5, 5)", "random.randrange(1, 10, 0)", "random.choice([])", "random.sample(range(3), 5)", "random.sample({1,2}, 1)", "random.getrandbits(-1)", "random.seed([1])", "random.choices('ab', [1])", "random.choices('ab', 3)", "random.gammavariate(-1, 1)", "random.setstate((3, (1,)*5, None))", "random.setstate((9, (), None))", "random.randint(1, 0)", "random.randrange(10, 1)"]:
    try: print(bad, eval(bad))
    except Exception as e: print(bad, type(e).__name__, e)
print(type(random.Random()), random.Random.__mro__)
random.seed(2024)
print([round(random.random(), 6) for _ in range(5)], random.randrange(10**30))
