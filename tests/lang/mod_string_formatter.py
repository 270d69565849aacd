import string
f = string.Formatter()
for s in ['a{0!r:>5}b{{c}}', '{}', '{name.attr[0]:{w}}', 'plain', '{{', '}}x', 'x{a}', '{a}{', '{!r}', '{0:}', '{:x}', '{a!s}', '{a:{b}d}e', '}', '{0!}', '{0!rx}', 'a{b']:
    try: print(repr(s), list(f.parse(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
print(f.format('{0}-{x}-{1:>4}-{y[1]}', 1, 2, x='X', y=[0, 'Y']))
print(f.vformat('{a.real!r:>6}', (), {'a': 3}), f.format('{}{}', 1, 2), f.format('{:{}}', 'ab', 5))
for bad in ["f.format('{}{0}', 1)", "f.format('{0}{}', 1)", "f.format('{x}')", "f.format('{0!q}', 1)"]:
    try: eval(bad)
    except Exception as e: print(type(e).__name__, e)
class Upper(string.Formatter):
    def format_field(self, value, spec): return format(value, spec).upper()
    def get_value(self, key, args, kwargs): return kwargs.get(key, '<%s>' % key) if isinstance(key, str) else args[key]
print(Upper().format('{a} {b} {0}', 'zero', a='hi'))
