# ThreadPoolExecutor: calls run in tasks of this interpreter (atoll has no
# threads), so closures, lambdas and shared objects work as with threads;
# blocking calls let the others run. The output is CPython's.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
from concurrent.futures.thread import BrokenThreadPool
import concurrent.futures

log = []


def init(tag):
    log.append(tag)


def boom():
    raise RuntimeError('init failed')


def sleeper(delay, tag):
    time.sleep(delay)
    log.append(tag)
    return tag


if __name__ == "__main__":
    print(issubclass(BrokenThreadPool, concurrent.futures.BrokenExecutor))
    total = []
    with ThreadPoolExecutor(max_workers=3) as ex:
        print(ex.submit(pow, 323, 1235).result() % 1000)
        print(list(ex.map(lambda x, y: x * y, range(5), range(5, 10))))
        fs = [ex.submit(total.append, i) for i in range(10)]
        wait(fs)
        print(sorted(total))
        # three calls that sleep run at the same time, finishing by delay
        t0 = time.monotonic()
        fs = [ex.submit(sleeper, d, t) for d, t in ((0.6, 'slow'), (0.2, 'fast'), (0.4, 'mid'))]
        print([f.result() for f in as_completed(fs)], time.monotonic() - t0 < 1.1)
        counter = {'n': 0}

        def bump():
            counter['n'] += 1
            return counter['n']
        print(sorted(f.result() for f in [ex.submit(bump) for _ in range(5)]), counter)
        print(ex.submit(lambda: 1 / 0).exception())
        print(list(ex.map(str.upper, ['a', 'b'], timeout=5, chunksize=7)))
    try:
        ex.submit(bump)
    except RuntimeError as e:
        print(e)

    log.clear()
    with ThreadPoolExecutor(2, 'named', init, ('ready',)) as ex:
        print(ex.submit(len, log).result() >= 1, set(log))
    ex = ThreadPoolExecutor(1, initializer=boom)
    f = ex.submit(print, 'never')
    print(type(f.exception()).__name__, f.exception())
    try:
        ex.submit(print, 'never')
    except BrokenThreadPool as e:
        print('BrokenThreadPool', e)
    ex.shutdown()

    ex = ThreadPoolExecutor(1)
    fs = [ex.submit(sleeper, 0.1, i) for i in range(4)]
    time.sleep(0.02)            # the worker has taken the first call
    ex.shutdown(wait=True, cancel_futures=True)
    print([f.cancelled() for f in fs], fs[0].result())
    for bad in (0, -2):
        try:
            ThreadPoolExecutor(bad)
        except ValueError as e:
            print(e)
    try:
        ThreadPoolExecutor(1, initializer=3)
    except TypeError as e:
        print(e)
