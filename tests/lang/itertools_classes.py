# itertools over user objects: groupby with keys, chain of iterables, zip_longest, islice of an infinite iterator, tee, starmap, product
import itertools


class Item:
    def __init__(self, kind, name, price):
        self.kind, self.name, self.price = kind, name, price

    def __repr__(self):
        return self.name


items = [Item("fruit", "apple", 3), Item("fruit", "pear", 4), Item("veg", "kale", 2), Item("fruit", "fig", 5), Item("veg", "leek", 1)]
for kind, group in itertools.groupby(sorted(items, key=lambda i: i.kind), key=lambda i: i.kind):
    g = list(group)
    print(kind, g, sum(i.price for i in g))
print([k for k, _ in itertools.groupby(items, key=lambda i: i.kind)])


class Naturals:
    def __iter__(self):
        n = 0
        while True:
            yield n
            n += 1


print(list(itertools.islice(Naturals(), 3, 12, 3)), list(itertools.chain(items[:2], "xy", Naturals.__iter__(Naturals()) if False else [])))
print(list(itertools.zip_longest("ab", Naturals.__iter__(Naturals()) if False else [1, 2, 3], fillvalue="-")))
a, b = itertools.tee(iter(items), 2)
print(next(a), next(a), next(b), list(b)[:2])
print(list(itertools.starmap(lambda k, n: f"{k}:{n}", [("a", 1), ("b", 2)])))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.combinations(items[:4], 2))[:3], len(list(itertools.combinations_with_replacement("abc", 2))))
print(list(itertools.accumulate([i.price for i in items], max)), list(itertools.accumulate([1, 2, 3], initial=10)))
print(list(itertools.compress(items, [1, 0, 1, 0, 1])), list(itertools.dropwhile(lambda i: i.price < 4, items)))
print(list(itertools.filterfalse(lambda i: i.kind == "veg", items)), list(itertools.repeat("z", 3)))
counter = itertools.count(10, 5)
print(next(counter), next(counter), list(itertools.pairwise("abcd")) if hasattr(itertools, "pairwise") else [])
cyc = itertools.cycle(items[:2])
print([next(cyc) for _ in range(5)])
