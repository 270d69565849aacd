# collections with objects: an LRU cache on OrderedDict, deque of jobs, defaultdict of lists, Counter arithmetic
from collections import OrderedDict, deque, defaultdict, Counter


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.evicted = []

    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            self.evicted.append(self.data.popitem(last=False))

    def __repr__(self):
        return f"LRU({list(self.data.items())})"


cache = LRU(3)
for k in "abcabdeab":
    if cache.get(k) is None:
        cache.put(k, k.upper())
print(cache, cache.evicted)


class Job:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost

    def __repr__(self):
        return f"{self.name}({self.cost})"


queue = deque([Job("a", 3), Job("b", 1)], maxlen=4)
queue.append(Job("c", 2))
queue.appendleft(Job("urgent", 5))
queue.append(Job("d", 4))
print(queue, queue.maxlen, len(queue))
queue.rotate(1)
print(queue, queue.popleft(), queue.pop(), queue)
done = []
while queue:
    job = queue.popleft()
    job.cost -= 2
    (queue.append(job) if job.cost > 0 else done.append(job.name))
print(done)
by_kind = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    by_kind[word[0]].append(word)
print(dict(by_kind), by_kind["z"], sorted(by_kind))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
c1, c2 = Counter("aabbbc"), Counter("abd")
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, c1.most_common(2), sum(c1.values()), c1["z"])
c1.update(["a", "a"])
c1.subtract({"b": 5})
print(c1, +c1, sorted(c1.elements()))
