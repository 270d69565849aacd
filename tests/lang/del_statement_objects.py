# del on names, items, slices, attributes, with the dunders it calls, and its errors
class Store:
    def __init__(self):
        self.items = {"a": 1, "b": 2}

    def __delitem__(self, key):
        print("  __delitem__", key)
        del self.items[key]

    def __delattr__(self, name):
        print("  __delattr__", name)
        object.__delattr__(self, name)


s = Store()
del s["a"]
s.extra = 1
del s.extra
print(s.items, hasattr(s, "extra"))
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
a, b, c = 1, 2, 3
del a, b
print("a" in dir(), c)
x = [1, [2, 3]]
del x[1][0]
print(x)
for bad in ["del undefined_name", "del [][0]", "del {}['k']", "del (1, 2)[0]", "del 'abc'[0]", "del s.nothing"]:
    try:
        exec(bad, {"s": s})
    except Exception as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")


def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(local_del())
g = "global"


def del_global():
    global g
    del g


del_global()
print("g" in globals())
