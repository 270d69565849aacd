# select(*cases, timeout=None): receive cases (a channel) and send cases
# ((channel, value)), the CLOSED sentinel, timeouts and errors; waiting
# selects woken from another interpreter.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work


def select_recv(chans):
    ch, v = si.select(*chans)
    return (chans.index(ch), v)


def select_send(a, b):
    ch, v = si.select((a, "to a"), (b, "to b"))
    return ("a" if ch is a else "b", v)


def name(ch, names):
    for n, c in names.items():
        if c is ch:
            return n


if __name__ == "__main__":
    a, b, c = si.Channel(1), si.Channel(1), si.Channel()
    names = {"a": a, "b": b, "c": c}
    b.send("in b")
    ch, v = si.select(a, b, c)
    print(name(ch, names), v)
    ch, v = si.select((a, [1, 2]), c)
    print(name(ch, names), v, a.recv())
    # only ready cases are chosen; every ready one can be
    a.send(1)
    b.send(2)
    seen = set()
    for _ in range(200):
        ch, v = si.select(a, b, c)
        seen.add((name(ch, names), v))
        ch.send(v)
    print(sorted(seen))
    print(a.recv(), b.recv())
    # a mix of send and receive cases
    seen = set()
    for _ in range(200):
        a.send("x")
        ch, v = si.select(a, (b, "y"))
        seen.add((name(ch, names), v))
        if ch is b:
            b.recv()
            a.recv()
    print(sorted(seen))
    # the same channel twice
    a.send(5)
    print(si.select(a, a) == (a, 5))
    # timeouts
    for t in (0, 0.0, 0.05, -3):
        try:
            si.select(a, c, timeout=t)
        except TimeoutError as e:
            print("TimeoutError", t, e.args)
    try:
        si.select((c, 1), timeout=0.01)
    except TimeoutError:
        print("TimeoutError on a send case")
    b.send(9)
    print(si.select(a, b, timeout=None)[1])
    # CLOSED: a closed, drained channel is a ready receive case
    d = si.Channel(2)
    d.send("last")
    d.close()
    ch, v = si.select(d)
    print(ch is d, v)
    ch, v = si.select(d, c)
    print(ch is d, v is si.CLOSED, v, repr(v), str(v))
    print(si.select(d, timeout=0)[1] is si.CLOSED)
    try:
        si.select((d, 1))
    except si.ChannelClosed:
        print("send case on a closed channel: ChannelClosed")
    p = si.Channel()
    p.poison()
    try:
        si.select(p)
    except si.ChannelPoisoned:
        print("receive case on a poisoned channel: ChannelPoisoned")
    # woken from another interpreter
    i = si.create("other")
    x, y = si.Channel(), si.Channel()
    t = i.run(select_recv, [x, y])
    y.send({"data": [1]})
    print(t.result())
    t = i.run(select_send, x, y)
    print(y.recv(), t.result())
    t = i.run(work.recv_one, x)
    ch, v = si.select((x, "sent by select"), (y, "never"))
    print(ch is x, v, t.result())
    t = i.run(work.send_all, y, ["from other"])
    ch, v = si.select(x, y, timeout=30)
    print(ch is y, v, t.result())
    # closing or poisoning wakes a waiting select
    t = i.run(select_recv, [x, y])
    i.call(work.add, 0)          # runs after the select started waiting
    x.close()
    print(t.result()[0], t.result()[1] is si.CLOSED)
    # errors
    for args, kw in (((), {}), ((1,), {}), ((a, 1), {}), (((a,),), {}), (((a, 1, 2),), {}), (((1, 2),), {}),
                     ((a,), {"timeout": "x"}), ((a,), {"other": 1}), (([a, 1],), {})):
        try:
            si.select(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    class C:
        pass
    try:
        si.select((a, C()))
    except si.NotShareableError as e:
        print("NotShareableError:", e)
    i.destroy()
