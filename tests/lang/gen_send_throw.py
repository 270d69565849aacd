# send, throw, close, GeneratorExit, exceptions inside generators
def accumulator():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("  caught", e)
            total = 0
            continue
        if v is None:
            break
        total += v
    return total


acc = accumulator()
print(acc.send(None), acc.send(5), acc.send(10))
print(acc.throw(ValueError("reset")))
print(acc.send(3))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(e)


def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit")
        raise


c = closer()
next(c)
print(c.close(), c.close())
try:
    next(c)
except StopIteration:
    print("stopped after close")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_on_close():
    try:
        yield 1
    finally:
        print("  finally on close")


r = returns_on_close()
next(r)
r.close()
never = returns_on_close()
never.close()
print("unstarted close is fine")


def thrower():
    yield 1
    yield 2


t = thrower()
try:
    t.throw(KeyError("before start"))
except KeyError as e:
    print("raised at start:", e)
print(list(t))
t2 = thrower()
next(t2)
try:
    t2.throw(IndexError)
except IndexError as e:
    print("type thrown:", repr(e))
try:
    next(t2)
except StopIteration:
    print("exhausted after throw")


def catches_and_yields():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            yield f"handled {type(e).__name__}"


h = catches_and_yields()
next(h)
print(h.throw(TypeError("x")), next(h), h.throw(OSError), next(h))


def raises_inside():
    yield 1
    raise ValueError("from generator")


try:
    for x in raises_inside():
        print("item", x)
except ValueError as e:
    print("caught", e)


def pep479():
    yield 1
    raise StopIteration("inner")


try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)


def self_running():
    yield me.send(None)


me = self_running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def finally_yield():
    try:
        yield "a"
    finally:
        yield "b"


fy = finally_yield()
print(next(fy), next(fy))
try:
    next(fy)
except StopIteration:
    print("stop")

g5 = thrower()
next(g5)
try:
    g5.throw(ValueError, ValueError("inst"))
except ValueError as e:
    print("two-arg throw:", e)
