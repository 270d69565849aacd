# the package and module, constants, bytes results, errors
import urllib
import urllib.parse
from urllib import parse
import urllib.parse as up

print(urllib.__name__, up.__name__, parse is up, urllib.parse is up)
names = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
         'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
         'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
         'SplitResult', 'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']
print(all(n in up.__all__ for n in names), all(callable(getattr(up, n)) for n in names))
print(sorted(set(names) - set(up.__all__)))

print(up.scheme_chars)
for lst in ['uses_relative', 'uses_netloc', 'uses_params']:
    v = getattr(up, lst)
    print(lst, type(v).__name__, '' in v, 'http' in v, 'https' in v, 'ftp' in v, 'mailto' in v,
          'file' in v, 'sftp' in v, 'tel' in v, 'git' in v, 'ws' in v, 'svn+ssh' in v)
print('mailto' in up.non_hierarchical, 'http' in up.non_hierarchical)
print('http' in up.uses_query, 'http' in up.uses_fragment, 'mailto' in up.uses_query)

# a registered scheme takes part from then on
print(up.urljoin('myscheme://h/a/b', 'c'), up.urlparse('myscheme://h/a;p').params)
up.uses_relative.append('myscheme')
up.uses_netloc.append('myscheme')
up.uses_params.append('myscheme')
print(up.urljoin('myscheme://h/a/b', 'c'), up.urlparse('myscheme://h/a;p').params,
      up.urlunsplit(('myscheme', '', '/x', '', '')))
for lst in (up.uses_relative, up.uses_netloc, up.uses_params):
    lst.remove('myscheme')

print('-- bytes results')
for u in [b'http://u:P@Host.X:81/a;b?c#d', b'//h', b'', b'mailto:x', b'http://[::1]:5/']:
    p = up.urlparse(u)
    s = up.urlsplit(u)
    print(p, type(p).__name__)
    print(s, type(s).__name__)
    print(p.hostname, p.port, p.username, p.password, s.geturl(), p.geturl())
    print(p.decode(), s.decode('utf-8'), up.urlunparse(p), up.urlunsplit(s))
    print(p.decode().encode() == p, type(p.decode().encode()).__name__)
print(up.urlparse('http://h/\u00e9').encode('utf-8'))
print(up.urlsplit(b'http://h/p', b'ftp'), up.urlsplit(b'p', b'ftp'), up.urlparse(b'x', scheme=b''))
print(up.urlunsplit((b'http', b'h', b'/p', b'q', b'')), up.urlunparse((b'', b'', b'p', b'', b'', b'f')))
print(up.urlsplit(b'http://h/p'), up.urlparse(b'http://h/p;x', allow_fragments=False))
print(up.SplitResultBytes(b'a', b'b', b'c', b'd', b'e').geturl(), up.ParseResultBytes._fields)

print('-- generic alias')
print(up.SplitResult[str], up.ParseResultBytes[bytes], up.DefragResult[str])

def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(' ', label, '!', type(e).__name__, e)
    else:
        print(' ', label, repr(r))

print('-- errors')
show('mix split', lambda: up.urlsplit('x', b'y'))
show('mix split2', lambda: up.urlsplit(b'x', 'y'))
show('empty bytes scheme', lambda: up.urlsplit('x', b''))
show('mix join', lambda: up.urljoin('http://a/', b'b'))
show('mix unsplit', lambda: up.urlunsplit(('http', b'h', '', '', '')))
show('mix unparse', lambda: up.urlunparse((b'http', 'h', '', '', '', '')))
show('unsplit short', lambda: up.urlunsplit(('a', 'b')))
show('unparse long', lambda: up.urlunparse(('a', 'b', 'c', 'd', 'e', 'f', 'g')))
show('non-ascii bytes', lambda: up.urlsplit(b'http://h/\xff'))
show('int', lambda: up.urlsplit(5))
show('None', lambda: up.urlparse(None))
show('split ipv6 open', lambda: up.urlsplit('http://[::1/'))
show('split ipv6 close', lambda: up.urlsplit('http://::1]/'))
show('split ipv6 bad', lambda: up.urlsplit('http://[::g]/'))
show('split ipv4 br', lambda: up.urlsplit('http://[127.0.0.1]/'))
show('split future', lambda: up.urlsplit('http://[v1.fe]/'))
show('split future bad', lambda: up.urlsplit('http://[vx.fe]/'))
show('split bad host', lambda: up.urlsplit('http://[host]/'))
show('parse ipv6', lambda: up.urlparse('//[::1'))
show('bytes ipv6', lambda: up.urlsplit(b'http://[::1/'))
show('ipv6 in path', lambda: up.urlsplit('http://h/[::1'))
for port in ['99999', '65536', '-1', 'abc', ' 1', '1 ', '+5', '', '00000000080', '\u0663', '1_0', '0x10']:
    show(('port', port), lambda: up.urlsplit('http://h:' + port + '/').port)
    show(('bytes port', port), lambda: up.urlsplit(('http://h:' + port + '/').encode()).port)
show('join int', lambda: up.urljoin('http://a/', 5))
show('defrag int', lambda: up.urldefrag(5))
show('qsl int', lambda: up.parse_qsl(5))
show('qs list', lambda: up.parse_qs(['a=1']))
show('qsl strict', lambda: up.parse_qsl('a=1&b', strict_parsing=True))
show('qsl strict empty', lambda: up.parse_qsl('a=1&&b=2', strict_parsing=True))
show('qsl max', lambda: up.parse_qsl('a=1&b=2&c=3', max_num_fields=2))
show('qsl sep', lambda: up.parse_qsl('a=1', separator=''))
show('qsl sep None', lambda: up.parse_qsl('a=1', separator=None))
show('encode str', lambda: up.urlencode('a=1'))
show('encode int', lambda: up.urlencode(3))
show('quote int', lambda: up.quote(3))
show('quote float', lambda: up.quote(1.5))
show('quote_plus None', lambda: up.quote_plus(None))
show('qfb str', lambda: up.quote_from_bytes('x'))
for u in ['<URL:http://h/p>', ' < URL: http://h/p > ', 'URL:x', '<x>', 'x', '<x', '', 'url:x', '<>', 5]:
    show(('unwrap', u), lambda: up.unwrap(u))
