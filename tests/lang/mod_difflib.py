# difflib.SequenceMatcher: matching blocks, opcodes, ratios, ties, junk and autojunk
import difflib
from difflib import SequenceMatcher, Match

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks(), s.bjunk)

# ties: the earliest block in a wins, then the earliest in b
print(SequenceMatcher(None, "abab", "ab").find_longest_match())
print(SequenceMatcher(None, "ab", "abab").find_longest_match())
print(SequenceMatcher(None, "xyab", "abxy").find_longest_match())
print(SequenceMatcher(None, "abcd", "dcba").get_matching_blocks())
print(SequenceMatcher(None, "aaa", "aa").get_opcodes())
# explicit bounds, and the 3.9 defaults
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match(), s.find_longest_match(1, 3), s.find_longest_match(0, 5, 5))
# junk never seeds a block but extends one at both ends
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.get_opcodes())
s = SequenceMatcher(lambda c: c in "xy", "xxabyy", "xabyyy")
print(s.get_matching_blocks(), sorted(s.bjunk))
# autojunk: in a b of 200+ elements, those over 1% + 1 become popular
b = "ab" * 100 + "c"
s = SequenceMatcher(None, "ab" * 3 + "c", b)
print(sorted(s.bpopular), s.get_matching_blocks(), s.ratio())
s = SequenceMatcher(None, "ab" * 3 + "c", b, autojunk=False)
print(sorted(s.bpopular), s.get_matching_blocks(), s.ratio())
s = SequenceMatcher(None, "ab" * 3 + "c", b[:199])
print(sorted(s.bpopular), s.get_matching_blocks())
# popular elements next to a block are taken in before junk
b = list(range(150)) + [0] * 60 + [-1, -1, 500, -1]
a = [0, 0, -1, 500, -1, 0]
s = SequenceMatcher(lambda x: x == -1, a, b)
print(sorted(s.bpopular), sorted(s.bjunk), s.get_matching_blocks())

# empty sequences, caching, set_seq*
s = SequenceMatcher()
print(s.get_opcodes(), s.ratio(), list(s.get_grouped_opcodes()))
s.set_seqs("abc", "abd")
print(s.get_opcodes())
s.set_seq1("xbd")
print(s.get_opcodes())
s.set_seq2("xbdz")
print(s.get_opcodes(), s.quick_ratio())
print(SequenceMatcher(None, (1, 2, 3), [1, 2, 3]).ratio())
m = Match(1, 2, 3)
print(m, m.a, m.b, m.size, m._fields, SequenceMatcher[int])

# grouped opcodes (and the trimmed ends they leave in the cached opcodes)
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ['i']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
s = SequenceMatcher(None, a, b)
for n in (0, 1, 3):
    print(n, list(SequenceMatcher(None, a, b).get_grouped_opcodes(n)))
codes = s.get_opcodes()
print(codes[0], codes[-1])
list(s.get_grouped_opcodes(2))
print(codes[0], codes[-1], s.get_opcodes() is codes)

# get_close_matches
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('ab', ['ba', 'ab', 'aab', 'abb', 'b'], n=10, cutoff=0.0))
for bad in ((0, 0.6), (3, 1.5), (3, -0.1)):
    try:
        difflib.get_close_matches('a', ['a'], *bad)
    except ValueError as e:
        print('ValueError:', e)

# a deterministic pseudo-random comparison of short and long sequences
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

CODE = {'equal': '=', 'replace': 'r', 'delete': 'd', 'insert': 'i'}
def compact(s):
    return ' '.join('%s%d,%d' % (CODE[t], i2 - i1, j2 - j1) for t, i1, i2, j1, j2 in s.get_opcodes())

JUNK = [None, lambda c: c == 'a', lambda c: c in 'bc']
for case in range(300):
    alpha = 'abcde'[:2 + rnd(4)]
    a = ''.join(alpha[rnd(len(alpha))] for _ in range(rnd(13)))
    b = ''.join(alpha[rnd(len(alpha))] for _ in range(rnd(13)))
    s = SequenceMatcher(JUNK[rnd(3)], a, b)
    print(case, a, b, compact(s), '%.4f' % s.ratio(), tuple(s.find_longest_match(rnd(3), len(a), rnd(3))))
for case in range(40):
    width = 3 + rnd(60)
    a = [rnd(width) if rnd(4) else -rnd(4) for _ in range(rnd(300))]
    b = [rnd(width) if rnd(4) else -rnd(4) for _ in range(150 + rnd(250))]
    s = SequenceMatcher(JUNK[rnd(2)] and (lambda x: x == -1), a, b, autojunk=bool(rnd(4)))
    blocks = s.get_matching_blocks()
    print(case, len(a), len(b), len(s.bpopular), len(s.bjunk), len(blocks),
          sum(x.size for x in blocks), blocks[:3], '%.4f %.4f' % (s.ratio(), s.quick_ratio()))
