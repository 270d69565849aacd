# list.sort and sorted: results, stability, key and reverse, and the exact
# sequence of comparisons CPython's timsort makes (observable through __lt__).

class Rnd:
    """A small LCG, so the data does not depend on the random module."""
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.x >> 33) % n
    def random(self):
        return self.randrange(2 ** 30) / 2 ** 30

log = []

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return "K(%r)" % (self.v,)

def trace(values, **kw):
    log.clear()
    out = sorted([K(v) for v in values], **kw)
    return [k.v for k in out], len(log), log[:12]

print(trace([3, 1, 2]))
print(trace([5, 4, 3, 2, 1]))
print(trace([1, 2, 3, 4, 5]))
print(trace([2, 2, 1, 1, 3, 3]))
print(trace(list(range(20, 0, -1)) + list(range(20))))

rnd = Rnd(12345)
for n in (10, 64, 65, 100, 300, 1000):
    data = [rnd.randrange(n) for _ in range(n)]
    res, count, first = trace(data)
    print(n, res == sorted(data), count, first[:6])

# galloping: long runs interleaved
data = list(range(0, 400, 2)) + list(range(1, 400, 2))
res, count, first = trace(data)
print("gallop", res == sorted(data), count)
data = [i // 10 for i in range(300)] + list(range(30))
res, count, first = trace(data, reverse=True)
print("reverse", res == sorted(data, reverse=True), count)

# stability with key and reverse
pairs = [(rnd.randrange(5), i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True))
print(sorted([3.5, -1.0, 2.25, 0.0, -0.0, 1e9]), sorted([5, 2.5, True, 0, -3]), sorted([(2, "b"), (1, "z"), (2, "a")]))
nums = [9, 3, 7, 1]
nums.sort()
print(nums, nums.sort(reverse=True), nums)
print(sorted(range(10), key=lambda x: (x % 3, -x)), sorted("hello"), sorted({3: 0, 1: 0, 2: 0}))
big = [rnd.random() for _ in range(2000)]
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[:3] == sorted(big[:]) [:3])

# errors
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("mixed", lambda: sorted([3, "a", 1]))
show("mixed 2", lambda: sorted([1, 2, None]))
show("positional", lambda: [].sort(None))
show("bad keyword", lambda: [].sort(cmp=None))
show("key error", lambda: sorted([1, 2, 0], key=lambda x: 1 / x))
show("reverse float", lambda: [].sort(reverse=1.5))
lst = [3, 1, 2]
def bad_key(x):
    lst.append(x)
    return x
show("modified", lambda: lst.sort(key=bad_key))
print(lst)
lst2 = [5, 1, 4]
show("mutate in lt", lambda: lst2.sort(key=lambda x: lst2.clear() or x))
print(lst2)

class Bad:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("no threes")
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v

partial = [Bad(v) for v in [5, 1, 4, 3, 2, 0]]
show("raising lt", lambda: partial.sort())
print(partial)
