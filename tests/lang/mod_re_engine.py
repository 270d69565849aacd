import re
s = 'ab' * 100000
print(len(re.match('(a|b)*', s).group()), re.match('(a|b)*', s).span(1))
print(re.match(r'(?:a|b)*c', s))
print(len(re.match(r'(?:ab)*?$', s).group()))
print(len(re.findall(r'a(?=b)', s)))
print(len(re.sub(r'(?<=a)b', 'B', s)))
x = 'x' * 1000000
print(len(re.match(r'.*', x).group()), len(re.match(r'(x)*', x).group()), re.search(r'y', x))
print(re.match(r'(x+x+)+y', 'x' * 18))
u = 'é' * 100000 + 'z'
print(re.search('z', u).span(), len(re.findall('é', u)))
import re
def f():
    return re.compile('[[a]')
f()
re.compile('[a&&b]'); re.compile('[a||b]')
re.compile('(?P<a>x)(?(a)y|z)')
p = re.compile(r'(?P<é>x)')
print(p.groupindex)
re.compile(b'(?(1)a|b)(x)')
re.sub('(?P<a>x)', r'\g<0>', 'x')
print(re.compile('a|b|c'), re.compile('(?s)x').flags, re.compile('(?u)x').flags, re.compile(b'(?L)x').flags)
