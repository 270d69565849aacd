# close(): receivers drain what was sent, then get ChannelClosed; senders
# get ChannelClosed; blocked receivers and senders are woken; iteration ends
# when the channel is closed and drained.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work


def blocked_recv(ch, ready):
    ready.send("waiting")
    try:
        ch.recv()
    except si.ChannelClosed as e:
        return "recv woken: %s" % type(e).__name__
    return "recv got a value"


def blocked_send(ch, ready):
    ready.send("waiting")
    try:
        ch.send("never taken")
    except si.ChannelClosed as e:
        return "send woken: %s" % type(e).__name__
    return "send went through"


def iterate(ch):
    got = []
    for x in ch:
        got.append(x)
    return got


if __name__ == "__main__":
    b = si.Channel(5)
    for x in "abc":
        b.send(x)
    b.close()
    print(b.closed, len(b), repr(b).split(" at ")[0])
    try:
        b.send("d")
    except si.ChannelClosed as e:
        print("send after close:", type(e).__name__, isinstance(e, si.ChannelError))
    try:
        b.send_nowait("d")
    except si.ChannelClosed:
        print("send_nowait after close: ChannelClosed")
    print(b.recv(), b.recv_nowait(), b.recv(timeout=1))
    for op in (b.recv, b.recv_nowait, lambda: b.recv(timeout=0.01), lambda: b.recv(timeout=0)):
        try:
            op()
        except si.ChannelClosed:
            print("drained: ChannelClosed")
    b.close()                  # closing again is harmless
    print(b.closed, list(b), list(b))

    # blocked receivers and senders in other interpreters are woken
    a = si.create("a")
    ready = si.Channel(10)
    r = si.Channel()
    tasks = [a.run(blocked_recv, r, ready) for _ in range(3)]
    for _ in tasks:
        ready.recv()
    r.close()
    print([t.result() for t in tasks])
    s = si.Channel(1)
    s.send("fills the buffer")
    t = a.run(blocked_send, s, ready)
    ready.recv()
    s.close()
    print(t.result(), s.recv())
    r2 = si.Channel()
    t = a.run(blocked_send, r2, ready)
    ready.recv()
    r2.close()
    print(t.result())

    # iteration: here, there, in a comprehension, with list()
    it = si.Channel(10)
    t = a.run(iterate, it)
    for i in range(5):
        it.send(i)
    it.close()
    print(t.result())
    it = si.Channel()
    t = a.run(work.send_all, it, ["x", "y", "z"], True)
    print([v for v in it], t.result())
    it = si.Channel(4)
    t = a.run(work.send_all, it, list(range(10)), True)
    total = 0
    for v in it:
        total += v
    print(total, t.result())
    e = si.Channel()
    e.close()
    print(list(e), [x for x in e], sum(e))
    a.destroy()
