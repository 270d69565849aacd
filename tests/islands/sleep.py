# time.sleep parks the task: with one worker (this test runs with
# ATOLL_WORKERS=1) other tasks run while it sleeps, and many sleepers wait
# at once.
import sys
sys.path.append(sys.path[0] + "/mods")
import time
import subinterpreters as si


def sleeper(secs, out):
    time.sleep(secs)
    out.send(secs)


def post(ch):
    ch.send("ran while main slept")


if __name__ == "__main__":
    me = si.get_current()
    ch = si.Channel(1)
    me.run(post, ch)
    time.sleep(0.2)
    print(len(ch), ch.recv_nowait())
    # the same across interpreters
    other = si.create()
    other.run(post, ch)
    time.sleep(0.2)
    print(len(ch), ch.recv_nowait())
    # 200 sleepers of 0.2 s each overlap
    out = si.Channel(300)
    t0 = time.monotonic()
    tasks = [me.run(sleeper, 0.2, out) for _ in range(100)] + [other.run(sleeper, 0.2, out) for _ in range(100)]
    for t in tasks:
        t.join()
    elapsed = time.monotonic() - t0
    print(len(out), 0.2 <= elapsed < 5)
    # they wake in the order of their deadlines
    out = si.Channel(10)
    for secs in (0.45, 0.05, 0.25):
        other.run(sleeper, secs, out)
    print([out.recv() for _ in range(3)])
    # sleep(0) returns at once; bad arguments
    print(time.sleep(0), time.sleep(0.0))
    for bad in (-1, "1", None):
        try:
            time.sleep(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
    # a sleep called from C (not straight from the evaluator) still sleeps
    t0 = time.monotonic()
    print(list(map(time.sleep, [0.05, 0.05])), time.monotonic() - t0 >= 0.1)
    other.destroy()
