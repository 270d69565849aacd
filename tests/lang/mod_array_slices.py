# array slicing against list slicing: every start/stop/step over a small
# range, for getting, deleting and assigning (same size for extended
# slices, any size for simple ones), with an item of each typecode. A
# mismatch prints the case; the counts at the end show what ran.
from array import array as A

BOUNDS = [None, -9, -5, -2, -1, 0, 1, 2, 3, 5, 8]
STEPS = [None, -3, -2, -1, 1, 2, 4]

def values(code, n):
    if code == 'u':
        return [chr(ord('a') + i) for i in range(n)]
    if code in 'fd':
        return [i + 0.5 for i in range(n)]
    return list(range(n))

def check(code, n):
    ran = bad = 0
    src = values(code, n)
    new = values(code, n + 3)[n:] + values(code, n)[:2]
    for start in BOUNDS:
        for stop in BOUNDS:
            for step in STEPS:
                s = slice(start, stop, step)
                ran += 1
                a, l = A(code, src), list(src)
                if a[s].tolist() != l[s] or type(a[s]) is not A or a[s].typecode != code:
                    bad += 1
                    print('get', code, n, s, a[s], l[s])
                del a[s]
                del l[s]
                if a.tolist() != l:
                    bad += 1
                    print('del', code, n, s, a, l)
                a, l = A(code, src), list(src)
                size = len(l[s])
                repl = new[:size] if step not in (None, 1) else new[:(start or 0) % 3]
                try:
                    l[s] = repl
                    lerr = None
                except ValueError as e:
                    lerr = 'ValueError'
                try:
                    a[s] = A(code, repl)
                    aerr = None
                except ValueError as e:
                    aerr = 'ValueError'
                if a.tolist() != l or aerr != lerr:
                    bad += 1
                    print('set', code, n, s, repl, a, l, aerr, lerr)
    return ran, bad

total = failed = 0
for code in 'bBuhHiIlLqQfd':
    for n in (0, 1, 2, 5, 7):
        ran, bad = check(code, n)
        total += ran
        failed += bad
print(total, 'slices,', failed, 'mismatches')

# assigning an array to a slice of itself, and growing or shrinking
for s in [slice(None), slice(2, None), slice(None, 2), slice(1, 3), slice(5, 5), slice(None, None, -1),
          slice(None, None, 2), slice(1, None, 3)]:
    a, l = A('i', range(6)), list(range(6))
    try:
        a[s] = a
        l[s] = l
        print(s, a, a.tolist() == l)
    except ValueError as e:
        print(s, 'ValueError:', e)
a = A('h', range(10))
a[2:8] = A('h', [0]); print(a)
a[1:1] = A('h', [7, 7, 7]); print(a)
a[-2:] = A('h'); print(a)
a[100:] = A('h', [1, 2]); print(a)
a[:-100] = A('h', [3]); print(a)
a[8:2] = A('h', [9]); print(a)
del a[::-2]; print(a)
del a[5:1]; print(a)
del a[:]; print(a, len(a))
print(A('i', range(10))[-100:100:3], A('i', range(10))[::-4], A('u', 'hello')[::-1], A('d', [1.5])[5:], A('q')[::2])
