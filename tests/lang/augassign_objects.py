# Augmented assignment on containers and attributes: in-place mutation, aliasing, and the exact calls made
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s += "c"
print(s)
d = {"k": [1]}
d["k"] += [2]
print(d)
try:
    tup = ([1],)
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e, "| but the list changed:", tup)


class Log:
    def __init__(self):
        self.data = {"x": 10}

    def __getitem__(self, k):
        print("  get", k)
        return self.data[k]

    def __setitem__(self, k, v):
        print("  set", k, v)
        self.data[k] = v


lg = Log()
lg["x"] += 5
lg["x"] *= 2
print(lg.data)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("  __add__")
        return Num(self.v + o)

    def __iadd__(self, o):
        print("  __iadd__")
        self.v += o
        return self

    def __repr__(self):
        return f"Num({self.v})"


class Holder:
    def __init__(self):
        self.n = Num(1)


h = Holder()
keep = h.n
h.n += 1
print(h.n, keep, h.n is keep)


class NoIadd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NoIadd(self.v + o)


x = NoIadd(1)
y = x
x += 1
print(x.v, y.v, x is y)
counts = {}
for ch in "banana":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
m = [[0] * 3 for _ in range(2)]
m[1][2] += 7
print(m)
n = 5
n **= 2
n //= 3
n %= 5
n <<= 3
n |= 1
n ^= 3
n &= 14
print(n)
