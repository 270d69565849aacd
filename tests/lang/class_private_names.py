# Name mangling of __private names: attributes, parameters, locals, kw defaults, imports, global declarations
class C:
    def __init__(self, __p=1, *, __k=2):
        self.__p = __p
        self.__k = __k
        __local = 5
        self.loc = __local

    def get(self):
        return self.__p, self.__k, self.loc

    def kw(self):
        return C.__init__.__kwdefaults__, C.__init__.__code__.co_varnames

    def __private_method(self):
        return "private"

    def call(self):
        return self.__private_method(), getattr(self, "_C__private_method")()

    import math as __m

    def use_mod(self):
        return self.__m.floor(2.5), type(self).__dict__.get("_C__m") is not None

    __lam = lambda self: "lam"

    def g(self):
        global __gv
        __gv = "global set"
        return [self.__p for _ in range(2)], self.__lam()


class ___:
    __x = 1


class _U_:
    __y = 2


c = C(10, __k=20) if False else C(10)
print(c.get(), c.kw(), c.call(), c.use_mod(), c.g(), _C__gv if "_C__gv" in globals() else __gv)
print(sorted(k for k in vars(___) if "x" in k), sorted(k for k in vars(_U_) if "y" in k))
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
