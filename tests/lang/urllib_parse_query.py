# parse_qs/parse_qsl and urlencode over tables of query strings and values
from urllib.parse import parse_qs, parse_qsl, urlencode, quote, quote_plus, unquote

def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(' ', label, '!', type(e).__name__, e)
    else:
        print(' ', label, repr(r))

QUERIES = ['', 'a=1', 'a=1&b=2', 'a=1&a=2&a=3', 'a=&b=', 'a', 'a&b', '&', '&&', '=',
           '=1', 'a=1&', '&a=1', 'a=1&&b=2', 'a==1', 'a=1=2', 'a+b=c+d', 'a%20b=c%20d',
           'a%2Bb=c%2Bd', 'a=%zz', 'a=%C3%A9', 'a=%E9', 'a=caf\u00e9', 'a=1;b=2', 'a=1;b=2&c=3',
           'x=%26&y=%3D', 'k=v#frag', 'a=1&b', ' a = 1 ', 'a=+', '+=+', 'a=%',
           'q=hello+world&lang=en-US&ids=1,2,3', 'e=\U0001f600&f=%F0%9F%98%80']
for q in QUERIES:
    print(repr(q))
    show('qsl', lambda: parse_qsl(q))
    show('qsl blank', lambda: parse_qsl(q, keep_blank_values=True))
    show('qsl strict', lambda: parse_qsl(q, strict_parsing=True))
    show('qsl strict blank', lambda: parse_qsl(q, True, True))
    show('qs', lambda: parse_qs(q))
    show('qs blank', lambda: parse_qs(q, keep_blank_values=True))
    show('qs strict', lambda: parse_qs(q, strict_parsing=True))
    show('semicolon', lambda: parse_qsl(q, separator=';'))
    show('latin-1', lambda: parse_qsl(q, encoding='latin-1'))
    show('strict errors', lambda: parse_qsl(q, errors='strict'))
    show('bytes', lambda: parse_qsl(q.encode('utf-8'), keep_blank_values=True))
    show('bytes qs', lambda: parse_qs(q.encode('utf-8')))

print('-- max_num_fields')
for q in ['a=1&b=2&c=3', 'a=1', '', 'a=1&b=2', 'a&b&c']:
    for n in [None, 0, 1, 2, 3]:
        show((q, n), lambda: parse_qsl(q, max_num_fields=n))
    show((q, 'qs 1'), lambda: parse_qs(q, max_num_fields=1))

print('-- separators')
for sep in ['&', ';', '|', '&&', b'&', b';', '', None, 5, ' ']:
    show(sep, lambda: parse_qsl('a=1&b=2;c=3|d=4&&e=5 f=6', separator=sep))
    show(('bytes', sep), lambda: parse_qsl(b'a=1&b=2;c=3', separator=sep))

print('-- urlencode')
VALUES = [
    {}, [], (), {'a': 1}, {'a': 'x y', 'b': 'p&q=r'}, {'n': None, 't': True, 'f': 1.5},
    {'l': [1, 2], 't': ('a', 'b'), 's': 'str', 'e': []},
    {'u': '\u00e9\u20ac', b'k': b'\xff v', 'k2': b'bytes'},
    [('a', 1), ('a', 2), ('b', '')], (('x', 'y'),), [('k', ['a', 'b'])],
    {'set': {'only'}, 'dict': {'k': 'v'}, 'range': range(3)},
    {'sl': '/a/b', 'tilde': '~x', 'plus': 'a+b', 'pct': '100%'},
    {1: 2, (1, 2): 'tuple key'},
    [('a', 'b', 'c')] , [('a',)],
]
for v in VALUES:
    print(repr(v))
    show('plain', lambda: urlencode(v))
    show('doseq', lambda: urlencode(v, doseq=True))
    show('safe', lambda: urlencode(v, safe='/~+'))
    show('quote', lambda: urlencode(v, quote_via=quote))
    show('quote doseq safe', lambda: urlencode(v, True, '/', quote_via=quote))
    show('latin-1', lambda: urlencode(v, encoding='latin-1', errors='replace'))
    show('ascii', lambda: urlencode(v, doseq=True, encoding='ascii', errors='xmlcharrefreplace'))
    show('round', lambda: parse_qsl(urlencode(v, doseq=True)))

def via(s, safe='', encoding=None, errors=None):
    return '<' + str(s) + '|' + str(safe) + '|' + str(encoding) + '|' + str(errors) + '>'
print(urlencode({'a': 'b', b'c': b'd', 'n': 1}, quote_via=via))
print(urlencode({'a': ['b', b'c', 2]}, doseq=True, safe='!', encoding='e', errors='x', quote_via=via))

print('-- urlencode errors')
for bad in ['abc', 5, None, [1, 2], ['ab'], [('a', 'b', 'c')], 'x', b'xy', [[1, 2]], object()]:
    show(type(bad).__name__, lambda: urlencode(bad))
