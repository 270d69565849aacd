# Task objects: result, join, timeouts, is_alive, name, id, ident, interp,
# start, repr; joining a task from itself; Subinterpreter.is_running and
# running().
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work


def join_self(which):
    me = si.current_task()
    try:
        if which == "join":
            me.join()
        else:
            me.result(timeout=1)
    except RuntimeError as e:
        return "RuntimeError: %s" % e
    return "no error"


def report_running(ch):
    me = si.current_task()
    here = si.get_current()
    ch.send((here.is_running(), here.running() is me, me.interp is here))
    return ch.recv()


if __name__ == "__main__":
    a = si.create("a")
    gate = si.Channel()
    t = a.run(work.recv_one, gate)
    print(t.is_alive(), t.interp is a, t.name, t.id == t.ident, type(t.id).__name__)
    print(repr(t))
    # timeouts: the task waits on the channel until we send
    for call in (lambda: t.join(timeout=0.05), lambda: t.result(timeout=0.01), lambda: t.join(0),
                 lambda: t.result(0.0), lambda: t.join(timeout=-1)):
        try:
            call()
            print("no timeout")
        except TimeoutError as e:
            print("TimeoutError", e.args)
    print(t.is_alive(), a.is_running())
    gate.send("released")
    print(t.join(), t.result(), t.result(), t.join(timeout=5), t.result(timeout=0))
    print(t.is_alive(), a.is_running(), a.running(), repr(t))
    # bad timeouts
    for bad in ("1", [1]):
        try:
            t.join(timeout=bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        t.result(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    # names: given in order of creation, settable
    u = a.run(work.add, 1, 2)
    print(u.name == "task-%d" % u.id, u.id > t.id, u.result())
    u.name = "renamed"
    print(u.name, repr(u))
    try:
        u.name = 5
    except TypeError as e:
        print("TypeError:", e)
    for attr in ("id", "ident", "interp"):
        try:
            setattr(u, attr, 1)
        except AttributeError:
            print("read-only:", attr)
    try:
        u.start()
    except RuntimeError as e:
        print("RuntimeError:", e)
    # joining a task from itself
    print(a.call(join_self, "join"))
    print(a.call(join_self, "result"))
    me = si.current_task()
    for f in (me.join, me.result):
        try:
            f()
        except RuntimeError as e:
            print("RuntimeError:", e)
    # is_running / running() while a task runs there
    ch = si.Channel()
    v = a.run(report_running, ch)
    print(ch.recv())
    print(a.is_running(), a.running() is None or a.running() is v)
    ch.send("done")
    print(v.result(), a.is_running(), a.running())
    # main is running the main task
    main = si.get_main()
    print(main.is_running(), main.running() is me)
    # a task of the current interpreter, started from here
    w = si.get_current().run(work.add, 40, 2)
    print(w.interp is main, w.result())
    a.destroy()
