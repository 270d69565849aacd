# list: methods, operators, indexing and slicing, with CPython's messages.

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::2], a[::-1], a[-3:], a[:-3], a[5:2], a[5:2:-1])
a.append(7)
a.extend((8, 9))
a.extend(x * 10 for x in range(3))
a.insert(0, -1)
a.insert(-1, 99)
a.insert(100, 100)
a.insert(-100, -100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(9), a.index(9, 7), a.count(1), a.count(99))
show("index missing", lambda: a.index(12345))
show("index range", lambda: a.index(3, 2, 4))
show("remove missing", lambda: a.remove(12345))
show("pop empty", lambda: [].pop())
show("pop range", lambda: [1].pop(5))
show("pop str", lambda: [1].pop("x"))
show("index bad arg", lambda: a.index(3, "a"))
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is a)
b.clear()
print(b, len(b), bool(b), bool(a))

# operators
print([1, 2] + [3], [1, 2] * 3, 3 * [0], [1] * 0, [1] * -2, [] * 5)
c = [1, 2]
d = c
c += (3, 4)
c += range(5, 7)
c *= 2
print(c, d is c)
c *= 0
print(c, d)
show("list + tuple", lambda: [1] + (2,))
show("list * float", lambda: [1] * 2.5)
show("str * list", lambda: "ab" * [1])
show("float * list", lambda: 2.5 * [1])
show("list * list", lambda: [1] * [2])
show("list + int", lambda: [1] + 1)
x = [1]
try:
    x += 5
except TypeError as e:
    print("+= int:", e)
try:
    x -= [1]
except TypeError as e:
    print("-=:", e)

# comparisons
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [1, 2] != [1, 2], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1.0, 2] == [1, 2], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], [n] < [n])
show("list < str", lambda: [1] < "a")
show("list < tuple", lambda: [1] < (1,))
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2], [] in [[]])

# indexing errors
show("index out of range", lambda: a[100])
show("negative out of range", lambda: a[-100])
show("str index", lambda: a["x"])
show("float index", lambda: a[1.5])
show("None index", lambda: a[None])
show("zero step", lambda: a[::0])
show("bad slice", lambda: a["a":])
show("huge index", lambda: a[10**20])
print(a[10**20:], a[-10**20:2], a[True], a[False:True])

# slice assignment and deletion
s = list(range(10))
s[2:5] = ["a", "b"]
print(s)
s[1:1] = "xyz"
print(s)
s[::3] = [0, 0, 0, 0]
print(s)
s[-2:] = []
print(s)
del s[::2]
print(s)
del s[1]
del s[-1]
print(s)
s[:] = s
print(s)
s[len(s):] = s
print(s)
s[::-1] = s
print(s)
t = list(range(8))
del t[6:1:-2]
print(t)
del t[100:]
del t[:0]
print(t)
t[1:3] = range(10, 13)
print(t)
show("extended size", lambda: t.__setitem__(slice(None, None, 2), [1]))
show("assign int", lambda: t.__setitem__(slice(0, 1), 5))
show("ext assign int", lambda: t.__setitem__(slice(None, None, 2), 5))
show("assign index", lambda: t.__setitem__(50, 1))
show("del index", lambda: t.__delitem__(50))
t[-1] = "last"
t[0] = "first"
print(t)

# construction
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}), list({5: 0}.items()))
show("list(int)", lambda: list(5))
show("list two args", lambda: list([1], [2]))
show("list kwargs", lambda: list(x=1))

class MyList(list):
    def total(self):
        return sum(self)

m = MyList([1, 2, 3])
m.append(4)
print(m, type(m).__name__, m.total(), len(m), m[1:], type(m[1:]).__name__, type(m + m).__name__)
print(isinstance(m, list), m == [1, 2, 3, 4])

# reprs
r = [1, "two", 3.0, None, True, (4,), [5]]
r.append(r)
print(r)
print(repr([]), str([[]]), [[[]]])
print(list(reversed([1, 2, 3])), list(reversed([])))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(type(iter([])).__name__, type(reversed([])).__name__)
show("unhashable", lambda: hash([]))
show("set of list", lambda: {[1]})
