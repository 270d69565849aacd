# raise ... from ...: __cause__, __context__, __suppress_context__.

def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
          "| suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError as ke:
        raise ValueError("converted") from ke
except ValueError as e:
    show(e)
    print(e.__cause__ is e.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    show(e)

try:
    raise RuntimeError("outside a handler") from KeyError("explicit")
except RuntimeError as e:
    show(e)

try:
    raise RuntimeError("cause is a class") from IndexError
except RuntimeError as e:
    show(e)
    print(type(e.__cause__).__name__, e.__cause__.args)

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise
except TypeError as e:
    show(e)

try:
    raise ValueError("bad cause") from 42
except TypeError as e:
    print("TypeError", e)

# __cause__ and __suppress_context__ can be set directly
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError", err)
# a chain of three
try:
    try:
        try:
            raise KeyError("one")
        except KeyError as a:
            raise IndexError("two") from a
    except IndexError as b:
        raise ValueError("three") from b
except ValueError as c:
    chain = []
    x = c
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__cause__
    print(" <- ".join(chain))
