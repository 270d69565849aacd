# A channel sent over a channel is the same channel: replies come back on
# it; channels inside containers and as arguments are shared, not copied.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si


def server(requests):
    # each request carries the channel to answer on
    served = 0
    for reply_to, n in requests:
        reply_to.send(n * n)
        served += 1
    return served


def client(requests, values):
    mine = si.Channel()
    out = []
    for n in values:
        requests.send((mine, n))
        out.append(mine.recv())
    return out


def hand_back(chan_of_chans):
    c = chan_of_chans.recv()
    c.send("sent on the channel I was given")
    return c is chan_of_chans


def state(ch):
    return (ch.closed, ch.capacity, len(ch), repr(ch).split(" at ")[0])


if __name__ == "__main__":
    s = si.create("server")
    c1 = si.create("client1")
    c2 = si.create("client2")
    requests = si.Channel()
    srv = s.run(server, requests)
    t1 = c1.run(client, requests, [1, 2, 3])
    t2 = c2.run(client, requests, [10, 20])
    print(t1.result(), t2.result())
    mine = si.Channel()
    requests.send((mine, 7))
    print(mine.recv())
    requests.close()
    print(srv.result())
    # a channel through a channel, then used by both sides
    cc = si.Channel(1)
    inner = si.Channel(1)
    t = c1.run(hand_back, cc)
    cc.send(inner)
    print(inner.recv(), t.result())
    # channels in containers cross as themselves
    box = si.Channel(1)
    box.send({"chans": [inner, cc], "t": (inner,)})
    got = box.recv()
    print(got["chans"][0] is inner, got["chans"][1] is cc, got["t"][0] is inner)
    # closed and poisoned state is the channel's, seen everywhere
    inner.close()
    print(c2.call(state, inner), c2.call(state, cc))
    cc.poison()
    print(c2.call(state, cc))
    for i in (s, c1, c2):
        i.destroy()
