# 10,000 tasks parked at once (on channels, in 4 interpreters and in this
# one), then all released: half by values sent to them, half by close();
# each gets exactly one outcome.
import subinterpreters as si

TASKS = 10000


def waiter(gate, ready, i):
    ready.send(i)
    try:
        return gate.recv()
    except si.ChannelClosed:
        return -1


if __name__ == "__main__":
    interps = [si.create() for _ in range(4)] + [si.get_current()]
    gate = si.Channel()
    ready = si.Channel(TASKS)
    tasks = [interps[i % 5].run(waiter, gate, ready, i) for i in range(TASKS)]
    started = sum(ready.recv() for _ in range(TASKS))
    print("started", started == TASKS * (TASKS - 1) // 2, "alive", sum(t.is_alive() for t in tasks))
    half = TASKS // 2
    for v in range(1, half + 1):
        gate.send(v)
    gate.close()
    results = [t.result() for t in tasks]
    got = sorted(r for r in results if r > 0)
    print("released by value", len(got), got == list(range(1, half + 1)),
          "by close", results.count(-1), "alive", sum(t.is_alive() for t in tasks))
    for i in interps[:4]:
        i.destroy()
