# string: Template lookups (keywords before the mapping, defaultdict, KeyError), error positions, custom patterns; Formatter numbering and conversions
import string, collections
T = string.Template
def tryit(f):
    try: return f()
    except Exception as e: return '%s: %s' % (type(e).__name__, e)
for tpl in ['$who likes $what', '${who}x $$ $', 'a\n b $1', 'x\r\n$!', '$$$a ${a} ${ a} ${a', '$a$b$a', '', 'end $']:
    t = T(tpl)
    print(repr(tpl), tryit(lambda: t.substitute(who='tim', what='ham', a=1, b=2)), tryit(lambda: t.safe_substitute({'a': 'A'})), t.is_valid(), t.get_identifiers())
    print(tryit(lambda: t.substitute({'who': 1}, what=2, a=3, b=4)), tryit(lambda: t.substitute({'who': 1}, what=2)), tryit(lambda: t.substitute({}, who=0)))
dd = collections.defaultdict(lambda: 'DEF')
print(T('$x and $y').substitute(dd, y='Y'), T('$x').safe_substitute(dd), T('$x $y').safe_substitute({'x': 1}, y=2))
class P(T):
    delimiter = '%'
    idpattern = '[a-z]+'
class B(T):
    braceidpattern = '[a-z]+-[a-z]+'
class F(T):
    flags = 0
    idpattern = '[a-z]+'
print(P('%a %% %{b} %A %').safe_substitute(a=1, b=2), tryit(lambda: P('%a %1').substitute(a=1)), B('${ab-cd} $ab').substitute({'ab-cd': 1, 'ab': 2}), F('$ab $AB').safe_substitute(ab=1, AB=2))
print(P.pattern.pattern == P.pattern.pattern, P.pattern.groupindex == {'escaped': 1, 'named': 2, 'braced': 3, 'invalid': 4})
fm = string.Formatter()
for fs, a, k in [('{} {}', (1, 2), {}), ('{0} {1} {0}', ('a', 'b'), {}), ('{x.real} {y[1]} {y[0]!r:>5}', (), {'x': 3, 'y': ['p', 'q']}), ('{:{}}|{:{w}}', ('a', 4, 'b'), {'w': 3}),
                  ('{} {0}', (1,), {}), ('{0} {}', (1,), {}), ('{!x}', (1,), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{{}} {a!a}', (), {'a': 'é'}), ('{0[k]}', ({'k': 5},), {}), ('{', (), {}), ('}', (), {})]:
    print(repr(fs), tryit(lambda: fm.format(fs, *a, **k)), tryit(lambda: fs.format(*a, **k)))
print(list(fm.parse('a{b!r:c}d{{e}}')), fm.get_field('0.imag', (5,), {}), fm.convert_field(1, None), tryit(lambda: fm.convert_field(1, 'z')))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs): print('used', sorted(map(str, used)))
Strict().format('{} {a} {1}'.replace('{1}', ''), 1, a=2)
print(string.capwords(' hello   world  '), string.capwords('a-b c-d', '-'), string.capwords('ONE two', None))
print(__import__("string").Template("abc $$").substitute(None))
