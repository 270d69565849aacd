# Iterables whose __iter__ is a generator method; independent iterators; reversed; lazy infinite sequences
import itertools


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, v):
        return any(x == v for x in self)


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), len(t), 5 in t, 9 in t, list(t.leaves()), max(t), sorted(t, reverse=True))
for depth, v in t.walk():
    print("  " * depth + str(v))
it1, it2 = iter(t), iter(t)
print(next(it1), next(it1), next(it2), list(zip(t, t.leaves())))


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1

    def __reversed__(self):
        i = self.n
        while i > 0:
            i -= 1
            yield i


r = Range2(4)
print(list(r), list(reversed(r)), list(r), [a * b for a in r for b in r if a < b])


class Primes:
    def __iter__(self):
        found = []
        for n in itertools.count(2):
            if all(n % p for p in found if p * p <= n):
                found.append(n)
                yield n


print(list(itertools.islice(Primes(), 15)))
print(list(itertools.takewhile(lambda p: p < 30, Primes())))


class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b


fibs = iter(Fib())
print([next(fibs) for _ in range(12)], next(fibs))
print(dict(zip("abc", Fib())), list(enumerate(itertools.islice(Fib(), 3, 6))))


class Pairs:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return zip(self.data, self.data[1:])


print(list(Pairs([1, 2, 3, 4])), [b - a for a, b in Pairs([1, 4, 9, 16])])
a, *rest = Tree(7, Tree(8), Tree(9))
print(a, rest, *Range2(3), sep=";")
print(sum(Range2(101)), set(Range2(3)), tuple(Range2(2)), "".join(str(x) for x in Range2(5)))
gen = t.walk()
print(type(gen).__name__, gen.__name__, gen.__qualname__)
