# str methods on non-ASCII text: character classes and case mappings over
# whole planes (as checksums), special casing, final sigma, title case,
# identifiers, positions in code points.
def digest(s):
    h = 0
    for ch in s:
        h = (h * 1000003 + ord(ch)) & 0xFFFFFFFFFFFF
    return h

R = range(0, 0x30000)
for name in ['isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isalnum', 'islower',
             'isupper', 'istitle', 'isprintable', 'isidentifier']:
    hits = [i for i in R if getattr(chr(i), name)()]
    print(name, len(hits), sum(hits) % 1000000007)
for name in ['lower', 'upper', 'title', 'casefold', 'swapcase', 'capitalize']:
    out = ''.join(getattr(chr(i), name)() for i in R if i < 0xd800 or i > 0xdfff)
    print(name, len(out), digest(out))
print(repr('\u0130'.lower()), repr('\ufb03'.upper()), repr('\u0149'.upper()), repr('\u1e9e'.lower()))
print('straße'.upper(), 'STRASSE'.lower(), 'straße'.casefold() == 'STRASSE'.casefold())
for s in ['ΣΑΣ', 'ΟΔΟΣ ΟΔΟΣ.', 'Σ', 'AΣ', 'AΣb', "A'Σ", 'AΣ\u0345', 'Σ\u0345A', '1Σ', 'ÀΣ ΣΑ']:
    print(repr(s.lower()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))
for s in ["they're bill's friends", 'ǆemal ǉubljana', 'ﬁne ﬂow', 'hello wORLD', 'ß', 'ŉ', 'élan vital',
          '3rd_place x2y', 'Σίσυφος', 'ǅ', 'ǅa']:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), s.title().istitle())
for s in ['', 'a', 'A', 'aB', 'ǅ', 'Ǆ', 'ǆ', 'ǅa', 'ǅA', 'A1', '1', 'ß', 'ª', 'ʰ', 'Ⅻ', 'ⅻ', 'Ⓐ']:
    print(repr(s), s.islower(), s.isupper(), s.istitle())
for s in ['x', '_x', '1x', 'x1', 'é', 'ǅ', '℘', '℮', '·', 'x·', 'a\u0300', '\u0300', '𝔘𝔫𝔦', 'a-b', '']:
    print(repr(s), s.isidentifier())
for s in ['123', '١٢٣', '²', '½', 'Ⅻ', '一', '๓', '\u0f33', '𝟘', '12a']:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
for s in [' \t\n', '\x1c\x1d\x1e\x1f', '\x85\xa0', '\u2000\u200b', '\u3000', '\ufeff', '']:
    print(repr(s), s.isspace(), s.isprintable())
for s in ['a\u00adb', '\u200e', '\U0001f600', '\ue000', '\U000e0001', '\u0378', 'a b']:
    print(repr(s), s.isprintable(), ascii(s))
t = 'αβγ δεζ αβγ'
print(t.find('γ'), t.rfind('γ'), t.index('δ'), t.count('αβ'), t.find('γ', 3), t.find('γ', 3, 10), t.rfind('γ', 0, -1))
print(t.split(), t.split('β'), t.rsplit('β', 1), t.partition(' '), t.rpartition(' '))
print(t.replace('β', 'B'), t.replace('β', '→', 1), t.replace('', '|', 3), t.upper(), t.title())
print(t.center(15, '·'), t.ljust(13, '-'), t.rjust(13), t.zfill(13), len(t.center(15)))
print(t.startswith('αβ'), t.startswith('βγ', 1), t.endswith('γ', 0, 3), t.endswith(('x', 'αβγ')))
print(t.strip('αγ'), t.lstrip('α'), t.rstrip('γβ'), '\u3000x\u2003'.strip(), 'éaé'.strip('é'))
print(t[::-1], t[2:9:2], t.expandtabs(), 'é\tx\tyz\t'.expandtabs(4), 'é\té\r\tx'.expandtabs(3))
print('x\u2028y\u2029z\x85w\x0bv\x0cu\x1cq\r\np'.splitlines(), 'a\n\nb\n'.splitlines(True))
print('→'.join(['α', 'β', 'γ']), '-'.join('αβγ'), ''.join([]), 'é'.join(['x']))
print('ab\u0301c'.encode(), 'ab\u0301c'.encode('utf-16-le'), len('ab\u0301c'), '\u00e9' == 'e\u0301')
tr = str.maketrans({'α': 'a', 'β': None, 'γ': 'gg', 'δ': 0x394})
print(t.translate(tr), 'abc'.translate({97: 0x1F600}), 'abc'.translate(str.maketrans('abc', 'αβγ', 'b')))
print('%s|%5s|%-5s|%.2s|%c' % ('é', 'ñ', 'ü', 'αβγ', 0x3b1))
print('{:^7}|{:→>5}|{!r}|{!a}'.format('é', 'x', 'é', 'é'))
print(sorted(['é', 'e', 'f', 'É', 'z', 'α']), max('αβγ'), min('αβγ'))
print(repr('\x00\x7f\x80\x9f\xa0\xad\u0378\u2028\ud800\udfff\U0001f600\U0010ffff'))
