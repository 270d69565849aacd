# Tuple/list unpacking from every kind of iterable.

a, b = 1, 2
print(a, b)
(a, b) = [3, 4]
print(a, b)
[a, b] = "xy"
print(a, b)
a, b, c = range(3)
print(a, b, c)
a, b = {"k1": 1, "k2": 2}
print(a, b)
a, b = {"k": 1, "v": 2}.items()
print(a, b)
a, = [42]
print(a)
[a] = (43,)
print(a)
a, b = reversed([1, 2])
print(a, b)
a, b = iter([7, 8])
print(a, b)
def gen():
    yield "g1"
    yield "g2"
a, b = gen()
print(a, b)
# unpacking in for loops
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
for [x, y] in ["ab", "cd"]:
    print(x, y)
# the same name twice: the last one wins
x, x = 1, 2
print(x)
# unpacking into subscripts and attributes
class P:
    pass
p = P()
d = {}
p.x, d["y"], lst = 1, 2, [0, 0]
lst[0], lst[1] = lst[1] - 1, 10
print(p.x, d, lst)
# a tuple on the right is built, then unpacked: swapping three ways
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
seq = [1, 2, 3]
seq[0], seq[2] = seq[2], seq[0]
print(seq)
a = 1, 2, 3
print(a, type(a).__name__)
a = 1,
print(a)
