# try/finally on every way out: return, break, continue from try and from handlers, nested finally blocks
log = []


def note(x):
    log.append(x)


def several_returns(mode):
    try:
        note("try")
        if mode == 1:
            return "try-return"
        raise KeyError(mode)
    except KeyError:
        note("except")
        if mode == 2:
            return "except-return"
    finally:
        note("finally")
        for i in range(2):
            try:
                note(f"inner{i}")
            finally:
                note(f"inner-finally{i}")
    note("after")
    return "end"


for mode in (1, 2, 3):
    log.clear()
    print(mode, several_returns(mode), log)


def loop_exits():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        except ValueError:
            pass
        finally:
            out.append(f"f{i}")
    return out


print(loop_exits())


def handler_exits():
    out = []
    for i in range(4):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 0:
                continue
            if i == 2:
                break
            out.append(f"handled{i}")
        finally:
            out.append(f"fin{i}")
    return out


print(handler_exits())


def nested_finally():
    out = []
    try:
        try:
            return out
        finally:
            out.append("inner")
            try:
                out.append("in finally try")
            finally:
                out.append("in finally finally")
    finally:
        out.append("outer")


print(nested_finally())


def with_and_finally():
    class CM:
        def __enter__(self):
            note("enter")

        def __exit__(self, *a):
            note("exit")

    for i in range(3):
        with CM():
            try:
                if i == 0:
                    continue
                if i == 1:
                    return "returned"
            finally:
                note(f"finally{i}")


log.clear()
print(with_and_finally(), log)


def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            note(f"w{n}")


log.clear()
print(while_finally(), log)


def gen_finally():
    try:
        yield 1
        return
    finally:
        note("gen finally")


log.clear()
print(list(gen_finally()), log)


def exception_in_finally():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except ValueError as e:
        return repr(e), repr(e.__context__)


print(exception_in_finally())
