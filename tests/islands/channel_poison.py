# poison(): every blocked and later operation raises ChannelPoisoned at
# once, even with values buffered, and even after close(); close() is
# such an operation.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si


def blocked(ch, ready, what):
    ready.send(what)
    try:
        if what == "recv":
            ch.recv()
        elif what == "send":
            ch.send("x")
        elif what == "iter":
            for _ in ch:
                pass
        else:
            si.select(ch, timeout=30)
    except si.ChannelPoisoned as e:
        return "%s: %s" % (what, type(e).__name__)
    return what + ": no error"


def ops(ch):
    out = []
    for name, op in (("send", lambda: ch.send(1)), ("send timeout", lambda: ch.send(1, timeout=0.5)),
                     ("recv", ch.recv), ("recv timeout", lambda: ch.recv(timeout=0.5)),
                     ("send_nowait", lambda: ch.send_nowait(1)), ("recv_nowait", ch.recv_nowait),
                     ("iter", lambda: next(iter(ch))), ("list", lambda: list(ch)),
                     ("select recv", lambda: si.select(ch)), ("select send", lambda: si.select((ch, 1)))):
        try:
            op()
            out.append(name + ": ok")
        except si.ChannelPoisoned as e:
            out.append(name + ": " + type(e).__name__)
    return out


if __name__ == "__main__":
    b = si.Channel(3)
    b.send(1)
    b.send(2)
    b.poison()
    print(len(b), b.closed)
    for line in ops(b):
        print(line)
    print(isinstance(si.ChannelPoisoned(), si.ChannelError))
    b.poison()                     # poisoning again is quiet
    try:
        b.close()
        print("close after poison: ok")
    except si.ChannelPoisoned as e:
        print("close after poison:", type(e).__name__)
    print(ops(b)[2])
    c = si.Channel(1)
    c.close()
    c.poison()
    print("poison after close:", ops(c)[2])
    # blocked operations in another interpreter wake at once
    a = si.create("a")
    ready = si.Channel(10)
    for what, cap in (("recv", 0), ("send", 0), ("send", 1), ("iter", 2), ("select", 0)):
        ch = si.Channel(cap)
        if what == "send" and cap:
            ch.send("fill")
        t = a.run(blocked, ch, ready, what)
        ready.recv()
        ch.poison()
        print(t.result())
    # the other interpreter sees the same poisoned channel
    p = si.Channel()
    p.poison()
    print(a.call(ops, p)[:2])
    a.destroy()
