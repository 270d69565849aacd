# Implicit exception chaining: __context__ is set when raising inside a handler.

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

# context is set from finally blocks too
try:
    try:
        raise KeyError("in try")
    finally:
        raise IndexError("in finally")
except IndexError as e:
    print(repr(e), repr(e.__context__))

# context chains through several levels
try:
    try:
        try:
            raise TypeError("a")
        except TypeError:
            raise ValueError("b")
    except ValueError:
        raise RuntimeError("c")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

# no context when the handler has finished
try:
    raise KeyError("done")
except KeyError:
    pass
try:
    raise ValueError("fresh")
except ValueError as e:
    print(repr(e.__context__))

# raising the exception being handled does not make it its own context
try:
    try:
        raise KeyError("self")
    except KeyError as k:
        raise k
except KeyError as e:
    print(repr(e.__context__))

# context set on an exception raised in a function called from a handler
def helper():
    raise OSError("from helper")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        helper()
except OSError as e:
    print(repr(e), repr(e.__context__))

# a cycle is avoided: re-raising an earlier exception from a later handler
try:
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise TypeError("B")
        except TypeError as b:
            raise a
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

# the context of an exception raised in an else clause is None
try:
    try:
        pass
    except Exception:
        pass
    else:
        raise LookupError("from else")
except LookupError as e:
    print(repr(e.__context__))
# sys.exc_info() inside and outside handlers
import sys
print(sys.exc_info())
try:
    raise NameError("ni")
except NameError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else True)
print(sys.exc_info())
