# Channels: rendezvous (capacity 0) and buffered semantics, len, capacity,
# closed, constructor errors; values cross by the sharing rules.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work


def rendezvous_sender(ch, log):
    # log is a buffered channel: each step is recorded in order
    for i in range(3):
        log.send("sending %d" % i)
        ch.send(i)
        log.send("sent %d" % i)
    return "sender done"


def fill(ch, n, log):
    for i in range(n):
        ch.send(i)
        log.send("put %d" % i)
    log.send("all put")


if __name__ == "__main__":
    r = si.Channel()
    print(r.capacity, r.closed, len(r), type(r) is si.Channel)
    b = si.Channel(3)
    print(b.capacity, b.closed, len(b))
    print(si.Channel(capacity=2).capacity)
    for bad in (-1, "2", 1.5, None):
        try:
            si.Channel(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    try:
        si.Channel(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    for attr in ("capacity", "closed"):
        try:
            setattr(b, attr, 1)
        except AttributeError:
            print("read-only:", attr)

    # rendezvous: a send completes only when a receiver takes the value
    a = si.create("a")
    log = si.Channel(100)
    t = a.run(rendezvous_sender, r, log)
    print(log.recv())                   # sending 0: it waits for us
    try:
        log.recv(timeout=0.2)
        print("the sender went on without a receiver")
    except TimeoutError:
        print("sender blocked until received")
    print(len(r), r.recv())
    print(log.recv())                   # sent 0
    print(r.recv(), r.recv(), t.result())
    print([log.recv_nowait() for _ in range(len(log))])

    # buffered: sends complete at once until the buffer is full
    t = a.run(fill, b, 5, log)
    got = [log.recv() for _ in range(3)]
    print(got, len(b))
    try:
        log.recv(timeout=0.2)
        print("the sender went past a full buffer")
    except TimeoutError:
        print("sender blocked on a full buffer, len", len(b))
    print(b.recv(), log.recv(), len(b))   # one taken, one more put
    print([b.recv() for _ in range(4)], log.recv(), len(b))
    t.join()

    # FIFO order, any value that crosses; copies arrive
    q = si.Channel(10)
    items = [None, 1, "two", (3,), [4], {"five": 5}, {6}, bytearray(b"7"), b"8", 9.5]
    for x in items:
        q.send(x)
    print(len(q), [q.recv() for _ in items] == items)
    lst = [1]
    q.send(lst)
    back = q.recv()
    print(back == lst, back is lst)
    # a channel is its own iterator
    print(iter(q) is q)
    a.destroy()
