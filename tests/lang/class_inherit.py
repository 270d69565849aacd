# Single and multiple inheritance, method resolution, super()
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, an " + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + f" (age {self.age})"


d = Dog("rex")
p = Puppy("bit", 1)
print(d.speak(), "|", d.kind())
print(p.speak(), "|", p.kind())
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, Animal.__base__)
print(isinstance(p, Animal), isinstance(d, Puppy), issubclass(Puppy, Animal))
print(issubclass(Animal, Animal), issubclass(bool, int), issubclass(Dog, (int, Animal)))
print(isinstance(3, (str, (float, int))), isinstance("x", ()))


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who())
print([k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))


class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass


print([k.__name__ for k in M.__mro__])

try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self):
        self.log = ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")


class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")


class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")


print(Both().log)


class Over(Dog):
    sound = "arf"


print(Over("o").speak())
print(super(Dog, d).kind())
print(super(Puppy, p).speak())
s = super(Puppy, p)
print(type(s).__name__)
