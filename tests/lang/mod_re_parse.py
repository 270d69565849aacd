import re, warnings
warnings.simplefilter('ignore')
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
p = '{=(?(K'; s = 'a-b,c'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?P='; s = 'a{1}'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\\u00e9w#B'; s = 'ſs S'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '>2<'; s = 'a b c'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'ςσ '; s = '0123'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '$'; s = 'K k'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'd:*'; s = 'a b c'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?(ſ\\u00e9#K]KSa'; s = 'ab\nab'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\\2Σ]11'; s = 'Aab'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'Z'; s = 'ßSS'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'A=}(?(ASİ(?P<)'; s = 'a{1}'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'ab{'; s = 'a-b,c'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ']=^'; s = 'ab\nab'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '02?[?Σ$ß2'; s = 'ſs S'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '}]$xb=!\\'; s = 'ßSS'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?P=\\{w*'; s = ''; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'as(<Σ0\\'; s = ''; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '[wİ+B:3'; s = 'ba(b)'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '>>>s+\\x4*1Pw'; s = 'a'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '? (?P<(?P=[sB\\x4B'; s = 'ab\nab'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '!^**P(?(*[^['; s = '0123'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(a(?P<xsAA'; s = 'a-b,c'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?ux1AK$:b-'; s = 'ßSS'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'S+<'; s = 'a-b,c'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\\x4\\u00e9d(?\\'; s = '0123'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '+|[:(?\\x4=(?$'; s = 'ab\nab'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '=)3ß (?P=bßΣA'; s = 'ſs S'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'P,*Kſſσd3w'; s = 'a'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '3>}|'; s = '0123'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '<'; s = 'a-b,c'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'Z<Ab'; s = 'ab\nab'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '0ßσ]b1Sx'; s = 'a{1}'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ',)[^w<'; s = 'ba(b)'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '1\\x4!:=x?σ1'; s = 'a{1}'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'ςwZB!(?P<\\x4?ς'; s = 'ab'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ' bς.σ(?P<:ws:'; s = 'ab\nab'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '>ς[b'; s = '0123'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'A,30[^}'; s = 'ab\nab'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'K'; s = 'ba(b)'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?P=)\\ Pς]x=K'; s = '0123'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '23>!$b-|Z['; s = 'a'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '20d(?P<'; s = 'K k'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'd+1x'; s = 'K k'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'ſ>Zu'; s = 'Aab'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '0+'; s = 'ab'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '2ΣBB2(?'; s = 'a-b,c'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'PſB'; s = 'a b c'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '#(?(\n'; s = 'a-b,c'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'K+, 0a'; s = 'K k'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '-='; s = 'ab\nab'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\\(?P<BΣ+(?P<Σ,]'; s = 'ab'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '-dbΣ+s'; s = 'ab'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?(Z!3a^[^*}'; s = 'ab'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'B0\\x4(?P=|x,['; s = 'ab\nab'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\\u00e9b(?({B'; s = 'a-b,c'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'wsσ[^b2>,x'; s = ''; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'bwb,(?P=!(?(-İ?'; s = 'abc'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '[^Pſ2'; s = 'ab\nab'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '$\\'; s = 'ßSS'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '{)3[^[^b,\n'; s = 'σςΣ'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?P=\n(?31<σ(?('; s = 'a'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '.\\(|b'; s = 'ſs S'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ']A[s2A..-'; s = 'ba(b)'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ' '; s = 'a{1}'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'b*\\dx'; s = 'ba(b)'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '=^|ß]'; s = '0123'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '[^S|}=^'; s = 'ba(b)'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ')σ\\ſ'; s = 'a b c'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\nb!\\x4 '; s = 'a{1}'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\\u00e9(?P<>>0\\x4#$.\\x4'; s = 'Aab'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '[^=(?P<w>ΣP'; s = 'K k'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\nA*[\\'; s = 'a'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'd(?P=σ'; s = 'a-b,c'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'Bς<ς'; s = 'ab\nab'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ']*u'; s = 'ab\nab'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '0w:bK,'; s = 'a b c'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '[^'; s = 'σςΣ'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '2.!'; s = 'Aab'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '[^(0bς02d(?P<'; s = 'a b c'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '}<S}Σ'; s = 'K k'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '33(?P=>-İς'; s = 'Aab'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'σB{P^(?('; s = 'ſs S'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\\x4(?P<\\S\\u00e9\\u00e9ΣAd^'; s = 'abc'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '='; s = 'ſs S'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(1\\u00e9(?(B{K'; s = ''; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '=<b'; s = ''; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '+:sP(b|'; s = '0123'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '+,>ſ(?P<'; s = 'abc'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'b(?P<\\,u.'; s = 'Aab'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '+Z'; s = 'abc'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '{u|\ns+.1.'; s = 'σςΣ'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ' P(?([(?P='; s = 'ab'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ' < b>(?(<ßA'; s = 'ab'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?P<K[^\\ßb\\u00e90'; s = 'İi'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '20'; s = 'ab'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '|![^K.dK=^$'; s = '0123'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ']xu:'; s = 'ſs S'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '.bd'; s = 'σςΣ'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ']|\\x4!?!Σ=['; s = 'İi'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '{<(?+'; s = 'Aab'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'İ\\Z}$'; s = 'Aab'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '0A'; s = 'abc'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'sP'; s = 'σςΣ'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\\x4S|B>'; s = 'a-b,c'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'Z>+2?Z'; s = ''; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '}3]\\x4(?^'; s = 'İi'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '<-,[^Σ'; s = 'K k'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'd)(?('; s = 'İi'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?P={\\x4.\\'; s = 'ba(b)'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '#)[σσw#,aİ'; s = 'ßSS'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ':).İσ+'; s = 'ab\nab'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '[^ASB(?P=ß1'; s = ''; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'SZb.\\x4|-'; s = 'a-b,c'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '++,w[^'; s = 'σςΣ'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?P<(?{\n'; s = 'Aab'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'Z3Σ'; s = '0123'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '>:\\x4\\x4*\\x4\\x4}'; s = 'a{1}'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'ς(?P=(={$'; s = 'ab\nab'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ',Z[^{ß'; s = 'a'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'u'; s = 'ßSS'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'ſ,'; s = 'ßSS'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '|0(?P<\\u00e9)Z>Σ['; s = 'σςΣ'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '[|+2\nb2'; s = 'a'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?(ſ\na.ß(?P<)'; s = 'a-b,c'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'a\\x4,İw-(\n}'; s = ''; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'x$KZ) ='; s = 'abc'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?P<bΣ>xİ1'; s = ''; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'İ*\\'; s = 'K k'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'Zdb(?+22S'; s = 'ſs S'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'Ku\\B2S^<'; s = 'ab'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = ':ſ\n<'; s = 'a{1}'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'wς^ſs$'; s = 'ab'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'A].b(?(*σK'; s = 'ab\nab'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'İAσ\\'; s = 'ab\nab'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '<aZ(?P<0<ab?'; s = ''; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'usK'; s = 'Aab'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '?[^#,Σ\\x4ad'; s = 'ba(b)'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '+ß0'; s = 'σςΣ'; fl = re.I|re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\\(?P=,|!(?(bſAſ'; s = 'a'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'PΣ'; s = 'K k'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '3*K'; s = 'a{1}'; fl = 0
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '<=]+(?P<Z'; s = 'Aab'; fl = re.I
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '\\x4s{ 1(?.|^}'; s = ''; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?P<b\\(?P=!^'; s = 'a'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '1İ3)\\\nP$'; s = 'ab'; fl = re.I|re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'P*!'; s = 'Aab'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'd?P1*{'; s = 'ab'; fl = re.X
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = 'sS-\\x4x'; s = 'ſs S'; fl = re.M
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?,\\(?P=])'; s = 'ſs S'; fl = re.S
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
p = '(?)(?P<'; s = 'K k'; fl = re.A
t(lambda: re.compile(p, fl))
t(lambda: re.findall(p, s, fl))
t(lambda: re.sub(p, '#', s, flags=fl))
t(lambda: [m.span() for m in re.finditer(p, s, fl)])
