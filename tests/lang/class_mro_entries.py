class Alias:
    def __init__(self, *bases): self.bases = bases
    def __mro_entries__(self, bases): return self.bases
class A: pass
class B: pass
class C(Alias(A, B), int): pass
print(C.__mro__, C.__orig_bases__[1] is int, C.__bases__)
class Bad:
    def __mro_entries__(self, bases): return [A]
try:
    class D(Bad()): pass
except TypeError as e: print(e)
class Check:
    def __instancecheck__(self, obj): return obj == 42
    def __subclasscheck__(self, cls): return cls is bool
print(isinstance(42, Check()), isinstance(41, Check()), issubclass(bool, Check()), issubclass(int, Check()))
try: isinstance(1, 5)
except TypeError as e: print(e)
