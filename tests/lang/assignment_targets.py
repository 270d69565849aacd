# Assignment targets of every kind: attributes, subscripts, slices, chains, nested tuples, starred, swaps via attributes
class Obj:
    pass


o = Obj()
o.a = o.b = [0, 0, 0]
o.a[0] = 1
print(o.b, o.a is o.b)
d = {}
d["x"], d["y"] = 1, 2
d[("t", 1)] = "tuple key"
print(d)
lst = list(range(10))
lst[2:5] = ["a"]
lst[-2:] = []
lst[::3] = ["s", "s", "s"]
print(lst)
lst[:0] = ["front"]
lst[len(lst):] = ["back"]
print(lst)
(a, b), [c, d2], *e = (1, 2), [3, 4], 5, 6
print(a, b, c, d2, e)
o.x, o.y = 10, 20
o.x, o.y = o.y, o.x
print(o.x, o.y)
grid = [[0] * 2 for _ in range(2)]
grid[0][1], grid[1][0] = "r", "c"
print(grid)
i = 0
items = ["p", "q", "r"]
i, items[i] = 2, "changed"
print(i, items)
first = second = third = "same"
print(first is third)
x = [1, 2, 3]
x[1:2] = x
print(x)
m = {"k": [1]}
m["k"][0], m["new"] = "inner", "added"
print(m)


def get():
    return o


get().z = "via call"
print(o.z)
t = 1, 2
print(t, type(t).__name__)
