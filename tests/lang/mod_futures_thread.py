# ThreadPoolExecutor: at most max_workers calls at once, the initializer once
# per worker, calls submitting calls, cancel_futures, names and errors.
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
from concurrent.futures.thread import BrokenThreadPool

running = {'now': 0, 'most': 0}
inits = []


def busy(delay, tag):
    running['now'] += 1
    running['most'] = max(running['most'], running['now'])
    time.sleep(delay)
    running['now'] -= 1
    return tag


ex = ThreadPoolExecutor(max_workers=3, initializer=inits.append, initargs=('init',))
print(ex._max_workers, ex._thread_name_prefix.startswith('ThreadPoolExecutor-'))
fs = [ex.submit(busy, 0.02, i) for i in range(7)]
print([f.result() for f in fs], running, inits)
time.sleep(0.05)
print(ex.submit(busy, 0, 'again').result(), inits)          # no new initializer run
ex.shutdown()

with ThreadPoolExecutor(2, thread_name_prefix='pool') as ex:
    print(ex._thread_name_prefix)
    # a call that submits to its own pool and waits for the result
    outer = ex.submit(lambda: ex.submit(pow, 2, 10).result() + 1)
    print(outer.result())
    seen = []
    f = ex.submit(busy, 0.01, 'cb')
    f.add_done_callback(lambda g: seen.append(g.result()))
    done, not_done = wait([f, ex.submit(busy, 0.2, 'slow')], return_when=FIRST_COMPLETED)
    print([g.result() for g in done], len(not_done), seen)
    print(list(ex.map(busy, [0.01] * 3, 'xyz')))

ex = ThreadPoolExecutor(1)
fs = [ex.submit(busy, 0.05, i) for i in range(3)]
time.sleep(0.02)
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in fs], fs[0].result(), [f.done() for f in fs])
try:
    ex.submit(print)
except RuntimeError as e:
    print(e)
ex.shutdown()
ex.shutdown()

for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    ThreadPoolExecutor(2, initializer='nope')
except TypeError as e:
    print('TypeError', e)
print(issubclass(BrokenThreadPool, RuntimeError), ThreadPoolExecutor.submit.__doc__ is not None)
