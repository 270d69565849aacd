# for loops over every kind of iterable, with else, break and continue.

for c in "abc":
    print(c, end=" ")
print()
for x in [1, 2, 3]:
    pass
else:
    print("else ran, x =", x)
for x in []:
    print("never")
else:
    print("else of an empty loop")

def is_prime(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")

for n in range(2, 10):
    is_prime(n)

for k in {"x": 1, "y": 2}:
    print("key", k)
for t in (1, "two", 3.0):
    print(type(t).__name__, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in reversed(range(3)):
    print(i, end=" ")
print()
# mutating the loop variable does not affect iteration
for i in range(3):
    print(i, end=" ")
    i = 100
print(i)
# the loop sees appends to the list it iterates
lst = [1, 2, 3]
for v in lst:
    if v < 3:
        lst.append(v + 10)
print(lst)
# nested loops with for/else on both levels
for a in range(3):
    for b in range(3):
        if a == b == 1:
            print("inner break at", a, b)
            break
    else:
        print("inner else for a =", a)
else:
    print("outer else")
# enumerate and zip
for i, ch in enumerate("xyz", start=1):
    print(i, ch, end="; ")
print()
for p, q in zip([1, 2, 3], "ab"):
    print(p, q, end="; ")
print()
# an iterator object that is consumed
it = iter(range(6))
for v in it:
    if v == 2:
        break
print("rest:", list(it))
# else with continue in the body
total = 0
for v in range(6):
    if v % 2:
        continue
    total += v
else:
    print("total of evens", total)
# iterating a non-iterable
try:
    for v in 5:
        pass
except TypeError as e:
    print("TypeError", e)
