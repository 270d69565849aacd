# demo.py - a small tour of what atoll runs today.
import sys


def primes(limit):
    """Sieve of Eratosthenes."""
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    return [i for i, is_prime in enumerate(sieve) if is_prime]


class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds ({self.balance} < {amount})")
        self.balance -= amount
        return self.balance


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


p = primes(100)
print(f"{len(p)} primes below 100, the last ones: {p[-5:]}")
print("2**200 =", 2 ** 200)
gen = fib()
print("fibonacci:", [next(gen) for _ in range(15)])
acct = Account("ada", 100)
try:
    acct.withdraw(30)
    acct.withdraw(100)
except ValueError as e:
    print("error:", e)
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("running on", sys.version.split()[0])
