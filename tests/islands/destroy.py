# Subinterpreter.destroy: refused while tasks live, then final; using a
# destroyed interpreter; the context manager; the main and current ones.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work


def try_destroy(interp):
    try:
        interp.destroy()
        return "destroyed"
    except si.InterpreterError as e:
        return "InterpreterError: %s" % e


if __name__ == "__main__":
    a = si.create("a")
    gate = si.Channel()
    t = a.run(work.recv_one, gate)
    print(try_destroy(a))
    print(a in si.list_all(), a.is_running())
    gate.send(1)
    t.join()
    print(try_destroy(a))
    print(a in si.list_all(), a.is_running(), a.id, a.name, repr(a))
    # every later use is an error
    for name, op in (("run", lambda: a.run(work.add, 1)), ("run source", lambda: a.run("x = 1")),
                     ("exec", lambda: a.exec("x = 1")), ("call", lambda: a.call(work.add, 1)),
                     ("destroy", a.destroy)):
        try:
            op()
            print(name, "worked")
        except si.InterpreterError as e:
            print(name, "->", type(e).__name__, e)
    # the task that ran there keeps its result
    print(t.result(), t.interp is a)
    # a task sent over a channel before the destroy is still received
    ch = si.Channel(1)
    b = si.create()
    b.call(work.send_all, ch, ["kept"])
    b.destroy()
    print(ch.recv())
    # the context manager destroys on the way out, also after an error
    with si.create("cm") as c:
        print(c.call(work.add, 2, 3), c in si.list_all())
    print(c in si.list_all(), try_destroy(c))
    try:
        with si.create("cm2") as c2:
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e, c2 in si.list_all())
    # destroyed inside the block: fine
    with si.create() as c3:
        c3.destroy()
    print(c3 in si.list_all())
    # leaving the block while a task lives there is an error
    gate2 = si.Channel()
    try:
        with si.create("busy") as c4:
            t4 = c4.run(work.recv_one, gate2)
    except si.InterpreterError as e:
        print("InterpreterError:", e)
    print(c4 in si.list_all())
    gate2.send("go")
    print(t4.result(), try_destroy(c4))
    # the main interpreter and the current one
    print(try_destroy(si.get_main()))
    e = si.create()
    print(e.call(try_destroy, si.get_main()))
    e.destroy()
    d = si.create("d")
    print(d.call(try_destroy, d))
    d.destroy()
    print([i.name for i in si.list_all()])
