# An array is mutable and not among SPEC §4's copy rules: it cannot cross
# islands, alone or inside a copied container (NotShareableError at the
# sending side, nothing sent), but passes as it is within one interpreter.
# Each interpreter imports the array module and makes arrays of its own.
import subinterpreters as si
from array import array


def echo(x):
    return x


def make(code, items):
    a = array(code, items)
    a.append(a[0])
    return a


def summary(code, items):
    a = make(code, items)
    return a.tolist(), a.tobytes(), a.typecode


def report(f):
    try:
        print("ok", repr(f()))
    except si.NotShareableError as e:
        print("NotShareableError:", e)
    except si.TaskFailed as e:
        print("TaskFailed:", e.type_name, e.message)


if __name__ == "__main__":
    a = array("i", [1, 2])
    print(si.is_shareable(a), si.is_shareable([a]), si.is_shareable((a,)), si.is_shareable(array))
    other = si.create()
    report(lambda: other.call(echo, a))
    report(lambda: other.call(echo, [1, {"k": a}]))
    report(lambda: other.call(echo, (a,)))
    report(lambda: other.call(make, "d", [0.5]))
    report(lambda: other.call(summary, "h", [7, -1]))
    ch = si.Channel(1)
    report(lambda: ch.send_nowait(a))
    print(len(ch))
    report(lambda: si.get_current().call(echo, a) is a)
    report(lambda: si.get_current().call(make, "u", "x"))
    other.destroy()
