# Poison shuts down a network of tasks: 4 layers of 25 workers in 5
# interpreters, each worker reading from its layer's channel and writing to
# the next. Poisoning the entrance reaches every worker at once (blocked or
# not); each passes the poison on and ends. First with the network idle
# (every value delivered), then with values in flight.
import subinterpreters as si

LAYERS = 4
WIDTH = 25
VALUES = 50000


def worker(inp, out):
    passed = 0
    try:
        while True:
            out.send(inp.recv() + 1)
            passed += 1
    except si.ChannelPoisoned:
        out.poison()
        return passed


def sink(inp, report):
    got = 0
    try:
        while True:
            x = inp.recv()
            if x != LAYERS:
                raise ValueError("a value skipped a layer: %r" % x)
            got += 1
            if got % 1000 == 0:
                report.send(got)
    except si.ChannelPoisoned:
        return got


def network(interps):
    chans = [si.Channel(i % 2 * 8) for i in range(LAYERS + 1)]   # rendezvous and buffered layers
    workers = [interps[(layer * WIDTH + k) % 5].run(worker, chans[layer], chans[layer + 1])
               for layer in range(LAYERS) for k in range(WIDTH)]
    report = si.Channel(VALUES // 1000)
    s = interps[0].run(sink, chans[LAYERS], report)
    return chans, workers, s, report


def layer_sums(passed):
    return [sum(passed[l * WIDTH:(l + 1) * WIDTH]) for l in range(LAYERS)]


def poisoned_everywhere(chans):
    for c in chans:
        try:
            c.recv_nowait()
            return False
        except si.ChannelPoisoned:
            pass
        except si.ChannelEmpty:
            return False
    return True


if __name__ == "__main__":
    interps = [si.create("n%d" % i) for i in range(5)]
    chans, workers, s, report = network(interps)
    for _ in range(VALUES):
        chans[0].send(0)
    while report.recv() < VALUES:      # everything sent has reached the sink
        pass
    chans[0].poison()
    passed = [t.result() for t in workers]
    print("idle: workers ended", sum(not t.is_alive() for t in workers), "of", len(workers),
          "per layer", layer_sums(passed), "sink", s.result(), "poisoned everywhere", poisoned_everywhere(chans))
    chans, workers, s, report = network(interps)
    for _ in range(VALUES // 2):
        chans[0].send(0)
    chans[0].poison()
    passed = [t.result() for t in workers]
    sums = layer_sums(passed) + [s.result()]
    print("in flight: workers ended", sum(not t.is_alive() for t in workers), "of", len(workers),
          "first layer passed at most what was sent", sums[0] <= VALUES // 2, "no layer passed more than it got", all(a >= b for a, b in zip(sums, sums[1:])),
          "poisoned everywhere", poisoned_everywhere(chans))
    for i in interps:
        i.destroy()
    print("interpreters left", len(si.list_all()))
