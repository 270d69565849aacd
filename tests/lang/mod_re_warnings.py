# Warnings raised while a pattern is parsed name the caller's line, however
# deep the construct that causes them is nested.
import re
import warnings
warnings.simplefilter('always')


def nested_sets():
    re.compile('[[a]')
    re.compile('(x[[b])')
    re.compile('(?:(?=(?P<n>[[c])))')
    re.compile('a|(?<=[[d])|e')
    re.compile('(?i:[--x])')
    re.findall('(?(1)[a&&b]|[c||d])()', 'abc')


def group_names():
    re.compile(b'(?P<\xe9>x)')
    re.compile(b'(x(?P<\xe9>y))(?P=\xe9)')
    re.compile('(a)(?(\uff11)b|c)')
    re.compile('(a)(?( 1)b|c)')
    re.compile(b'(?P<n>a)(?(1_0)b)' + b'()' * 10)


def templates():
    print(re.sub('(a)', r'\g<１>', 'xa'))
    print(re.sub('(a)', r'\g<01>', 'xa'))
    print(re.sub(b'(?P<\xe9>a)', b'[\\g<\xe9>]', b'xa'))


nested_sets()
group_names()
templates()
print(re.compile('[~~a]').pattern, re.compile('a{1,2}?[]-]').pattern)
