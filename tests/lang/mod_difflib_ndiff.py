# difflib.Differ / ndiff / restore: the '? ' hint lines of nearly equal lines
import difflib

text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError:', e)
# tabs in a changed line keep their place in the hint; trailing blanks go
print(list(difflib.ndiff(['\tif x:\n', 'a\tb  x\n'], ['\tif y:\n', 'a\tc  x \n'])))
# below the 0.75 cutoff: an identical pair is the synchronisation point
print(list(difflib.ndiff(['abc\n', 'same\n', 'xyz\n'], ['qrs\n', 'same\n', 'tuv\n'])))
# no similar pair, no identical one: the shorter side comes first
print(list(difflib.ndiff(['abc\n', 'def\n'], ['xyz\n'])))
print(list(difflib.ndiff(['abc\n'], ['xyz\n', 'uvw\n'])))
# line junk and character junk
print(list(difflib.ndiff(['a\n', '\n', '#\n', 'b\n'], ['\n', 'a\n', '  # \n', 'b\n'], difflib.IS_LINE_JUNK)))
print(list(difflib.Differ(charjunk=lambda c: c == 'x').compare(['axxbxxc\n'], ['axbxc\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'), difflib.IS_CHARACTER_JUNK('x'))
# lines of 200 characters and more: autojunk applies to their characters too
long1 = ('ab c' * 60)[:230] + '\n'
print(list(difflib.ndiff([long1], [long1[:100] + 'Z' + long1[101:]])))

state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

def similar(base):
    s = list(base)
    for _ in range(rnd(5)):
        p = rnd(len(s) + 1)
        k = rnd(4)
        if k == 0:
            s.insert(p, 'ab \tc'[rnd(5)])
        elif k == 1 and s:
            del s[min(p, len(s) - 1)]
        elif s:
            s[min(p, len(s) - 1)] = 'abxy \t'[rnd(6)]
    return ''.join(s)

CHARJUNK = [None, difflib.IS_CHARACTER_JUNK, lambda c: c == 'a']
LINEJUNK = [None, difflib.IS_LINE_JUNK]
for case in range(250):
    bases = [''.join('abcd \t'[rnd(6)] for _ in range(rnd(20))) for _ in range(1 + rnd(3))]
    a = [similar(bases[rnd(len(bases))]) + '\n' for _ in range(rnd(7))]
    b = [similar(bases[rnd(len(bases))]) + '\n' for _ in range(rnd(7))]
    delta = list(difflib.Differ(LINEJUNK[rnd(2)], CHARJUNK[rnd(3)]).compare(a, b))
    ok = list(difflib.restore(delta, 1)) == a and list(difflib.restore(delta, 2)) == b
    print(case, ok, repr(''.join(delta)))
