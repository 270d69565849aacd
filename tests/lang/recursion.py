# Recursion: direct, mutual, deep (within the default limit), with big results.

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fact(0), fact(5), fact(20), fact(30))
print([fib(i) for i in range(15)])

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))

# depth close to the limit of 1000 frames
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))

def sum_list(lst):
    if not lst:
        return 0
    return lst[0] + sum_list(lst[1:])
print(sum_list(list(range(200))))

# Ackermann for small inputs
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3), ack(2, 10))

# Tower of Hanoi move count and first moves
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(10, "A", "C", "B")
print(len(moves), moves[:4])

# permutations by recursion
def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + p)
    return out
print(perms("abc"), len(perms(list(range(5)))))

# recursion over nested structures
def deep_sum(x):
    if isinstance(x, list):
        return sum(deep_sum(i) for i in x)
    return x
print(deep_sum([1, [2, [3, [4, [5]]]], 6]))

# a recursive closure and a recursive lambda
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
gcd = lambda a, b: a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50))
print(sys_limit := __import__("sys").getrecursionlimit())
