# difflib.unified_diff, context_diff and diff_bytes: headers, range formats, context size
import difflib

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
for line in difflib.unified_diff('one two three four'.split(), 'zero one tree four'.split(),
                                 'Original', 'Current', '2005-01-26 23:30:50', '2010-04-02 10:20:52', lineterm=''):
    print(line)
for line in difflib.context_diff('one two three four'.split(), 'zero one tree four'.split(),
                                 'Original', 'Current', '2005-01-26 23:30:50', '', lineterm=''):
    print(line)

# range formats: empty, one-line and longer ranges, n=0 and n larger than the file
cases = [([], []), (['a'], []), ([], ['a']), (['a'], ['b']), (['a', 'b', 'c'], ['a', 'c']),
         (['a', 'c'], ['a', 'b', 'c']), (list('abcdefghij'), list('abXdefghYj'))]
for a, b in cases:
    for n in (0, 1, 3, 20):
        print(n, a, b)
        print(list(difflib.unified_diff(a, b, n=n, lineterm='')))
        print(list(difflib.context_diff(a, b, n=n, lineterm='')))

# generators: type checks happen on the first next()
g = difflib.unified_diff([b'a'], ['b'])
print(type(g).__name__)
for args, kw in [(([b'a'], ['b']), {}), ((['a'], [1]), {}), ((['a'], ['b']), {'fromfile': b'x'}),
                 ((['a'], ['b']), {'lineterm': None})]:
    for func in (difflib.unified_diff, difflib.context_diff):
        try:
            list(func(*args, **kw))
        except TypeError as e:
            print('TypeError:', e)

# diff_bytes: any byte goes through
a = [b'caf\xe9\n', b'same\n', b'\xff\xfe\n']
b = [b'cafe\n', b'same\n', b'\xff\n']
print(list(difflib.diff_bytes(difflib.unified_diff, a, b, b'o\xf1e', b'two', b'd1', b'd2')))
print(list(difflib.diff_bytes(difflib.context_diff, a, b, n=0, lineterm=b'')))
for bad in ((['a'], [b'b']), ([b'a'], [b'b'], 'x')):
    try:
        list(difflib.diff_bytes(difflib.unified_diff, *bad))
    except TypeError as e:
        print('TypeError:', e, type(e.__cause__).__name__)

state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

pool = ['alpha\n', 'beta\n', 'gamma\n', 'delta\n', '\n', 'x = 1\n', 'y = 2\n', 'pass\n']
for case in range(150):
    a = [pool[rnd(8)] for _ in range(rnd(25))]
    b = a[:]
    for _ in range(rnd(5)):
        p = rnd(len(b) + 1)
        k = rnd(3)
        if k == 0:
            b.insert(p, pool[rnd(8)])
        elif b:
            p = min(p, len(b) - 1)
            if k == 1:
                del b[p]
            else:
                b[p] = pool[rnd(8)]
    n = rnd(4)
    print(case, n, ''.join(x[0] for x in a), ''.join(x[0] for x in b))
    print(repr(''.join(difflib.unified_diff(a, b, 'a', 'b', n=n))))
    print(repr(''.join(difflib.context_diff(a, b, n=n))))
