# Positions found in non-ASCII text that holds NUL characters: counting the
# code points before a hit must not stop at a NUL.
s = "\x00] <a>\xe9"
print(s.find('<'), s.find('a'), s.find('\x00'), s.find('x'), s.rfind('>'))
print(s.index('>'), s.rindex('\x00'), s.find('a', 1, 6))
t = "\xe9\x00\x00\u20acb\x00c"
print(t.find('b'), t.find('c'), t.rfind('\x00'), t.find('\x00', 2), t.count('\x00'))
print(t.partition('b'), t.split('\x00'))
import re
m = re.search('c', t)
print(m.start(), m.span())
