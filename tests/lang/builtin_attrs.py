# getattr, setattr, hasattr, delattr, dir, vars on instances, classes, modules and built-ins
import math


class C:
    cls_attr = "class"

    def __init__(self):
        self.inst = "instance"

    def method(self):
        return "m"


c = C()
print(getattr(c, "inst"), getattr(c, "cls_attr"), getattr(c, "method")(), getattr(C, "cls_attr"))
print(getattr(c, "missing", None), getattr(math, "pi") == math.pi, getattr("abc", "upper")())
setattr(c, "new", 1)
setattr(C, "shared", [1])
print(c.new, c.shared, C().shared, hasattr(C(), "new"))
print(hasattr(c, "inst"), hasattr(c, "nope"), hasattr(C, "method"), hasattr(5, "real"), hasattr(None, "x"))
delattr(c, "new")
delattr(C, "shared")
print(hasattr(c, "new"), hasattr(c, "shared"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(C, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(math, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(5, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(e)
try:
    setattr([], "append", 1)
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(e)
try:
    hasattr(c, None)
except TypeError as e:
    print(e)
try:
    getattr(c)
except TypeError as e:
    print(e)
try:
    del C.missing
except AttributeError as e:
    print(e)
try:
    int.new_attr = 1
except TypeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "s".foo
except AttributeError as e:
    print(e)
try:
    [].foo()
except AttributeError as e:
    print(e)

names = dir(c)
print("inst" in names, "method" in names, "cls_attr" in names, "__init__" in names, names == sorted(names))
print([n for n in dir(C) if not n.startswith("_")])
print("pi" in dir(math), "append" in dir([]), "upper" in dir(str))
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(e)


class WithDir:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(WithDir()))


def f():
    local_a = 1
    local_b = 2
    return sorted(locals().items())


print(f(), "f" in globals(), globals()["C"] is C, type(globals()).__name__)
