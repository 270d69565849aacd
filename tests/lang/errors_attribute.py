# AttributeError messages: instances, classes, modules, built-ins, slots, read-only attributes
import math


class Plain:
    def __init__(self):
        self.here = 1


class WithSlots:
    __slots__ = ("a",)


p = Plain()
cases = [
    lambda: p.missing,
    lambda: Plain.missing,
    lambda: math.missing,
    lambda: (1).missing,
    lambda: (1.5).missing,
    lambda: "s".missing,
    lambda: [].missing,
    lambda: {}.missing,
    lambda: None.missing,
    lambda: True.missing,
    lambda: (lambda: 0).missing,
    lambda: print.missing,
    lambda: int.missing,
    lambda: type.missing,
    lambda: object().missing,
    lambda: range(3).missing,
    lambda: iter([]).missing,
    lambda: setattr(1, "real", 2),
    lambda: setattr("s", "upper", 2),
    lambda: delattr(p, "missing"),
    lambda: delattr(Plain, "missing"),
    lambda: setattr(str, "x", 1),
    lambda: setattr(list, "append", 1),
    lambda: delattr(int, "real"),
    lambda: setattr(object(), "x", 1),
    lambda: (lambda: 0).__name__.missing,
    lambda: setattr(ValueError("x"), "args", 5),
    lambda: setattr(p, "__dict__", 5),
    lambda: math.pi.missing,
    lambda: setattr(math, "new_value", 3) or math.new_value,
    lambda: delattr(math, "new_value") or hasattr(math, "new_value"),
    lambda: delattr(math, "new_value"),
]
for i, case in enumerate(cases):
    try:
        print(i, "ok", case())
    except (AttributeError, TypeError) as e:
        print(i, type(e).__name__ + ":", e)
try:
    p.herre
except AttributeError as e:
    print("name" if hasattr(e, "name") else "", e)
w = WithSlots()
w.a = 1
print(w.a)
