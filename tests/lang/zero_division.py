# Division by zero in every operator and type, with CPython's messages.

cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("2 ** 100 / 0", lambda: 2 ** 100 / 0),
    ("2 ** 100 // 0", lambda: 2 ** 100 // 0),
    ("2 ** 100 % 0", lambda: 2 ** 100 % 0),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1.5", lambda: 0 ** -1.5),
    ("pow(2, 3, 0)", lambda: pow(2, 3, 0)),
    ("True / False", lambda: True / False),
    ("0 / 0", lambda: 0 / 0),
    ("-1 % 0", lambda: -1 % 0),
]
for label, f in cases:
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)
    except ValueError as e:
        print(label, "->", type(e).__name__, e)
# augmented forms
x = 10
for op in ("/=", "//=", "%="):
    try:
        exec("x %s 0" % op)
    except ZeroDivisionError as e:
        print(op, e)
# ZeroDivisionError is an ArithmeticError
try:
    1 // 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, isinstance(e, ArithmeticError))
print(0 / 1, -0 / 1, 0.0 / -1, 0 // 5, 0 % 5, 5 % 1)
