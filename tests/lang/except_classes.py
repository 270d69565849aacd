# except clauses: tuples, hierarchy order, re-raise, else/finally order, exception attributes and repr of built-ins
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith {type(e).__name__}"
    except OSError as e:
        return f"os errno={e.errno}"
    except Exception as e:
        return f"other {type(e).__name__}"


for exc in [KeyError("k"), IndexError(1), ZeroDivisionError(), OverflowError(), FileNotFoundError(2, "gone"),
            ValueError("v"), LookupError()]:
    print(classify(exc))

log = []


def flow(mode):
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError(mode)
        if mode == "return":
            return "early"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "end"


for m in ("ok", "raise", "return"):
    log.clear()
    r = flow(m)
    print(m, r, log)


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


print(finally_overrides(), finally_swallows())


def reraise():
    try:
        int("x")
    except ValueError:
        print("handling, then re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("outer got", repr(e))


def nested():
    try:
        try:
            raise TypeError("inner")
        except TypeError as e:
            raise ValueError("outer") from e
    except ValueError as e:
        return e


e = nested()
print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
for ex in [KeyError("a"), KeyError(), KeyError(1, 2), IndexError("list index out of range"),
           OSError(2, "No such file"), OSError("plain"), FileNotFoundError(2, "No such file", "x.txt"),
           StopIteration(5), SystemExit(3), UnicodeError("u"), Exception("a", 1), ValueError()]:
    print(type(ex).__name__, repr(ex), str(ex), ex.args)
err = OSError(13, "Permission denied", "/etc/x")
print(err.errno, err.strerror, err.filename, type(err).__name__, isinstance(FileNotFoundError(), OSError))
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
try:
    raise Exception
except Exception as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    print("no exception, no check")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
x = "kept"
try:
    raise ValueError
except ValueError as x:
    pass
try:
    print(x)
except NameError as e:
    print("the except target is deleted:", e)
e1 = ValueError("with notes")
e1.add_note("first note") if hasattr(e1, "add_note") else None
print(getattr(e1, "__notes__", None))
print(BaseException.__subclasses__ is not None, issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
