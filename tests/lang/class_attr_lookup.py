# Attribute lookup order: data descriptors, instance dict, non-data descriptors, class attributes, __getattr__
class Verbose:
    def __init__(self, label):
        self.label = label

    def __get__(self, obj, owner):
        return f"{self.label} via {type(obj).__name__ if obj is not None else 'class'}"


class DataVerbose(Verbose):
    def __set__(self, obj, value):
        obj.__dict__["_set_" + self.label] = value


class Thing:
    data = DataVerbose("data")
    nondata = Verbose("nondata")
    plain = "class plain"

    def __getattr__(self, name):
        return f"__getattr__({name})"


t = Thing()
t.__dict__.update(data="instance data", nondata="instance nondata", plain="instance plain")
print(t.data)
print(t.nondata)
print(t.plain)
print(t.missing)
print(Thing.data, Thing.nondata, Thing.plain)
t.data = 5
print(t.__dict__["_set_data"], t.data)


class Base:
    shared = []
    value = 1

    def show(self):
        return self.value


class Derived(Base):
    value = 2


d1, d2 = Derived(), Derived()
d1.shared.append("x")
print(d2.shared, Base.shared is Derived.shared, d1.show(), Base().show())
d1.value = 10
print(d1.show(), d2.show(), Derived.value)
Derived.value = 20
print(d1.show(), d2.show(), Base.value)
del d1.value
print(d1.show())
del Derived.value
print(d2.show())
try:
    del Derived.value
except AttributeError as e:
    print(e)
Base.new_method = lambda self: "added to Base"
print(d2.new_method(), hasattr(Derived, "new_method"))


class Slots:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


s = Slots()
print(s.a, hasattr(s, "__dict__") in (True, False))


class CountAccess:
    def __init__(self):
        object.__setattr__(self, "reads", 0)

    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)

    def method(self):
        return "m"


ca = CountAccess()
ca.method()
ca.method()
getattr(ca, "method")
print(ca.reads)
