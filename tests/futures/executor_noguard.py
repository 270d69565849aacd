# A script that makes a pool without the __main__ guard: each worker runs
# the script again to find its functions, and the pool it would make there
# is refused (RuntimeError, as multiprocessing refuses), rather than every
# worker making workers of its own.
from concurrent.futures import SubinterpreterExecutor


def square(x):
    return x * x


with SubinterpreterExecutor(1) as ex:
    try:
        print(ex.submit(square, 3).result())
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(ex.submit(pow, 3, 2).result())
