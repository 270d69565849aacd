# Loop control in depth: break/continue through try/finally and with, else clauses, nested loops with flags, loop variables afterwards
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        break
    else:
        return None
    return r, c


grid = [[1, 2], [3, 4], [5, 6]]
print(search(grid, 4), search(grid, 9))
for i in range(3):
    pass
print("after loop i =", i)
for j in []:
    pass
print("j" in dir())
n = 10
while n > 0:
    n -= 3
    if n == 4:
        continue
    if n < 0:
        break
else:
    print("never printed")
print(n)
log = []
for k in range(4):
    try:
        if k == 1:
            continue
        if k == 3:
            break
        log.append(k)
    finally:
        log.append(f"f{k}")
else:
    log.append("else")
print(log)
count = 0
while True:
    count += 1
    try:
        if count % 2:
            continue
    finally:
        if count > 5:
            break
print(count)
total = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        total += a * b
print(total)
it = iter(range(5))
for x in it:
    if x == 1:
        print("skipping", next(it))
print(list(it))
