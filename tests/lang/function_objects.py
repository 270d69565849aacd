# Functions as objects: attributes, __defaults__/__kwdefaults__ changes, __name__/__qualname__/__doc__, closures and __closure__
def greet(name, greeting="Hello", *, punct="!"):
    """Greets someone."""
    return f"{greeting}, {name}{punct}"


print(greet("Ann"), greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__defaults__, greet.__kwdefaults__)
greet.__defaults__ = ("Hi",)
greet.__kwdefaults__ = {"punct": "?"}
print(greet("Bob"))
greet.calls = 0
greet.calls += 1
print(greet.calls, sorted(k for k in greet.__dict__))


def make_multiplier(k):
    def mul(x):
        return x * k
    mul.factor = k
    return mul


double = make_multiplier(2)
print(double(21), double.factor, double.__qualname__, double.__closure__[0].cell_contents)
print(make_multiplier.__closure__, type(double.__closure__).__name__, len(double.__closure__))


def no_doc():
    pass


print(no_doc.__doc__, no_doc(), callable(no_doc), type(no_doc).__name__)
funcs = {f.__name__: f for f in (greet, double, no_doc)}
print(sorted(funcs))
no_doc.__name__ = "renamed"
print(no_doc.__name__, repr(no_doc).startswith("<function no_doc at 0x"))


def annotated(a: int, b: "text" = "x") -> bool:
    return True


print(annotated.__annotations__)
try:
    greet()
except TypeError as e:
    print(e)
