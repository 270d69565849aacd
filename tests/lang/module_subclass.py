# Subclasses of types.ModuleType: class attributes and descriptors are found,
# __init__ passes the name on, and such a module can stand in sys.modules.
import sys
import types


class Lazy:
    def __init__(self, value):
        self.value = value

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("resolving", self.name)
        setattr(obj, self.name, self.value)   # next time from the module's dict
        return self.value


class LazyModule(types.ModuleType):
    answer = Lazy(42)
    kind = "lazy"

    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra

    def describe(self):
        return f"{self.__name__} ({self.kind}, extra={self.extra})"

    def __repr__(self):
        return f"<LazyModule {self.__name__}>"


m = LazyModule("virtual_mod", "x")
print(type(m).__name__, isinstance(m, types.ModuleType), m.__name__, m.__doc__)
print(m.answer, m.answer, m.describe(), repr(m))
print(sorted(k for k in vars(m) if not k.startswith("__")))
sys.modules["virtual_mod"] = m
import virtual_mod
print(virtual_mod is m, virtual_mod.kind)
from virtual_mod import answer, extra
print(answer, extra)
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
plain = types.ModuleType("plain", "its doc")
print(plain.__name__, plain.__doc__, type(plain) is types.ModuleType)
try:
    types.ModuleType(1)
except TypeError as e:
    print("TypeError:", e)
