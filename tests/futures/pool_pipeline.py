# A CPython 3.14 user's script: an InterpreterPoolExecutor for CPU work, its
# futures gathered with as_completed() and callbacks, and interpreters
# feeding each other through queues.
from concurrent.futures import InterpreterPoolExecutor, as_completed
from concurrent import interpreters


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def stage(inq, outq, factor):
    while (item := inq.get()) is not None:
        outq.put(item * factor)
    outq.put(None)


if __name__ == '__main__':
    with InterpreterPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(collatz_steps, n): n for n in (27, 97, 871, 6171, 77031)}
        results = {}
        for fut in as_completed(futures):
            results[futures[fut]] = fut.result()
        print(sorted(results.items()))
        done = []
        fut = pool.submit(collatz_steps, 837799)
        fut.add_done_callback(lambda f: done.append(f.result()))
        fut.result()
        best = max(zip(pool.map(collatz_steps, range(1, 3000), chunksize=100), range(1, 3000)))
        print(best)
    print(done)         # the pool is shut down: its callbacks have run

    # a pipeline of two interpreters joined by queues
    q1, q2, q3 = (interpreters.create_queue() for _ in range(3))
    a, b = interpreters.create(), interpreters.create()
    ta = a.call_in_thread(stage, q1, q2, 10)
    tb = b.call_in_thread(stage, q2, q3, 3)
    for i in range(5):
        q1.put(i)
    q1.put(None)
    out = []
    while (item := q3.get()) is not None:
        out.append(item)
    ta.join()
    tb.join()
    print(out)
    a.close()
    b.close()
