# sorted and list.sort (stability, key, reverse), min/max with key/default, sum with start
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
by_age = sorted(by_name, key=lambda p: p[1])
print(by_age)
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
lst = [5, 2, 9, 1]
print(lst.sort(), lst, lst.sort(reverse=True), lst)
nums = [3, -1, 2, -5]
nums.sort(key=abs)
print(nums, sorted(nums, key=abs, reverse=True))
print(sorted("bBaA"), sorted([2.5, 1, True, 0]), sorted([[2, 1], [1, 5], [1, 2]]))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max([], default="none"), min([3], default=0), max("abc", key=ord), min(1, 2, 3, key=lambda v: -v))
print(max([1, 3, 3.0, 2]), max([3.0, 3]), min([(1, "b"), (1, "a")]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([0.5, 0.25], 1), sum(range(5), start=-10))


class Rank:
    order = "low mid high".split()

    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        return self.order.index(self.name) < self.order.index(other.name)

    def __repr__(self):
        return self.name


print(sorted([Rank("high"), Rank("low"), Rank("mid")]), max(Rank("low"), Rank("high")))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    sorted([3, 1], key=lambda v: None)
except TypeError as e:
    print(e)
try:
    [1, 2].sort(lambda v: v)
except TypeError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    sum(["a"], "")
except TypeError as e:
    print(e)
data = [3, 1, 2]
try:
    data.sort(key=lambda v: data.append(v))
except ValueError as e:
    print(e)
print(sorted({3: "c", 1: "a"}.items()), sorted({"b", "a"}), sorted(range(5, 0, -2)))
print(sorted([0.1, -0.0, 0.0, -1e300, 1e300]), sorted([float("inf"), 1]))
