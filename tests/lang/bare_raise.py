# bare raise: re-raises the exception being handled, even from a called function.

def reraise():
    raise

try:
    try:
        raise ValueError("original")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised:", e)

try:
    try:
        raise KeyError("through a function")
    except KeyError:
        reraise()
except KeyError as e:
    print("re-raised via call:", e)

# with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
try:
    reraise()
except RuntimeError as e:
    print("RuntimeError", e)

# after a nested handler finishes, the outer exception is active again
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("outer restored:", e)

# bare raise inside finally re-raises nothing new: the pending one propagates
try:
    try:
        raise IndexError("pending")
    finally:
        print("finally runs first")
except IndexError as e:
    print("propagated:", e)

# after a handler completes, a bare raise has nothing to re-raise
try:
    raise ValueError("handled")
except ValueError:
    pass
try:
    raise
except RuntimeError as e:
    print("after handler:", e)

# re-raising keeps the traceback's origin (checked via the line numbers)
def origin():
    raise LookupError("deep")
def middle():
    try:
        origin()
    except LookupError:
        raise
try:
    middle()
except LookupError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print(names)
# raise e (not bare) in the handler: same object
try:
    try:
        raise ValueError("named")
    except ValueError as e:
        saved = e
        raise e
except ValueError as e2:
    print(e2 is saved)
