# Every task waits and nothing can wake any: atoll reports the deadlock,
# naming each task and what it waits on, and exits with status 1. Output
# written before is not lost.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work


def wait_select(a, b):
    si.select(a, (b, 1))


def wait_iter(ch):
    for _ in ch:
        pass


if __name__ == "__main__":
    w = si.create("w")
    never = si.Channel()
    full = si.Channel(1)
    full.send("x")
    tasks = [w.run(work.recv_one, never), w.run(work.send_all, full, ["y"]),
             w.run(wait_select, si.Channel(), si.Channel()), si.create().run(wait_iter, si.Channel())]
    tasks[1].name = "sender"
    w.call(work.add, 0)              # the tasks of w have started waiting
    print("waiting for tasks that never end")
    tasks[0].result()
    print("not reached")
