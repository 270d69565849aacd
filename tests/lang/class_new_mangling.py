# __new__, name mangling, class scope rules, default __repr__/__str__/__format__, __eq__ identity default
class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            print("  creating", cls.__name__, args)
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("  init with", value)
        self.value = value


a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)


class Point3:
    def __new__(cls, x, y, z):
        obj = object.__new__(cls)
        obj.coords = (x, y, z)
        return obj


print(Point3(1, 2, 3).coords)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(NotMine())


class Account:
    __secret = "hidden"

    def __init__(self):
        self.__balance = 100
        self._protected = 1

    def reveal(self):
        return self.__balance, self.__secret, Account.__secret

    def __dunder__(self):
        return "not mangled"


acc = Account()
print(acc.reveal(), acc._Account__balance, Account._Account__secret, acc.__dunder__())
print(sorted(vars(acc)))
try:
    acc.__balance
except AttributeError as e:
    print(e)


class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return f"AttributeError: {e}"


print(Sub().peek())


def outside():
    class Inner:
        __x = 1

        def get(self):
            return self.__x
    return Inner().get()


print(outside())

# class bodies do not create a scope visible from methods
x = "global x"


class Scoped:
    x = "class x"

    def method(self):
        return x

    y = x.upper()
    z = [x for _ in range(1)]


print(Scoped().method(), Scoped.y, Scoped.z)


class Defaults:
    pass


d = Defaults()
print(repr(d).startswith("<__main__.Defaults object at 0x"), str(d) == repr(d), format(d, "") == str(d))
try:
    format(d, "x")
except TypeError as e:
    print(e)
print(d == d, d != d, d == Defaults(), Defaults() != Defaults())


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


print(str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], "%s %r" % (OnlyRepr(), OnlyRepr()))


class OnlyStr:
    def __str__(self):
        return "just str"


o = OnlyStr()
print(str(o), repr(o).startswith("<__main__.OnlyStr"), f"{o!s}", "%s" % o)


class Recursive:
    def __init__(self):
        self.items = [self]

    def __repr__(self):
        return f"Recursive({self.items})"


lst = [1]
lst.append(lst)
dd = {"k": 1}
dd["self"] = dd
print(lst, dd)


class Counter:
    count = 0

    def __init__(self):
        type(self).count += 1
        self.__class__.last = self


Counter()
Counter()
print(Counter.count, Counter.last is not None)


class Base:
    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = prefix + cls.__name__


class Child(Base, prefix="my_"):
    pass


print(Child.tag)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print(e)
