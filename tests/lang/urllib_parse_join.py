# urljoin: RFC 3986 section 5.4 (normal and abnormal examples), other
# bases and schemes, bytes, urldefrag
from urllib.parse import urljoin, urldefrag, DefragResult, DefragResultBytes

BASE = 'http://a/b/c/d;p?q'
NORMAL = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s',
          'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g',
          '../..', '../../', '../../g']
ABNORMAL = ['../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..',
            '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y',
            'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g']
print('-- normal')
for ref in NORMAL:
    print(repr(ref), '->', urljoin(BASE, ref))
print('-- abnormal')
for ref in ABNORMAL:
    print(repr(ref), '->', urljoin(BASE, ref))

BASES = [
    'http://a/b/c/d;p?q', 'http://a/b/c/d', 'http://a/b/c/', 'http://a/b/c',
    'http://a', 'http://a/', 'http://a/b/c/d;p?q#f', 'http://u:p@a:8/b/c?q',
    'https://a/b/c/g/', 'http:/b/c', 'http:b/c', 'http:', 'http://a/b/../c/./d',
    'http://a/b//c//d', 'ftp://ftp.x/pub/dir/', 'file:///tmp/dir/f.txt',
    'file:/tmp/x', 'mailto:a@b', 'news:comp.lang', 'unknown://a/b/c',
    'svn+ssh://h/repo/trunk/', 'ws://h/a/b', '//a/b/c', '/b/c/d', 'b/c/d',
    'b/c/', '', 'http://[::1]:80/a/b', 'http://a/b;x/c;y',
]
REFS = ['g', '../g', '../../g', '../../../g', './', '.', '..', '/g', '//g/h',
        '?y', '#s', ';x', '', 'g/./h/../i', 'http://other/x', 'https:g',
        'ftp:g', 'mailto:x', 'g//h', './/g', '..//g', '/./../g', '//', '///g',
        'g?a#b', 'http:', 'http:/g', 'http:?y', 'http:#s', 'HTTP:g', 'g:h',
        'a/b/../../..', '%2E%2E/g', 'g;x=1/../y']
for base in BASES:
    print('== base', repr(base))
    for ref in REFS:
        try:
            r = urljoin(base, ref)
        except Exception as e:
            r = '!' + type(e).__name__ + ': ' + str(e)
        print('  ', repr(ref), '->', repr(r))

for frag in [True, False]:
    print(urljoin('http://a/b#f', 'c#g', frag), urljoin('http://a/b#f', '#g', frag),
          urljoin('http://a/b?q#f', '', frag), urljoin('http://a/b', '?x#y', allow_fragments=frag))

# bytes
print(urljoin(b'http://a/b/c/d;p?q', b'../g'), urljoin(b'http://a/b', b''),
      urljoin(b'', b'x'), urljoin(b'http://a/b/', b'?y#z'))
for base, ref in [('http://a/', b'x'), (b'http://a/', 'x'), ('', b'x'), (b'', 'x'),
                  ('http://a', ''), (b'http://a', '')]:
    try:
        print(repr(urljoin(base, ref)))
    except Exception as e:
        print(type(e).__name__, e)

# urldefrag
for url in ['http://a/b#c', 'http://a/b', 'http://a/b#', 'http://a/b?q#f#g', '#f',
            '', 'a;p?q#f', 'mailto:x#y', 'http://a/b;p#f', 'http://a/b?#', '//h#f',
            'http://a/b?q=1#', 'file:///x#y']:
    d = urldefrag(url)
    print(repr(url), d, d.url, d.fragment, d.geturl(), d[0], type(d).__name__)
d = urldefrag(b'http://a/b#c')
print(d, d.geturl(), type(d).__name__, d.decode(), urldefrag('x#y').encode())
print(DefragResult('a', 'b').geturl(), DefragResult('a', '').geturl(), DefragResultBytes(b'a', b'b').geturl())
print(DefragResult._fields, urldefrag('u#f')._replace(fragment='g').geturl())
