# Deadlock detection with many tasks: a ring of 200 tasks in 4
# interpreters, each waiting to receive from the one before it, and a main
# task waiting for the ring. Nothing can ever move: atoll names every task
# and what it waits on, and exits with status 1.
import subinterpreters as si

N = 200


def link(inp, out):
    out.send(inp.recv() + 1)


if __name__ == "__main__":
    interps = [si.create("ring%d" % i) for i in range(4)]
    chans = [si.Channel() for _ in range(N)]
    tasks = [interps[i % 4].run(link, chans[i], chans[(i + 1) % N]) for i in range(N)]
    print("ring of", len(tasks), "tasks started")
    tasks[0].join()
