# atexit in islands: each interpreter has its own callbacks; a
# subinterpreter's run when it is destroyed (as CPython runs them when it
# ends one), not while tasks keep it busy; a failing one is reported there;
# those of interpreters still alive at the end run after the main
# interpreter's, oldest first.
import sys
sys.path.append(sys.path[0] + "/mods")
import atexit
import subinterpreters as si
import work
import exits

atexit._clear()
atexit.register(print, "main: last registered, first to run")


def registered_in(interp, *lines):
    interp.exec("import atexit\n" + "\n".join(lines))
    return interp.call(exits.ncallbacks)


if __name__ == "__main__":
    a = si.create("a")
    ch = si.Channel(2)
    print(registered_in(a, "atexit.register(print, 'a: second')",
                        "atexit.register(print, 'a: first')"))
    print(atexit._ncallbacks())      # the main interpreter's count is its own
    # a callback there that talks to this interpreter through a channel
    a.call(exits.register_send, ch, "sent by a's callback")
    print(len(ch))

    # refused while a task lives there: the callbacks wait for the real end
    gate = si.Channel()
    t = a.run(work.recv_one, gate)
    try:
        a.destroy()
    except si.InterpreterError as e:
        print("InterpreterError:", e)
    gate.send("go")
    print(t.result())
    print("destroying a")
    a.destroy()
    print("a destroyed", a in si.list_all(), ch.recv())

    # a failing callback is reported on stderr, the others still run, and
    # the destroy succeeds
    b = si.create("b")
    registered_in(b, "atexit.register(print, 'b: runs after the failure')",
                  "class Bad:\n    def __repr__(self): return '<Bad>'\n"
                  "    def __call__(self): raise OSError('b fails')",
                  "atexit.register(Bad())")
    b.destroy()
    print("b destroyed", b in si.list_all())

    # the context manager destroys on the way out: callbacks run then
    with si.create("c") as c:
        registered_in(c, "atexit.register(print, 'c: at the end of with')")
        print("inside with")
    print("after with")

    # one registered and unregistered there runs nowhere
    d = si.create("d")
    registered_in(d, "def f(): print('d: must not run')", "atexit.register(f)",
                  "atexit.unregister(f)")
    d.destroy()

    # left alive: its callbacks run at the end, after the main interpreter's
    e = si.create("e")
    registered_in(e, "atexit.register(print, 'e: alive at the end')")
    print("end of the main script")
