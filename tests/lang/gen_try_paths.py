# yield inside try/except/else/finally: resumed normally, by throw(), by close(), and exhausted
def worker(log):
    try:
        log.append("start")
        x = yield "first"
        log.append(f"got {x}")
        y = yield "second"
        log.append(f"got {y}")
    except ValueError as e:
        log.append(f"except {e}")
        yield "from except"
    else:
        log.append("else")
        yield "from else"
    finally:
        log.append("finally")
    log.append("end")
    yield "last"


def drive(actions):
    log = []
    g = worker(log)
    out = []
    try:
        out.append(next(g))
        for kind, value in actions:
            if kind == "send":
                out.append(g.send(value))
            elif kind == "throw":
                out.append(g.throw(value))
            elif kind == "close":
                g.close()
                out.append("closed")
    except StopIteration:
        out.append("stop")
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
    return out, log


print(drive([("send", 1), ("send", 2), ("send", 3), ("send", 4)]))
print(drive([("send", 1), ("throw", ValueError("bad")), ("send", None), ("send", None)]))
print(drive([("throw", KeyError("k"))]))
print(drive([("send", 1), ("close", None)]))
print(drive([("close", None), ("send", 1)]))


def nested():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print("  GeneratorExit at", i)
            raise
        finally:
            print("  finally", i)


g = nested()
print(next(g), next(g))
g.close()
print(list(nested()))


def swallow():
    while True:
        try:
            yield
        except Exception as e:
            print("  swallowed", type(e).__name__)


s = swallow()
next(s)
s.throw(KeyError)
s.throw(IndexError("i"))
s.close()
print("closed cleanly")
