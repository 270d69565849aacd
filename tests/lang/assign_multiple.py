# Plain assignment: chains, swaps, targets evaluated left to right.

a = b = c = [1]
print(a, b, c, a is b, b is c)
a = a + [2]
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
# the right side is evaluated fully before any target is bound
lst = [0, 1, 2]
i = 0
i, lst[i] = 2, 99
print(i, lst)
# chained assignment binds targets left to right
d = {}
k = d["a"] = d["b"] = 5
print(k, d)
n = lst[0] = lst[1] = 7
print(n, lst)
# attribute and subscript targets
class O:
    pass
o = O()
o.a = o.b = 3
o.c, o.d = "cd"
print(o.a, o.b, o.c, o.d)
m = [[0] * 3 for _ in range(3)]
m[1][2] = 5
m[0][0], m[2][1] = m[1][2], 8
print(m)
# slice assignment grows and shrinks lists
s = list(range(8))
s[2:4] = ["a", "b", "c"]
print(s)
s[:3] = []
print(s)
s[::2] = [0] * len(s[::2])
print(s)
s[len(s):] = [100]
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
# names rebound in a loop
total = 0
for total in range(5):
    pass
print(total)
# assignment to a global name from a nested scope needs "global"; locals are fresh
def f():
    total = "local"
    return total
print(f(), total)
(p) = 4
[q] = [5]
(r,) = (6,)
print(p, q, r)
u = v = w = None
print(u, v, w)
