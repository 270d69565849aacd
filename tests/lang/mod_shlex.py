# shlex: split, quote, join and the shlex class in both modes
import shlex
from io import StringIO

cases = [
    'a b c',
    '  leading and trailing  ',
    "foo 'bar baz' \"qu ux\"",
    'a"b c"d',
    "it\\'s here",
    r'"esc \" inside" "back\\slash" "keep \n"',
    r"'single \" \\ stays'",
    'x#not comment # comment',
    'a\tb\nc\rd',
    '',
    '   ',
    "''",
    '"" x ""',
    'a\\ b',
    'ab\\',
    'trailing\\\\',
    'pipe|cmd;x&&y',
    'unicode ßtraße über',
    "mixed'quote'\"d\"end",
]
for s in cases:
    for posix in (True, False):
        try:
            print(repr(s), posix, shlex.split(s, posix=posix))
        except ValueError as e:
            print(repr(s), posix, 'ValueError:', e)

for s in ['a # b', 'a#b c', "x 'a#b' # tail\nnext line"]:
    print(repr(s), shlex.split(s, comments=True), shlex.split(s, comments=True, posix=False))

for bad in ['"unclosed', "'unclosed", 'end\\', '"esc\\', 'ok "a\\"']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, 'ValueError:', e)

# quote and join
for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'x=y,z:w/p.q-r@s%t+u',
          'tab\there', 'ünï', '*', "''", 'new\nline']:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s] if s else shlex.split(q))
print(shlex.join(['ls', '-l', 'my file', "it's", '']))
print(shlex.split(shlex.join(['a b', 'c"d', "e'f"])))

# the class, non-POSIX (default)
def tokens(lex):
    out = []
    while True:
        t = lex.get_token()
        if t == lex.eof:
            break
        out.append((t, lex.lineno))
    return out

lex = shlex.shlex('foo = "bar baz"; x+=1 # comment\nnext \'q\' line')
print(lex.posix, repr(lex.eof), lex.commenters, repr(lex.whitespace), lex.quotes, lex.escape)
print(tokens(lex))
print(repr(lex.get_token()), repr(lex.get_token()))

lex = shlex.shlex('foo = "bar baz"; x+=1 # comment\nnext \'q\' line', posix=True)
print(lex.posix, repr(lex.eof))
print(tokens(lex))
print(repr(lex.get_token()))

print(list(shlex.shlex('a.b-c d/e')))
print(list(shlex.shlex('a.b-c d/e', posix=True)))
lex = shlex.shlex('a.b-c d/e')
lex.whitespace_split = True
print(list(lex))

# custom character classes
lex = shlex.shlex('a.b-c d/e', posix=True)
lex.wordchars += '.-/'
print(list(lex))
lex = shlex.shlex('key:value,other:thing')
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a %comment\nb # no', posix=True)
lex.commenters = '%'
print(list(lex))
lex = shlex.shlex("a |b c| 'd'", posix=True)
lex.quotes = '|'
print(list(lex))
lex = shlex.shlex('a^ b "c^"d" e', posix=True)
lex.escape = '^'
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("'a\\'b' \"c\\\"d\"", posix=True)
lex.escapedquotes = '"\''
print(list(lex))

# punctuation_chars
for s in ['a && b || c', 'ls -l > out.txt; echo ~/x*.py', 'cmd(a);b<<c', 'x=1 y=2|z',
          'a #c\nb;', "echo 'a;b' \"c|d\"&"]:
    print(repr(s), list(shlex.shlex(s, posix=True, punctuation_chars=True)),
          list(shlex.shlex(s, punctuation_chars=True)))
lex = shlex.shlex('a ;; b', punctuation_chars=';')
print(lex.punctuation_chars, repr(lex.wordchars[-10:]), list(lex))
lex = shlex.shlex('a&&b', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
try:
    lex.punctuation_chars = 'x'
except AttributeError as e:
    print('AttributeError')
print(repr(shlex.shlex('x').punctuation_chars))

# push_token, lineno, error_leader, push_source
lex = shlex.shlex('one\ntwo\n\nthree', infile='f.txt')
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
lex.push_token('again')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
print(lex.error_leader(), lex.error_leader('g', 7))
lex.push_source('inner1 inner2', 'inner.txt')
print(lex.infile, lex.lineno, lex.get_token(), lex.get_token())
print(lex.get_token(), lex.infile, lex.lineno)
print(list(lex))

lex = shlex.shlex(StringIO('from stream "q"'), posix=True)
print(list(lex), lex.infile)

# iteration errors propagate
try:
    list(shlex.shlex('a "b', posix=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(shlex.shlex('a "b'))
except ValueError as e:
    print('ValueError:', e)
lex = shlex.shlex('a \\', posix=True)
print(lex.get_token())
try:
    lex.get_token()
except ValueError as e:
    print('ValueError:', e)

# outside POSIX mode a comment inside a word is cut out and the word goes on
for s in ["<#='.\n'&", '&#|\n;#1ß', 'ab#c\nde f', 'x;#c\n;y']:
    for punct in (False, True):
        for ws in (False, True):
            lex = shlex.shlex(s, punctuation_chars=punct)
            lex.whitespace_split = ws
            try:
                print(repr(s), punct, ws, [(t, lex.lineno) for t in lex])
            except ValueError as e:
                print(repr(s), punct, ws, 'ValueError:', e)

# every string of up to three characters from a small alphabet, in each mode
import itertools
alphabet = 'a "\'#\\;\n'
for n in range(4):
    for chars in itertools.product(alphabet, repeat=n):
        s = ''.join(chars)
        results = []
        for posix, punct, ws in itertools.product((False, True), repeat=3):
            lex = shlex.shlex(s, posix=posix, punctuation_chars=punct)
            lex.whitespace_split = ws
            try:
                results.append([(t, lex.lineno) for t in lex])
            except ValueError as e:
                results.append(str(e)[3:8])
        print(repr(s), results)
