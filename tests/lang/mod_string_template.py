from string import Template
class P(Template):
    delimiter = '%'
class B(Template):
    braceidpattern = r'[a-z]+\.[a-z]+'
class U(Template):
    idpattern = r'[A-Z]+'
    flags = 0
class Q(U):
    pass
d = {'who': 'tim', 'what': 'kung pao', 'a.b': 'AB', 'X': 1, 'XY': 2}
for cls, s in [(Template, '$who likes $what'), (P, '%who likes %what %% 100%'), (B, '${a.b} $who'), (U, '$XY $X $x'), (Q, '$XYz')]:
    t = cls(s)
    print(t.safe_substitute(d), t.is_valid(), t.get_identifiers())
    try: print(t.substitute(d))
    except (KeyError, ValueError) as e: print(type(e).__name__, e)
print(U.pattern.pattern.strip()[:20], U.pattern.flags, Q._custom if hasattr(Q, '_custom') else True)
t = U('line1\nab $ x')
try: t.substitute()
except ValueError as e: print(e)
class R(Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))'
print(R('@a @{b} @@ @').safe_substitute(a=1, b=2))
