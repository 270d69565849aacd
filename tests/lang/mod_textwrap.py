import textwrap, random
text = ("The quick brown fox jumps over the lazy dog. Mr. Smith went to Washington -- a well-known city; "
        "self-explanatory hyphenated-words and supercalifragilisticexpialidocious words appear here!  "
        "Tabs\tand\nnewlines are whitespace too. Is it? Yes it is.")
for w in [5, 10, 15, 20, 33, 40, 70, 200]:
    print(w, textwrap.wrap(text, w))
    print(textwrap.fill(text, w, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 30, break_long_words=False))
print(textwrap.wrap(text, 30, break_on_hyphens=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, drop_whitespace=False))
print(textwrap.wrap(text, 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=1, placeholder='...'))
print(textwrap.shorten(text, 40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11))
try: textwrap.shorten(text, 3)
except ValueError as e: print(e)
try: textwrap.wrap(text, 0)
except ValueError as e: print(e)
print(repr(textwrap.dedent('''\
    def f():
        return 1
      
    x = 2
''')))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   a\n  b\n    c")), repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
R = random.Random(5)
words = ['a', 'bb', 'ccc', 'dd-ee', 'f--g', 'long-hyphenated-word', 'x' * 12, 'end.', 'Q?', '"quoted."', '--', '-x-', 'a-b-c']
for i in range(200):
    s = ' '.join(R.choice(words) for _ in range(R.randint(1, 15)))
    w = R.randint(1, 20)
    opts = dict(break_on_hyphens=R.random() < 0.7, break_long_words=R.random() < 0.7, fix_sentence_endings=R.random() < 0.3)
    if R.random() < 0.3: opts['max_lines'] = R.randint(1, 4); opts['placeholder'] = R.choice([' [...]', '..', '~'])
    try: print(textwrap.wrap(s, w, **opts))
    except ValueError as e: print('E', e)
