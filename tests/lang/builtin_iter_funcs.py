# iter (with sentinel), next, enumerate, zip, map, filter, reversed: laziness and protocol details
calls = []


def source():
    calls.append(1)
    return len(calls)


it = iter(source, 4)
print(list(it), len(calls))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))

e = enumerate(["x", "y", "z"], start=-1)
print(list(e), list(enumerate("ab", start=2)), list(enumerate(iter("q"))))

print(list(zip("abc", range(10))), list(zip([1], [2], [3], [4])))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z))
print(list(zip(*zip("abc", "xyz"))))
print(list(zip("ab", "xy", strict=True)))
try:
    list(zip("abc", "xy", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("ab", "xyz", strict=True))
except ValueError as e:
    print(e)

m = map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])
print(list(m), list(map(len, ["a", "bb"])), type(map(str, [])).__name__)
lazy = map(lambda x: 1 // x, [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as ex:
    print("lazy map:", ex)
print(list(filter(str.isdigit, "a1b2c3")), list(filter(None, [0, [], "x", None, 5])))
print(type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)


class Rev:
    def __reversed__(self):
        return iter("cba")


class SeqOnly:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


print(list(reversed(Rev())), list(reversed(SeqOnly())), list(reversed({"a": 1, "b": 2})))
print(list(reversed(range(1, 10, 3))), type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as ex:
    print(ex)
try:
    reversed(iter([1]))
except TypeError as ex:
    print(ex)
try:
    next([1])
except TypeError as ex:
    print(ex)
try:
    iter(5)
except TypeError as ex:
    print(ex)
try:
    iter(5, 1)
except TypeError as ex:
    print(ex)
try:
    list(map(None, [1]))
except TypeError as ex:
    print(ex)
try:
    map(len)
except TypeError as ex:
    print(ex)
try:
    enumerate(5)
except TypeError as ex:
    print(ex)
try:
    zip(1, [2])
except TypeError as ex:
    print(ex)

# iterators are exhausted once
it2 = iter([1, 2, 3])
print(list(it2), list(it2), sum(iter([4, 5])))
gen_like = map(str, range(3))
print(" ".join(gen_like), "|", " ".join(gen_like))
print(sorted(zip(*[iter(range(6))] * 2)))
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as ex:
    print(ex)
s = {1}
try:
    for k in s:
        s.add(2)
except RuntimeError as ex:
    print(ex)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.remove(x)
print(lst)
print(list(iter([]).__iter__()), iter(it2) is it2)
