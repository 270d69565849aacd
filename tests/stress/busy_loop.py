# Run with ATOLL_WORKERS=1: a task in a busy loop must give the one worker
# up, so that other tasks (of its interpreter and of others) still run and
# finish; the busy loops end only when those others tell them to.
import subinterpreters as si


def spin(stop):
    n = 0
    while not stop.closed:
        n += 1
    return n > 0


def spin_calls(stop):
    def step(x):
        return x + 1
    n = 0
    while not stop.closed:
        n = step(n)
    return n > 0


def pingpong(a, b, rounds):
    for i in range(rounds):
        a.send(i)
        if b.recv() != i:
            return False
    return True


def pong(a, b):
    for x in a:
        b.send(x)


def count_to(n):
    total = 0
    for i in range(n):
        total += i
    return total


if __name__ == "__main__":
    me = si.get_current()
    other = si.create("other")
    stop = si.Channel()
    # busy loops in this interpreter and in another, started first
    spinners = [me.run(spin, stop), other.run(spin, stop), other.run(spin_calls, stop), me.run(spin_calls, stop)]
    # work that needs the worker too: computation, and a ping-pong across islands
    a, b = si.Channel(), si.Channel()
    third = si.create("third")
    p = third.run(pong, a, b)
    print("ping-pong done", me.run(pingpong, a, b, 200).result())
    print("counted", other.run(count_to, 100000).result(), me.run(count_to, 1000).result())
    a.close()
    p.join()
    stop.close()
    print("spinners ended", [t.result() for t in spinners])
    other.destroy()
    third.destroy()
