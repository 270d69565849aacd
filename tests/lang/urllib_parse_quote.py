# quote/unquote and their plus and bytes forms over tables of inputs
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote,
                          unquote_plus, unquote_to_bytes)

def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(' ', label, '!', type(e).__name__, e)
    else:
        print(' ', label, repr(r))

TEXTS = ['', 'abc', 'abc def', 'a/b/c', 'a+b', 'a b+c', '~user_.-', '100%',
         'key=value&k2=v2', 'path;param?query#frag', ':@!$&\'()*+,;=', '"<>\\^`{|}',
         '\x00\x01\x1f\x7f', '\u00e9', '\u20ac', '\U0001f600', 'caf\u00e9 cr\u00e8me',
         '\u65e5\u672c\u8a9e', '\t\n\r', '%41', 'a%2Fb', '/', '//', ' ', '+', '[::1]']
for s in TEXTS:
    print(repr(s))
    show('quote', lambda: quote(s))
    show('safe=""', lambda: quote(s, safe=''))
    show('safe=":/@"', lambda: quote(s, safe=':/@'))
    show('safe=b"+"', lambda: quote(s, safe=b'+'))
    show('plus', lambda: quote_plus(s))
    show('plus /', lambda: quote_plus(s, safe='/'))
    show('plus +', lambda: quote_plus(s, safe='+'))
    show('latin-1', lambda: quote(s, encoding='latin-1', errors='replace'))
    show('ascii ignore', lambda: quote(s, encoding='ascii', errors='ignore'))
    show('bytes', lambda: quote(s.encode('utf-8')))
    show('from_bytes', lambda: quote_from_bytes(s.encode('utf-8'), safe=''))
    show('round', lambda: unquote(quote(s)) == s and unquote_plus(quote_plus(s)) == s)

QUOTED = ['', 'abc', '%41%42%43', '%41%4', '%4', '%', '%%', '%%41', '%zz', '%4G',
          'a%20b', 'a+b', 'a%2Bb', '%e2%82%ac', '%E2%82%AC', '%e2%82', '%e2%82x',
          '%ff', '%FF%FE', '%C3%A9t%C3%A9', 'caf\u00e9%20x', '\u00e9%C3%A9\u00e9',
          '%00', '%0a%0D', '+%2B+', '%u0041', '100%25', '%C3', 'x%C3%A9%', '%e9']
for s in QUOTED:
    print(repr(s))
    show('unquote', lambda: unquote(s))
    show('latin-1', lambda: unquote(s, encoding='latin-1'))
    show('strict', lambda: unquote(s, errors='strict'))
    show('ignore', lambda: unquote(s, 'utf-8', 'ignore'))
    show('plus', lambda: unquote_plus(s))
    show('to_bytes', lambda: unquote_to_bytes(s))
    show('bytes in', lambda: unquote_to_bytes(s.encode('utf-8')))
    show('unquote bytes', lambda: unquote(s.encode('utf-8')))

print('-- bytes')
for b in [b'', b'abc', b'a b', b'\x00\xff', b'\xe2\x82\xac', bytes(range(0, 256, 7)), bytearray(b'x y/z')]:
    show('quote', lambda: quote(b))
    show('quote safe', lambda: quote(b, safe=b'\xff '))
    show('plus', lambda: quote_plus(b))
    show('plus str safe', lambda: quote_plus(b, safe='/'))
    show('from_bytes', lambda: quote_from_bytes(b, '/ '))
    show('from_bytes safe', lambda: quote_from_bytes(b, safe=b'a'))
print('-- all bytes')
print(quote(bytes(range(256))))
print(quote(bytes(range(128)), safe=''.join(chr(i) for i in range(32, 127))))
print(quote_plus(''.join(chr(i) for i in range(128))))
print(unquote(''.join('%%%02x' % i for i in range(128))) == ''.join(chr(i) for i in range(128)))
print(unquote_to_bytes(''.join('%%%02X' % i for i in range(256))) == bytes(range(256)))
print('-- safe with non-ASCII')
show('q1', lambda: quote('\u00e9a', safe='\u00e9'))
show('q2', lambda: quote('\u00e9a b', safe='\u00e9 '))
show('q3', lambda: quote_from_bytes(b'\xe9 ', safe='\u00e9 '))
print('-- errors')
for fn in [lambda: quote(5), lambda: quote(None), lambda: quote(['a']), lambda: quote(b'x', encoding='utf-8'),
           lambda: quote(b'x', errors='strict'), lambda: quote_plus(5), lambda: quote_from_bytes('abc'),
           lambda: quote_from_bytes(5), lambda: quote('\u00e9', encoding='ascii'),
           lambda: quote('x', encoding='nonesuch'), lambda: unquote(5), lambda: unquote(None),
           lambda: unquote_to_bytes(5), lambda: unquote_plus(b'a+b'), lambda: unquote('%ff', errors='strict'),
           lambda: unquote('%41', encoding='nonesuch'), lambda: unquote('x', encoding='nonesuch'),
           lambda: quote('a', safe=5), lambda: unquote_to_bytes(None), lambda: unquote_to_bytes(''),
           lambda: quote(bytearray(b'a b'))]:
    show('err', fn)
