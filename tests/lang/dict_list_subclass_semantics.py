# Built-in methods of dict and list subclasses bypass overridden dunders, as in CPython
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("  __setitem__", k)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        print("  __getitem__", k)
        return super().__getitem__(k)

    def keys(self):
        print("  keys()")
        return super().keys()


d = LoudDict()
d["a"] = 1
print("update:")
d.update(b=2, c=3)
print("setdefault:")
d.setdefault("e", 5)
print("get:", d.get("a"))
print("index:", d["b"])
print("dict(d):", dict(d))
print("copy type:", type(d.copy()).__name__)
print("** unpack:", {**d})
print("in:", "a" in d, len(d))
print("fromkeys type:", type(LoudDict.fromkeys("xy")).__name__)
print("| type:", type(d | {"z": 0}).__name__)


class LoudList(list):
    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i)

    def __len__(self):
        print("  __len__")
        return super().__len__()

    def __iter__(self):
        print("  __iter__")
        return super().__iter__()


lst = LoudList([3, 1, 2])
print("for:")
for v in lst:
    pass
print("index:", lst[0])
print("sorted:", sorted(lst))
print("slice type:", type(lst[0:2]).__name__)
print("+ type:", type(lst + [9]).__name__, type([9] + lst).__name__)
print("* type:", type(lst * 2).__name__)
print("len:", len(lst))
print("list():", list(lst))
print("sum:", sum(lst))
print("in:", 3 in lst)
print("copy type:", type(lst.copy()).__name__)
lst += [7]
print("+= keeps type:", type(lst).__name__, lst)


class Str2(str):
    pass


s = Str2("Hello")
print(type(s + "x").__name__, type(s.upper()).__name__, type(s[1:]).__name__, type(str(s)).__name__, type(s * 2).__name__)


class Int2(int):
    pass


n = Int2(5)
print(type(n + 1).__name__, type(-n).__name__, type(n // 2).__name__, type(abs(n)).__name__, type(int(n)).__name__)
print(n == 5, repr(n), f"{n:03}")
