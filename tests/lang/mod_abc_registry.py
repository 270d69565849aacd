# abc: virtual subclasses, the answers' cache and its token, hooks, and
# abstract methods added after the class statement
import abc
from abc import ABC, abstractmethod

def tryit(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

class Animal(ABC): pass
class Dog: pass
class Puppy(Dog): pass
token = abc.get_cache_token()
print(issubclass(Dog, Animal), isinstance(Puppy(), Animal))
Animal.register(Dog)
print(abc.get_cache_token() != token, issubclass(Dog, Animal), issubclass(Puppy, Animal), isinstance(Puppy(), Animal))
tryit(lambda: Animal.register(3))
tryit(lambda: Dog.__mro__)
class Pet(Animal): pass
tryit(lambda: Pet.register(Animal))
tryit(lambda: Animal.register(Pet) is Pet)
class Cat: pass
Pet.register(Cat)
print(issubclass(Cat, Animal), issubclass(Cat, Pet), issubclass(Dog, Pet))
Animal._abc_registry_clear(); Animal._abc_caches_clear()
print(issubclass(Dog, Animal), issubclass(Cat, Animal))

class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Quacks:
            return any("quack" in k.__dict__ for k in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): pass
class Masked:
    __class__ = Duck
print(issubclass(Duck, Quacks), isinstance(Duck(), Quacks), issubclass(int, Quacks), isinstance(Masked(), Quacks))
tryit(lambda: issubclass(3, Quacks))

class Maker(ABC):
    @abc.abstractclassmethod
    def make(cls): ...
    @abc.abstractstaticmethod
    def check(): ...
    @classmethod
    @abstractmethod
    def build(cls): ...
print(sorted(Maker.__abstractmethods__))
tryit(Maker)
class Real(Maker):
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def check(): return True
tryit(Real)
Real.build = classmethod(lambda cls: 1)
print(sorted(abc.update_abstractmethods(Real).__abstractmethods__), Real.make(), Real().check())
class Later(ABC): pass
Later.run = abstractmethod(lambda self: 0)
abc.update_abstractmethods(Later)
tryit(Later)
tryit(lambda: Later.__abstractmethods__)
class NotAbc: pass
print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, "__abstractmethods__"))
class Empty(ABC): pass
tryit(lambda: Empty(1, x=2))
class WithInit(ABC):
    def __init__(self, a): self.a = a
print(WithInit(4).a)
