# a memoized recursion overflows at the same depth as in CPython (the C lru_cache wrapper counts as a level)
import functools
def find(maxsize):
    lo, hi = 1, 2000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        @functools.lru_cache(maxsize=maxsize)
        def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
        try:
            fib(mid); lo = mid
        except RecursionError:
            hi = mid - 1
    return lo
print(find(None), find(128))
