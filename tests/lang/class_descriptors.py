# Descriptors: data/non-data, __get__/__set__/__delete__, __set_name__, property, staticmethod, classmethod
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __init__(self, kind):
        self.kind = kind

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.age
print(p.age)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "the temperature"
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("  setting", v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("  deleting")
        self._c = None

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)


t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
prop = Temp.celsius
print(type(prop).__name__, prop.fget.__name__, prop.fset is not None, prop.fdel is not None)


class Util:
    factor = 3

    @staticmethod
    def double(x):
        return x * 2

    @classmethod
    def tripled(cls, x):
        return cls.factor * x

    @classmethod
    def make(cls):
        return cls()


class SubUtil(Util):
    factor = 5


print(Util.double(4), Util().double(5), Util.tripled(2), SubUtil.tripled(2), SubUtil().tripled(1))
print(type(SubUtil.make()).__name__)
sm = Util.__dict__["double"]
cm = Util.__dict__["tripled"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(7), callable(sm))


class Counted:
    def __init__(self):
        self.calls = 0

    def __get__(self, obj, owner):
        self.calls += 1
        return self.calls


class UsesCounted:
    c = Counted()


u = UsesCounted()
print(u.c, u.c, UsesCounted.c)


class Method:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)


class UsesMethod:
    @Method
    def hello(self, who):
        return f"hello {who} from {type(self).__name__}"


print(UsesMethod().hello("bob"))


class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Data:
    @Lazy
    def expensive(self):
        print("  computing")
        return 42


dd = Data()
print(dd.expensive, dd.expensive)


class RO:
    @property
    def x(self):
        return 1


try:
    RO().x = 2
except AttributeError as e:
    print(e)
