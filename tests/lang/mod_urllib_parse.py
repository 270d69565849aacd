from urllib.parse import *
import urllib.parse as up
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
urls = ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x', 'mailto:joe@x.org', 'file:///etc/passwd', '//host/path', 'path/only?x', 'HTTP://X.org', 'a:b', '  http://x.org/\tpath\n', 'http://x.org:abc/', 'ftp://x.org/a;type=d', 'news:comp.lang.python', 'http://x.org?q#f', '/abs#', 'http://h/a;b/c;d']
for u in urls:
    t(lambda: urlparse(u)); t(lambda: urlsplit(u)); t(lambda: urlunparse(urlparse(u))); t(lambda: urlsplit(u).geturl())
    t(lambda: (urlsplit(u).hostname, urlsplit(u).port, urlsplit(u).username, urlsplit(u).password))
t(lambda: urlsplit('http://[::1'))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://x.org/a/', 'b'), urljoin('http://x.org/a', 'b'), urljoin('', 'b'), urljoin('a', ''), urljoin('mailto:x', 'y'), urljoin(b'http://x/a', b'b'))
for s in ['abc def', 'a/b c', 'é€', 'a+b&c=d', '~user_.-', '', '100%']:
    print(quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'), unquote(quote(s)), unquote_plus(quote_plus(s)))
print(unquote('%e2%82%ac%20%zz%4'), unquote('abc'), unquote(b'%41%42'), unquote_to_bytes('a%20b'), unquote('%ff'), quote(b'\xff /'), quote_from_bytes(b'abc def'))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}), urlencode({'c': ['1', '2'], 'd': (3,)}, doseq=True), urlencode([('k', 'v&'), ('e', 'é')]), urlencode({'p': 'a/b'}, safe='/'), urlencode({'q': 'a b'}, quote_via=quote))
print(parse_qs('a=1&b=2&a=3&c=&d'), parse_qs('a=1&c=&d', keep_blank_values=True), parse_qsl('x=a+b&y=%41%42;z=1'), parse_qsl('x=1;y=2', separator=';'), parse_qsl(b'a=1'))
for bad in [lambda: parse_qsl('a', strict_parsing=True), lambda: parse_qsl('a=1&b=2', max_num_fields=1), lambda: urlencode('abc'), lambda: urljoin('http://x', b'y'), lambda: quote(5), lambda: urlsplit('http://x:99999').port]:
    t(bad)
print(urldefrag('http://x/a#b'), urldefrag('http://x/a').url, urlsplit('http://x/a')._replace(path='/z').geturl(), urlparse('http://x/a').encode(), urlsplit(b'http://x/a?b').decode())
