# break and continue in nested loops, with flags and with functions.

result = []
for i in range(4):
    for j in range(4):
        if j == i:
            continue
        if j > i:
            break
        result.append((i, j))
print(result)

# breaking out of two loops with a flag
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)

# a while inside a for, continue in each
out = []
for word in ["alpha", "beta", "gamma"]:
    if word.startswith("b"):
        continue
    k = 0
    while k < len(word):
        k += 1
        if word[k - 1] == "a":
            continue
        out.append(word[k - 1])
print("".join(out))

# break inside a deeply nested if
n = 0
while True:
    n += 1
    if n > 2:
        if n % 5 == 0:
            if n > 12:
                break
print("stopped at", n)

# continue in a for loop's last statement, and in a while with else
count = 0
for i in range(10):
    if i % 3:
        continue
    count += 1
print("multiples of 3:", count)
i = 0
while i < 5:
    i += 1
    if i < 5:
        continue
else:
    print("while else after continues, i =", i)

# loop variables keep the value they had at the break
for a in range(100):
    if a * a > 50:
        break
print("a =", a)
# break in a loop inside a function called from a loop
def first_neg(seq):
    for idx, v in enumerate(seq):
        if v < 0:
            break
    else:
        return None
    return idx
for seq in ([1, -2, 3], [1, 2], []):
    print(seq, first_neg(seq))
# three levels deep
hits = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if c == 1:
                continue
            if c == 2 and b == 2:
                break
            hits += 1
print("hits", hits)
