# textwrap: how words are cut (hyphens between letters, em-dashes, digits, underscores, non-ASCII), dedent and indent edge cases
import textwrap
w = textwrap.TextWrapper()
for s in ['ab-cd', 'a-b', 'a-b-cd', 'x-y-z-w', 'abc--def', 'a.--b', '--ab', 'ab--', 'ab---cd', '1-2', 'a1-bc', 'ab-1c', 'é-ü', 'éé-üü',
          '__-__', 'ab-c-d', 'ab-c-de', 'a!--b', 'a;--b', 'e-mail pre-processing re-re-entry', '٣٣-ab', 'ab-cd-ef-gh', '-a-b-', 'well--known--words',
          'x\xa0y-zz w', 'a\tb-cc\nd']:
    print(repr(s), w._split(s), textwrap.TextWrapper(break_on_hyphens=False)._split(s), textwrap.TextWrapper(break_on_hyphens=1)._split(s))
for width in [3, 4, 6]:
    print(textwrap.wrap('pre-processing well-known--words ---- a-b-c-d-e', width))
    print(textwrap.wrap('pre-processing well-known--words ---- a-b-c-d-e', width, break_on_hyphens=False))
print(textwrap.wrap('x' * 10, 3, initial_indent='>>'), textwrap.wrap('The end.  Next one! "Quoted." Mr. X', 12, fix_sentence_endings=True))
print(textwrap.wrap('   leading and trailing   ', 8), textwrap.wrap('   leading and trailing   ', 8, drop_whitespace=False))
print(textwrap.wrap('one two three four five six', 9, max_lines=2, placeholder=' ...'), textwrap.wrap('aaaa bbbb', 4, max_lines=2, placeholder='!'))
print(textwrap.wrap('a b c d e f g', 3, max_lines=2, placeholder='...'), textwrap.shorten('  lots   of\t\tspace \n here ', 12))
tw = textwrap.TextWrapper(width=10, subsequent_indent='  ')
print(tw.fill('tab\tseparated\twords here'), tw.wrap(''), tw.wrap('   '))
for s in ['\t a\n\t b', '  a\n\tb', ' \n  x\n   y\n', 'x\n  y', '\n\n', '  \t\n  a\n', '    a\r\n    b\r\n', '\x0c  a\n  b', ' a\n\n \n  b']:
    print(repr(s), repr(textwrap.dedent(s)))
print(repr(textwrap.indent('a\r\nb\n\n c\u2028d', '| ')), repr(textwrap.indent('a\n \nb', '- ', lambda line: not line.isspace())), repr(textwrap.indent('', 'x')))
