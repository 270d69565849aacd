# several modules together: an inventory simulation
"""An inventory simulation mixing the standard modules."""
import random, math, json, heapq, bisect, itertools, functools, operator, collections, copy, string, time, os
from collections import namedtuple, defaultdict, Counter, deque, OrderedDict

Item = namedtuple("Item", "name price qty")
rng = random.Random(2024)
names = ["".join(rng.choice(string.ascii_lowercase) for _ in range(5)) for _ in range(40)]
items = [Item(n, round(rng.uniform(1, 100), 2), rng.randint(0, 20)) for n in names]
by_price = sorted(items, key=operator.attrgetter("price"))
print(by_price[:3])
print(heapq.nlargest(3, items, key=lambda i: i.price * i.qty))
prices = [i.price for i in by_price]
print(bisect.bisect_left(prices, 50.0), bisect.bisect_right(prices, 50.0))
stock = Counter({i.name: i.qty for i in items})
print(stock.most_common(5), sum(stock.values()))
groups = defaultdict(list)
for it in items:
    groups[it.name[0]].append(it.name)
print(sorted((k, len(v)) for k, v in groups.items())[:6])
print(json.dumps({k: v for k, v in sorted(groups.items())[:3]}, indent=2, sort_keys=True))
total = functools.reduce(operator.add, (i.price * i.qty for i in items), 0.0)
print(round(total, 2), math.fsum(i.price * i.qty for i in items), f"{total:,.2f}")
orders = deque(maxlen=5)
for n in range(12):
    orders.append((n, rng.choice(names), rng.randrange(1, 4)))
print(orders, len(orders))
pairs = list(itertools.combinations(sorted(names)[:5], 2))
print(len(pairs), pairs[:3])
for key, grp in itertools.groupby(sorted(names), key=lambda s: s[0]):
    g = list(grp)
    if len(g) > 2:
        print(key, g)
snapshot = copy.deepcopy(dict(groups))
groups["z"].append("zzz")
print("z" in snapshot, "z" in groups)
@functools.lru_cache(maxsize=None)
def ways(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(60, 60), ways.cache_info())
stats = OrderedDict()
for i in items:
    stats.setdefault(round(i.price, -1), []).append(i.qty)
stats.move_to_end(min(stats))
print(list(stats.items())[:3])
rng.shuffle(names)
print(names[:5], rng.sample(names, 3), rng.gauss(0, 1), rng.choices(names, k=3))
print(math.comb(40, 5), math.perm(10, 3), math.isqrt(10**20 + 1), math.gcd(*[i.qty for i in items if i.qty]))
print(os.path.join("inventory", "data.json"), os.path.splitext("report.final.txt"))
t0 = time.perf_counter(); time.sleep(0.001); print(time.perf_counter() - t0 > 0)
