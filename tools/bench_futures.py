"""bench_futures.py - what concurrent.futures costs and gains (not a test).

    build-rel/atoll tools/bench_futures.py [N]    # SubinterpreterExecutor
    python3 tools/bench_futures.py [N]            # ProcessPoolExecutor, to compare

1. Overhead: executor.map over N (default 100,000) calls of a function that
   returns its argument, default chunksize (1), then chunksize=1000: wall
   time per call, and the CPU time (user+sys, all threads) it took.
2. Speedup: a CPU-bound map (16 calls of ~a tenth of a second) on 1 worker
   and on 2, against the same calls run one after another in this process.

Each figure is the best of REPEAT (default 3) runs: the machine may be busy
with other work, which only ever makes a run slower.
"""
import os
import sys
import time

if sys.implementation.name == 'atoll':
    from concurrent.futures import SubinterpreterExecutor as Executor
else:
    from concurrent.futures import ProcessPoolExecutor as Executor


def tiny(x):
    return x


def spin(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def cpu():
    """CPU seconds of this process's threads and of its finished children."""
    if hasattr(os, 'times'):
        t = os.times()
        return t[0] + t[1] + t[2] + t[3]
    return time.process_time()


def best(fn, repeat):
    """(wall, cpu) of the fastest of repeat runs of fn()."""
    runs = []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), cpu()
        fn()
        runs.append((time.perf_counter() - w0, cpu() - c0))
    return min(runs)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    repeat = int(os.environ.get('REPEAT', '3'))
    name = '%s %s' % (sys.implementation.name, Executor.__name__)
    print('%s, %d CPUs' % (name, os.cpu_count()))

    with Executor(2) as ex:
        list(ex.map(tiny, range(100)))           # workers up, modules imported
        for chunksize in (1, 1000):
            def run():
                r = list(ex.map(tiny, range(n), chunksize=chunksize))
                assert r[-1] == n - 1
            wall, used = best(run, repeat)
            print('map of %d tiny calls, chunksize=%d: %.2f us/call wall, %.2f us/call cpu'
                  % (n, chunksize, wall / n * 1e6, used / n * 1e6))

    size, calls = 1000000, 16
    args = [size] * calls
    expect = [spin(size)] * calls
    serial, _ = best(lambda: [spin(a) for a in args], repeat)
    print('cpu-bound: %d calls of spin(%d) in this process: %.3f s' % (calls, size, serial))
    for workers in (1, 2):
        with Executor(workers) as ex:
            list(ex.map(spin, [10] * workers))
            def run():
                assert list(ex.map(spin, args)) == expect
            wall, used = best(run, repeat)
        print('cpu-bound on %d worker(s): %.3f s wall, %.3f s cpu, speedup %.2fx over serial'
              % (workers, wall, used, serial / wall))
    if sys.implementation.name == 'atoll':
        # what the machine gives now: the same calls split over two
        # interpreters by hand (subinterpreters.run), no executor
        import subinterpreters as si
        pair = [si.create(), si.create()]
        for interp in pair:
            interp.call(spin, 10)
        def by_hand():
            tasks = [interp.run(spin_many, args[i::2]) for i, interp in enumerate(pair)]
            for t in tasks:
                t.join()
        wall, used = best(by_hand, repeat)
        print('ceiling, two interpreters by hand: %.3f s wall, %.3f s cpu, speedup %.2fx over serial'
              % (wall, used, serial / wall))


def spin_many(sizes):
    return [spin(n) for n in sizes]


if __name__ == '__main__':
    main()
