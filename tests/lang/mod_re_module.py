# re's module level: flags, escape(), the deprecated template(), Scanner, the cache.
import re, warnings
warnings.simplefilter('always')
def show(w):
    for x in w: print(x.category.__name__, x.message)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(re.template('ab').pattern)
    re.compile('b', re.T)
show(w)
print(re.escape('a.b*c d\t#&~-é'), re.escape(b'x.y\xff '))
print([re.I, re.RegexFlag(512), (re.I|512).name, re.RegexFlag(512).name, ~re.M, re.NOFLAG.name, re.A.value, re.RegexFlag.DOTALL, re.T, re.DEBUG])
print(re.RegexFlag.__name__, re.Pattern, re.Match, re.error, re.__version__, sorted(re.__all__))
sc = re.Scanner([(r'\d+', lambda s, t: int(t)), (r'\s+', None), (r'[a-z]+', lambda s, t: t.upper()), (r'x*', None)])
print(sc.scan('12 ab 3 !'), sc.scan(''), sc.scan('ab'), type(sc.match).__name__)
print(re.compile('a') is re.compile('a'), re.purge(), re.compile('a', re.I) is re.compile('a', 2))
for f in (lambda: re.compile(re.compile('a'), re.I), lambda: re.compile(3), lambda: re.compile(['a']), lambda: re.RegexFlag('x'), lambda: 1 in re.I, lambda: re.compile('(?P<a>x)(?P<a>y)')):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for i in range(600): re.compile('x%d' % i)
print(re.sub('(?P<n>.)', r'<\g<n>>', 'ab'), re.match('(a)(b)', 'ab').expand(r'\2\1'))
print(re.split(r'(,)', 'a,b'), re.findall('a', 'aXa', re.I), [m.span() for m in re.finditer('a', 'aa')], re.subn('a', 'b', 'aa', 1), re.fullmatch('a+', 'aa'), re.search('b', 'ab'))
