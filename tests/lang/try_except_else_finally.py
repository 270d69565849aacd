# Every combination of except / else / finally, with and without an exception.

def run(raise_it, catch_it):
    log = []
    try:
        try:
            log.append("try")
            if raise_it:
                raise ValueError("boom")
            log.append("try end")
        except (ValueError if catch_it else KeyError):
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
        log.append("after")
    except ValueError:
        log.append("outer caught")
    return log

for r in (False, True):
    for c in (False, True):
        print("raise=%s catch=%s" % (r, c), run(r, c))

# try/finally only
def tf(fail):
    log = []
    try:
        try:
            if fail:
                raise KeyError("k")
            log.append("body")
        finally:
            log.append("finally")
    except KeyError:
        log.append("caught")
    return log
print(tf(False), tf(True))

# try/except/else without finally
def tee(fail):
    try:
        if fail:
            raise IndexError
    except IndexError:
        return "except"
    else:
        return "else"
print(tee(False), tee(True))

# an exception in else is not caught by the same try's handlers
def else_raises():
    try:
        try:
            pass
        except ZeroDivisionError:
            return "wrong: same try caught it"
        else:
            1 / 0
    except ZeroDivisionError:
        return "outer caught else's error"
print(else_raises())

# an exception in a handler replaces the original; finally still runs
log = []
try:
    try:
        raise ValueError("first")
    except ValueError:
        log.append("handler")
        raise TypeError("second")
    finally:
        log.append("finally")
except TypeError as e:
    log.append("outer: %s (context %r)" % (e, e.__context__))
print(log)

# finally runs when the handler returns, and when the else returns
def handler_returns():
    try:
        raise ValueError
    except ValueError:
        return "handler value"
    finally:
        print("  finally of handler_returns")
print(handler_returns())
def else_returns():
    try:
        pass
    except ValueError:
        pass
    else:
        return "else value"
    finally:
        print("  finally of else_returns")
print(else_returns())
# several except clauses; only one runs
def multi(e):
    try:
        raise e
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"
print(multi(KeyError()), multi(IndexError()), multi(ValueError()))
