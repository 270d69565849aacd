# Pipelines of 4 stages, one interpreter each, over buffered and then
# rendezvous channels: every value passes every stage once, in order.
import subinterpreters as si

N = 200000


def source(out, n):
    for i in range(n):
        out.send(i)
    out.close()
    return n


def stage(inp, out, k):
    # each stage applies its own step, so a skipped or repeated stage shows
    n = 0
    for x in inp:
        out.send(x * 3 + k)
        n += 1
    out.close()
    return n


def sink(inp):
    n = total = 0
    last = -1
    in_order = True
    for x in inp:
        n += 1
        total += x
        if x <= last:
            in_order = False
        last = x
    return (n, total, in_order)


def run(capacity):
    interps = [si.create("stage%d" % i) for i in range(4)]
    chans = [si.Channel(capacity) for _ in range(4)]
    src = interps[0].run(source, chans[0], N)
    mids = [interps[i].run(stage, chans[i - 1], chans[i], i) for i in (1, 2, 3)]
    n, total, in_order = sink(chans[3])
    counts = [src.result()] + [t.result() for t in mids]
    # x -> ((x*3+1)*3+2)*3+3 = 27x + 18
    want = 27 * (N * (N - 1) // 2) + 18 * N
    for i in interps:
        i.destroy()
    print("capacity", capacity, "stages passed", counts, "received", n, "checksum ok", total == want,
          "in order", in_order)


if __name__ == "__main__":
    run(128)
    run(0)
