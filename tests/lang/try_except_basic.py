# try/except: matching by class, by base class, by tuple; the bound name.

def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("xyz")
    if kind == "attr":
        return None.nope
    if kind == "name":
        return undefined_variable
    return "fine"

for kind in ("zero", "key", "index", "type", "value", "attr", "name", "ok"):
    try:
        r = risky(kind)
        print(kind, "->", r)
    except ZeroDivisionError as e:
        print(kind, "ZeroDivisionError", e)
    except (KeyError, IndexError) as e:
        print(kind, "LookupError subclass", type(e).__name__, e)
    except TypeError as e:
        print(kind, "TypeError", e)
    except Exception as e:
        print(kind, "other", type(e).__name__, e)

# the first matching clause wins, base classes catch subclasses
try:
    raise KeyError("k")
except LookupError as e:
    print("caught by base", repr(e))
except KeyError:
    print("never reached")

# a bare except catches everything
try:
    raise SystemError("sys")
except:
    print("bare except caught SystemError")

# the exception name is unbound after the handler
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)

# an exception not matched propagates to the outer try
try:
    try:
        raise IndexError("inner")
    except KeyError:
        print("wrong handler")
except IndexError as e:
    print("outer caught", e)

# the matched class can be computed at run time
classes = (TypeError, ValueError)
try:
    int("12a")
except classes as e:
    print("dynamic tuple", type(e).__name__)
which = ArithmeticError
try:
    2 ** 10000 / 0.5 ** 10000 if False else 1 % 0
except which as e:
    print("dynamic class", type(e).__name__, e)
# exceptions from inside called functions
def a():
    b()
def b():
    raise RuntimeError("from b")
try:
    a()
except RuntimeError as e:
    print("propagated:", e)
# a handler that is not an exception class
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print("TypeError", e)
# the exception object is the one raised
exc = KeyError("same")
try:
    raise exc
except KeyError as e:
    print(e is exc)
