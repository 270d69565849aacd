# urlsplit/urlparse over a table of URLs: every field, the netloc's
# properties, the round trip through urlunsplit/urlunparse, and reprs
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse,
                          SplitResult, ParseResult)

URLS = [
    'http://www.example.com/',
    'http://www.example.com',
    'HTTP://WWW.Example.COM/Path',
    'https://user:pass@host.example:8443/a/b/c.html?x=1&y=2#top',
    'https://user@host/',
    'https://:pw@host/',
    'https://user:@host:/',
    'http://u:p:q@h/',
    'http://a@b@c/',
    'http://host:80',
    'http://host:0/',
    'http://host:65535/',
    'http://host:65536/',
    'http://host:-1/',
    'http://host:+1/',
    'http://host: 1/',
    'http://host:1a/',
    'http://host:\u0661/',
    'http://host:0080/',
    'http://[::1]/',
    'http://[::1]:8080/p',
    'http://[2001:DB8::1]:80/',
    'http://user:pw@[fe80::1%25eth0]:443/x',
    'http://[::FFFF:129.144.52.38]:80/index.html',
    'ftp://ftp.is.co.za/rfc/rfc1808.txt',
    'ftp://host/dir/file;type=a',
    'http://www.ietf.org/rfc/rfc2396.txt',
    'ldap://[2001:db8::7]/c=GB?objectClass?one',
    'mailto:John.Doe@example.com',
    'mailto:a@b.c?subject=hi%20there',
    'news:comp.infosystems.www.servers.unix',
    'tel:+1-816-555-1212',
    'tel:7042;phone-context=example.com',
    'telnet://192.0.2.16:80/',
    'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
    'file:///etc/passwd',
    'file://localhost/etc/hosts',
    'file:/tmp/x',
    'file:',
    '//host/path',
    '//host',
    '//',
    '///path',
    '////x',
    'path?q#f',
    'path#f?q',
    '/abs/path;params?query#frag',
    'rel/path;a;b',
    ';x',
    '?q',
    '#f',
    '',
    ':',
    ':x',
    'a:',
    'a:b',
    'a1+-.:rest',
    '1a:rest',
    'a_b:rest',
    'C:\\path\\file',
    'c:/path',
    'http:',
    'http:/',
    'http://',
    'http:///',
    'http:path',
    'http:/path',
    'http://h/p;a/q;b',
    'http://h/p;a;b?c;d#e;f',
    'http://h/;',
    'http://h/?',
    'http://h/#',
    'http://h/?#',
    'http://h?q',
    'http://h#f',
    'http://h/p?q?r#s#t',
    'svn+ssh://svn.example.org/repo',
    'git+ssh://git@github.com/u/r.git',
    'ws://host/chat',
    'sip:alice@atlanta.com;transport=tcp',
    'imap://mail.example/INBOX;UIDVALIDITY=385759045',
    'unknown://host/p;x?y#z',
    'data:text/plain;base64,SGVsbG8=',
    'javascript:alert(1)',
    'http://h%C3%A9/caf%C3%A9',
    'http://h\u00e9.example/caf\u00e9?\u00fc=\u00f6#\u00df',
    'http://EXAMPLE.com/%7Euser/%41',
    '  http://lead.space/',
    '\x00\x1f http://ctrl/',
    'http://tab\t.in/side\r\nx',
    'http://trail.space/   ',
    'ht\ttp://x/',
    'http://host/path with space',
    'http://[::1]x/',
    'http://h/[x]',
    'http://h/p?q=[x]',
    # non-ASCII hosts: a delimiter appearing under NFKC normalization is refused
    'http://a\uff03b/', 'http://u\u2100@h/', 'http://\uff1a/', 'http://a\uff20b@c/',
    'http://h\uff0fx/', 'http://h\ufe56/', 'http://\u2488/', 'http://\uff2e\u00bd/',
    'http://x/\uff03', '//\uff03', 'http://[::1]\uff03/',
]

def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print('  ', label, '!', type(e).__name__, e)
    else:
        print('  ', label, repr(r))

for url in URLS:
    print(repr(url))
    show('split', lambda: urlsplit(url))
    show('parse', lambda: urlparse(url))
    try:
        s = urlsplit(url)
        p = urlparse(url)
    except ValueError:
        continue
    show('props', lambda: (s.username, s.password, s.hostname))
    show('port', lambda: s.port)
    show('pport', lambda: p.port)
    show('unsplit', lambda: urlunsplit(s))
    show('unparse', lambda: urlunparse(p))
    show('geturl', lambda: (s.geturl(), p.geturl()))
    show('again', lambda: urlsplit(s.geturl()) == s)
    show('tuple', lambda: (tuple(s), len(p), p[2], s[-1]))

# scheme= gives the default scheme, allow_fragments=False keeps '#'
for url in ['www.x.org/p#f', '//h/p#f', 'ftp://h/p#f', 'p;q#f?x', '', 'mailto:x#y']:
    for scheme in ['', 'http', 'HTTP', 'tel']:
        for frag in [True, False]:
            show((url, scheme, frag), lambda: urlsplit(url, scheme, frag))
            show((url, scheme, frag), lambda: urlparse(url, scheme=scheme, allow_fragments=frag))

# the named tuples
s = urlsplit('http://u:p@h:1/a?b#c')
p = urlparse('http://u:p@h:1/a;x?b#c')
print(SplitResult._fields, ParseResult._fields)
print(s.scheme, s.netloc, s.path, s.query, s.fragment)
print(p.scheme, p.netloc, p.path, p.params, p.query, p.fragment)
print(s._replace(netloc='other:2', fragment=''))
print(s._replace(netloc='other:2').port, s._replace(scheme='ftp').geturl())
print(p._replace(params='y;z').geturl())
print(p._asdict())
print(SplitResult('a', 'b', 'c', 'd', 'e').geturl())
print(ParseResult(scheme='http', netloc='h', path='p', params='', query='', fragment='').geturl())
print(isinstance(s, tuple), type(s).__name__, type(p).__name__)
a, b, c, d, e = s
print(a, b, c, d, e)
print(s == ('http', 'u:p@h:1', '/a', 'b', 'c'), hash(s) == hash(tuple(s)))
print(SplitResult._make(['x', 'y', 'z', '', '']).hostname)
print(urlunsplit(['http', 'h', 'p', 'q', 'f']), urlunparse(['', '', 'p', 'x', '', '']))
for parts in [('http', '', '', '', ''), ('', '', '', '', ''), ('', 'h', '', '', ''),
              ('file', '', '/x', '', ''), ('file', '', 'x', '', ''), ('mailto', '', 'a@b', '', ''),
              ('', '', '//p', '', ''), ('http', '', '//p', '', ''), ('', '', 'a:b', '', ''),
              ('x', '', '', 'q', 'f'), ('http', 'h', 'rel', '', ''), ('unknown', '', 'p', '', '')]:
    show(parts, lambda: urlunsplit(parts))
