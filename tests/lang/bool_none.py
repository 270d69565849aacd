# bool and None: arithmetic on bools, repr, identity, truth of the singletons.

print(True, False, None, repr(True), str(False), repr(None))
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~False, abs(-True))
print(True == 1, False == 0, (True is True) == 1, True == 1.0, hash(True), hash(False))
print(type(True).__name__, type(None).__name__, isinstance(True, int), issubclass(bool, int))
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool(" "), bool([]), bool([[]]), bool(None))
print(bool({}), bool(set()), bool(()), bool(0.0), bool(range(0)), bool(range(1)))
print(int(True), float(False), str(True), True and "yes", False or "no", None or 0)
print(sum([True, True, False]), max(True, 2), min(False, -1), sorted([True, False, 2, 0.5]))
print(True < 2, False < True, True > 0.5, [True, False].count(1), [1, True, 1.0].count(True))
print({True: "a", 1: "b", 1.0: "c"}, {False: 0, 0: 1})
print(None is None, None == None, None != 0, None == False, not None, [None] * 2)
d = {None: "none key"}
print(d[None], None in d, None in [1, None], type(None)() is None)
# functions return None implicitly
def f():
    pass
print(f() is None, print() is None)
x = None
if x is None:
    print("x is None")
if not x:
    print("None is falsy")
# comparisons with None raise TypeError for ordering
for op in ("<", ">", "<=", ">="):
    try:
        eval("None %s 1" % op)
    except TypeError as e:
        print("TypeError", e)
try:
    None + 1
except TypeError as e:
    print("TypeError", e)
none = None
try:
    none()
except TypeError as e:
    print("TypeError", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError", e)
try:
    len(None)
except TypeError as e:
    print("TypeError", e)
try:
    for _ in None:
        pass
except TypeError as e:
    print("TypeError", e)
print(True.real, True.numerator, (True).bit_length(), True.__class__.__name__)
print(bool.__mro__ if False else [c.__name__ for c in bool.__mro__])
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(bool("False"), bool(0.0 or None), True & 3, True | 2, True ^ 1)
