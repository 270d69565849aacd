# send_nowait/recv_nowait (ChannelFull/ChannelEmpty) and timeouts
# (TimeoutError) on rendezvous and buffered channels; a timed-out operation
# leaves nothing behind.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work


def catch(op):
    try:
        r = op()
        return "ok %r" % (r,)
    except (si.ChannelError, TimeoutError) as e:
        return type(e).__name__


if __name__ == "__main__":
    for cap in (0, 1, 2):
        ch = si.Channel(cap)
        print("capacity", cap)
        print(" recv_nowait on empty:", catch(ch.recv_nowait))
        print(" recv timeout=0:", catch(lambda: ch.recv(timeout=0)))
        print(" recv timeout=0.05:", catch(lambda: ch.recv(timeout=0.05)))
        print(" recv timeout=-1:", catch(lambda: ch.recv(timeout=-1)))
        results = [catch(lambda: ch.send_nowait(i)) for i in range(cap + 1)]
        print(" send_nowait x%d:" % (cap + 1), results, len(ch))
        print(" send timeout=0.05 when full:", catch(lambda: ch.send("late", timeout=0.05)), len(ch))
        print(" send timeout=0 when full:", catch(lambda: ch.send("late", 0)), len(ch))
        print(" drained:", [ch.recv_nowait() for _ in range(len(ch))], catch(ch.recv_nowait))
    print(issubclass(si.ChannelFull, si.ChannelError), issubclass(si.ChannelEmpty, si.ChannelError),
          issubclass(si.ChannelError, Exception), issubclass(TimeoutError, OSError))
    # a rendezvous send_nowait goes through when a receiver waits
    a = si.create()
    r = si.Channel()
    t = a.run(work.recv_one, r)
    while True:
        try:
            r.send_nowait("handed over")
            break
        except si.ChannelFull:
            a.call(work.add, 0)      # let the receiver get there
    print(t.result())
    # and recv_nowait takes from a waiting sender
    t = a.run(work.send_all, r, ["from a waiting sender"])
    while True:
        try:
            print(r.recv_nowait())
            break
        except si.ChannelEmpty:
            a.call(work.add, 0)
    print(t.result())
    # a timed recv that a sender beats gets the value
    t = a.run(work.send_all, r, ["in time"])
    print(r.recv(timeout=30), t.result())
    # timed-out waiters were unlinked: later values go to live receivers only
    ch = si.Channel()
    for _ in range(3):
        catch(lambda: ch.recv(timeout=0.01))
    t = a.run(work.send_all, ch, [1, 2])
    print(ch.recv(), ch.recv(), t.result())
    # keyword and type errors
    for bad in (lambda: ch.send(1, timeout="x"), lambda: ch.recv(timeout=[1]), lambda: ch.send_nowait(),
                lambda: ch.recv_nowait(1), lambda: ch.send(), lambda: ch.send(1, 2, 3), lambda: ch.recv(bogus=1)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    a.destroy()
