# A seeded simulation: random's Mersenne Twister stream drives dice, shuffles and a random walk with classes
import random


class Die:
    def __init__(self, sides, rng):
        self.sides, self.rng = sides, rng

    def roll(self):
        return self.rng.randint(1, self.sides)


rng = random.Random(12345)
d6 = Die(6, rng)
rolls = [d6.roll() for _ in range(20)]
print(rolls, sum(rolls))
counts = {face: 0 for face in range(1, 7)}
for _ in range(6000):
    counts[d6.roll()] += 1
print(counts)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:7], rng.sample(deck, 3), rng.choice(deck))


class Walker:
    def __init__(self, rng):
        self.rng = rng
        self.x = self.y = 0
        self.path = [(0, 0)]

    def step(self):
        dx, dy = self.rng.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        self.x += dx
        self.y += dy
        self.path.append((self.x, self.y))


w = Walker(random.Random(7))
for _ in range(200):
    w.step()
print((w.x, w.y), len(set(w.path)), max(abs(x) + abs(y) for x, y in w.path))
random.seed(99)
print(round(random.random(), 12), random.randrange(0, 100, 5), round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12))
print([round(random.expovariate(1.0), 6) for _ in range(3)], random.choices("abc", weights=[5, 1, 1], k=8))
