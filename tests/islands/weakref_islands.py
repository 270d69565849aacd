# Weak references on islands running in parallel: each interpreter keeps
# its own table of weak references, and its callbacks run in its own code
# (here at its gc.collect()), never on another island's thread. Most of the
# objects each island drops are found dead and their callbacks run.
import subinterpreters as si
import weakref, gc

def work(n):
    import weakref, gc
    class O: pass
    log = []
    def make():
        return [weakref.ref(O(), log.append) for _ in range(n)]
    total = 0
    for k in range(20):
        refs = make()
        junk = [[i] for i in range(20000)]
        gc.collect()
        total += len(log); log.clear()
    return total > 20 * n * 0.9

if __name__ == "__main__":
    tasks = [si.create().run(work, 500) for _ in range(4)]
    print([t.result() for t in tasks], work(500))
