# ProcessPoolExecutor is the pool of interpreters under CPython's name: the
# example of CPython's documentation runs unchanged (same output), and the
# errors are ProcessPoolExecutor's.
import concurrent.futures
import math

PRIMES = [
    112272535095293,
    112582705942171,
    112272535095293,
    115280095190773,
    115797848077099,
    1099726899285419]


def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False

    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, sqrt_n + 1, 2):
        if n % i == 0:
            return False
    return True


def main():
    with concurrent.futures.ProcessPoolExecutor() as executor:
        for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
            print('%d is prime: %s' % (number, prime))


def fails():
    raise ArithmeticError('in a worker')


def init_fails():
    raise OSError('no')


if __name__ == '__main__':
    main()
    from concurrent.futures.process import BrokenProcessPool
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(abs, [-3, 2, -1], chunksize=2)))
        try:
            ex.submit(fails).result()
        except ArithmeticError as e:
            print('ArithmeticError', e, type(e.__cause__).__name__)
    with concurrent.futures.ProcessPoolExecutor(1, initializer=init_fails) as ex:
        f = ex.submit(abs, 1)
        e = f.exception()
        print(type(e).__name__, isinstance(e, concurrent.futures.BrokenExecutor))
    for kw in ({'max_workers': 0}, {'max_tasks_per_child': 0}, {'max_tasks_per_child': 'x'}):
        try:
            concurrent.futures.ProcessPoolExecutor(**kw)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
