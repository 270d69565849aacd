# demo.py - atoll in one screen: the same CPU-bound work run serially and
# then spread over islands (interpreters with their own objects and lock,
# running in parallel on the scheduler's worker threads), a pipeline of
# tasks joined by channels, and select.
import time
import subinterpreters as si


def count_primes(lo, hi):
    """Primes in [lo, hi) by trial division: pure Python, CPU-bound."""
    count = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def count_share(index, parts, limit, block=1000):
    """The blocks index, index + parts, ... of [0, limit): an even share."""
    return sum(count_primes(lo, min(lo + block, limit)) for lo in range(index * block, limit, parts * block))


def produce(out, n):
    for i in range(n):
        out.send(i)
    out.close()


def square(inp, out):
    for x in inp:                  # iteration ends when inp is closed and drained
        out.send(x * x)
    out.close()


def main():
    limit, parts = 300000, si.workers()

    t0 = time.perf_counter()
    serial = count_primes(0, limit)
    t1 = time.perf_counter()
    islands = [si.create() for _ in range(parts)]
    tasks = [isl.run(count_share, k, parts, limit) for k, isl in enumerate(islands)]
    parallel = sum(task.result() for task in tasks)
    t2 = time.perf_counter()
    for isl in islands:
        isl.destroy()
    print(f"primes below {limit}: {serial} serially in {t1 - t0:.2f} s, "
          f"{parallel} on {parts} islands in {t2 - t1:.2f} s ({(t1 - t0) / (t2 - t1):.1f}x)")

    # a two-stage pipeline across two islands, buffered channels between them
    a, b = si.Channel(64), si.Channel(64)
    stages = [si.create(), si.create()]
    stages[0].run(produce, a, 10000)
    stages[1].run(square, a, b)
    print("sum of squares below 10000:", sum(b))

    # select: whichever channel is ready first
    fast, slow = si.Channel(1), si.Channel(1)
    fast.send("fast")
    ch, value = si.select(slow, fast, timeout=1.0)
    print("select picked:", value)

    try:
        si.create().run(lambda: 1)
    except si.InterpreterError as e:
        print("islands share nothing:", e)


if __name__ == "__main__":
    main()
