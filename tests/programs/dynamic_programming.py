"""Dynamic programming toolkit: edit distance with the alignment, longest
common subsequence, 0/1 knapsack with the chosen items, coin change (ways
and fewest coins), longest increasing subsequence, matrix-chain order with
its parenthesisation, and a memoising decorator with hit statistics."""
import functools


def memoize(func):
    cache = {}
    stats = {"hits": 0, "misses": 0}

    @functools.wraps(func)
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
            return cache[args]
        stats["misses"] += 1
        result = cache[args] = func(*args)
        return result

    wrapper.stats = stats
    wrapper.cache_clear = cache.clear
    return wrapper


def edit_distance(a, b):
    rows, cols = len(a) + 1, len(b) + 1
    d = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        d[i][0] = i
    for j in range(cols):
        d[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    # walk back for the alignment
    i, j, top, mid, bot = len(a), len(b), [], [], []
    while i or j:
        if i and j and d[i][j] == d[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            top.append(a[i - 1]); bot.append(b[j - 1]); mid.append("|" if a[i - 1] == b[j - 1] else "*")
            i, j = i - 1, j - 1
        elif i and d[i][j] == d[i - 1][j] + 1:
            top.append(a[i - 1]); bot.append("-"); mid.append(" ")
            i -= 1
        else:
            top.append("-"); bot.append(b[j - 1]); mid.append(" ")
            j -= 1
    return d[-1][-1], ["".join(reversed(x)) for x in (top, mid, bot)]


def lcs(a, b):
    @memoize
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        left, right = go(i + 1, j), go(i, j + 1)
        return left if len(left) >= len(right) else right
    return go(0, 0), go.stats


def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for k, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[k][c] = best[k - 1][c]
            if weight <= c:
                best[k][c] = max(best[k][c], best[k - 1][c - weight] + value)
    chosen, c = [], capacity
    for k in range(len(items), 0, -1):
        if best[k][c] != best[k - 1][c]:
            name, weight, _ = items[k - 1]
            chosen.append(name)
            c -= weight
    return best[-1][-1], sorted(chosen)


def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]


def fewest_coins(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    used = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a], used[a] = best[a - coin] + 1, coin
    if best[amount] == INF:
        return None
    change, a = [], amount
    while a:
        change.append(used[a])
        a -= used[a]
    return sorted(change, reverse=True)


def longest_increasing(seq):
    import bisect
    tails, prev, idx = [], [None] * len(seq), []
    for i, v in enumerate(seq):
        k = bisect.bisect_left(tails, v)
        if k == len(tails):
            tails.append(v)
            idx.append(i)
        else:
            tails[k] = v
            idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i])
        i = prev[i]
    return out[::-1]


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = min((cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k)
                             for k in range(i, j))[0]
            split[i][j] = min((cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1], k)
                              for k in range(i, j))[1]

    def paren(i, j):
        if i == j:
            return f"M{i + 1}"
        return f"({paren(i, split[i][j])} x {paren(split[i][j] + 1, j)})"
    return cost[0][n - 1], paren(0, n - 1)


@memoize
def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, largest) + 1))


if __name__ == "__main__":
    for a, b in [("kitten", "sitting"), ("intention", "execution"), ("", "abc"), ("same", "same")]:
        dist, (top, mid, bot) = edit_distance(a, b)
        print(f"{a!r} -> {b!r}: {dist}")
        for row in (top, mid, bot):
            print("   ", row)
    seq, stats = lcs("AGGTABQWERTY", "GXTXAYBWRTZY")
    print("LCS:", seq, stats)
    items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
             ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
    print("knapsack:", knapsack(items, 200))
    print("coin ways:", coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200), coin_ways([2], 3))
    print("fewest coins:", fewest_coins([1, 5, 10, 25], 63), fewest_coins([4, 7], 5), fewest_coins([3, 7], 20))
    print("LIS:", longest_increasing([10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20]), longest_increasing([]))
    print("matrix chain:", matrix_chain([40, 20, 30, 10, 30]), matrix_chain([10, 20, 30]))
    print("partitions:", [partitions(n) for n in range(1, 16)], partitions(100))
    print("memo:", partitions.stats, partitions.__name__)
    partitions.cache_clear()
    print(partitions(5), partitions.stats["misses"] > 0)
