# Introspecting classes: __subclasses__, __bases__, __mro__, vars/dir, type checks, attribute origins
class Animal:
    legs = 4

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


class Puppy(Dog):
    pass


class Bird(Animal):
    legs = 2


print([c.__name__ for c in Animal.__subclasses__()], [c.__name__ for c in Dog.__subclasses__()])
print(Puppy.__bases__, [c.__name__ for c in Puppy.__mro__], Puppy.__base__ is Dog)


def defining_class(cls, name):
    for klass in cls.__mro__:
        if name in vars(klass):
            return klass.__name__
    return None


print(defining_class(Puppy, "speak"), defining_class(Bird, "legs"), defining_class(Puppy, "legs"), defining_class(Puppy, "nope"))
print(sorted(n for n in dir(Puppy) if not n.startswith("_")), "speak" in Puppy.__dict__, "speak" in Dog.__dict__)
p = Puppy()
print(type(p) is Puppy, type(p) == Dog, isinstance(p, Animal), p.__class__.__mro__[-1])
print(Puppy.speak is Dog.speak, p.speak.__func__ is Dog.speak, Animal.speak(p))


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out


print(all_subclasses(Animal), issubclass(Puppy, (Bird, Dog)), Puppy.__qualname__, Puppy.__module__)
print(type(vars(Animal)).__name__, list(vars(Bird).keys())[:2], callable(Animal), callable(p))
print(type.__name__, type(Animal).__name__, object.__bases__, type.__base__.__name__, isinstance(Animal, type))
