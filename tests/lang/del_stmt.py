# del of names, attributes, subscripts and slices, and what follows.

x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
lst = list(range(10))
del lst[::-3]
print(lst)
del lst[100:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    del lst[50]
except IndexError as e:
    print("IndexError", e)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), o.b)
try:
    del o.a
except AttributeError as e:
    print("AttributeError", e)
# del in a function makes the name local
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
def g():
    del undefined_global
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
# del of a tuple/list of targets, nested
p, q, r = [1], {"k": 0}, [5, 6]
del (p, q["k"]), [r[0]]
print(q, r)
# del on immutable containers fails
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
# del of a loop variable, then rebinding
for i in range(3):
    pass
del i
i = "again"
print(i)
# del then re-assign in a closure's enclosing scope
def outer():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 2
    return inner()
print(outer())
