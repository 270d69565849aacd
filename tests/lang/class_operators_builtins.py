# User classes mixing with built-in operators: __eq__ with containers, __lt__ in sort/heapq/bisect, __hash__ in dict/set
import heapq
import bisect


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)

    def __eq__(self, other):
        return isinstance(other, Task) and (self.prio, self.name) == (other.prio, other.name)

    def __hash__(self):
        return hash((self.prio, self.name))

    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"


tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "z")]
heap = []
for t in tasks:
    heapq.heappush(heap, t)
print([heapq.heappop(heap) for _ in range(len(heap))])
ordered = sorted(tasks)
bisect.insort(ordered, Task(2, "a"))
print(ordered, bisect.bisect_left(ordered, Task(2, "b")))
print(Task(1, "a") in tasks, tasks.index(Task(2, "b")), tasks.count(Task(1, "z")))
print(len({Task(1, "a"), Task(1, "a"), Task(2, "a")}), {Task(5, "x"): "v"}[Task(5, "x")])
print(max(tasks), min(tasks), sorted(tasks, reverse=True)[0])
print([Task(1, "a")] == [Task(1, "a")], (Task(1, "a"),) == (Task(1, "b"),), {"k": Task(1, "a")} == {"k": Task(1, "a")})
lst = list(tasks)
lst.remove(Task(2, "b"))
print(lst)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if other == 0:
            return self
        return NotImplemented

    __radd__ = __add__

    def __mul__(self, k):
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __repr__(self):
        return f"${self.cents / 100:.2f}"

    def __format__(self, spec):
        return format(self.cents / 100, spec)

    def __bool__(self):
        return self.cents != 0


wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), sum(wallet, Money(0)), 3 * Money(10), Money(10) * 3)
print(f"{Money(12345):>10.2f}|", format(Money(5), ".1f"), [m for m in [Money(0), Money(1)] if m])


class Matrix2:
    def __init__(self, a, b, c, d):
        self.m = (a, b, c, d)

    def __matmul__(self, o):
        a, b, c, d = self.m
        e, f, g, h = o.m
        return Matrix2(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)

    def __pow__(self, n):
        r = Matrix2(1, 0, 0, 1)
        for _ in range(n):
            r = r @ self
        return r

    def __eq__(self, o):
        return self.m == o.m

    __hash__ = None

    def __repr__(self):
        return f"M{self.m}"


fibm = Matrix2(1, 1, 1, 0)
print(fibm ** 10, (fibm ** 10).m[1], fibm @ fibm == fibm ** 2)
try:
    {fibm}
except TypeError as e:
    print(e)
