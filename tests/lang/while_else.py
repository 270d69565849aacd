# while loops: else runs when the condition becomes false, not after break.

i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("else after normal end, i =", i)

i = 0
while i < 10:
    if i == 2:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")

while False:
    print("never")
else:
    print("else of a loop that never ran")

# continue skips to the condition; else still runs
n = 0
odds = []
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    odds.append(n)
else:
    print("odds", odds)

# nested whiles, break only leaves the inner one
a = 0
pairs = []
while a < 3:
    b = 0
    while True:
        if b > a:
            break
        pairs.append((a, b))
        b += 1
    a += 1
print(pairs)

# while with a complex condition and a countdown
stack = [1, 2, 3]
while stack and stack[-1] != 1:
    print("pop", stack.pop())
print(stack)

# while True with return from a function
def find(seq, target):
    idx = 0
    while True:
        if idx >= len(seq):
            return -1
        if seq[idx] == target:
            return idx
        idx += 1
print(find("hello", "l"), find("hello", "z"))

# else runs even when the body raised and was caught inside
k = 0
while k < 2:
    try:
        raise ValueError(k)
    except ValueError as e:
        print("caught", e)
    k += 1
else:
    print("else after caught exceptions")

# a return from inside a while's else
def g(limit):
    j = 0
    while j < limit:
        j += 1
    else:
        return "else returned %d" % j
print(g(4))
# a collatz sequence
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
