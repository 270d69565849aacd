# urllib.parse corner cases: bracketed hosts, ports, joins with odd bases, bytes results
from urllib.parse import *
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
for u in ["http://[1.2.3.4]/","http://[::1%25Eth0]:8/","http://[v1.x]/","http://[vz]/","http://[fe80::1::2]/","http://[::ffff:1.2.3.4]/","http://a[::1]/", "http://[::1]x/","http://u[x]@h/","http:///g", "http://[1:2:3:4:5:6:7:8]/", "http://[1:2:3:4:5:6:7::8]/", "http://[::]/", "http://[:::]/", "http://[1::2:3:4:5:6:7]/", "http://[12345::]/", "http://[::01.2.3.4]/", "http://[::1%]/", "http://u:p@[::1]:80/", "http://h:0/", b"http://u@h:8/p"]:
    t(lambda: urlsplit(u)); t(lambda: (urlsplit(u).hostname, urlsplit(u).port, urlsplit(u).username, urlsplit(u).password))
t(lambda: urljoin("http:", "g")); t(lambda: urljoin("http:abc","g")); t(lambda: urljoin("http://a","g")); t(lambda: urljoin("http://a/b/", "../../../x/./y/."))
t(lambda: urljoin("http://a/b//c/d", "e//f")); t(lambda: urljoin("http://a/b?q#f", "#g")); t(lambda: urljoin("http://a/b;p?q", "?r"))
t(lambda: parse_qsl(b"a=%41&b")); t(lambda: parse_qsl(b"a=%41&b", keep_blank_values=True)); t(lambda: parse_qsl("a=1;b=2", separator=b";"))
t(lambda: parse_qsl("a=1", separator="")); t(lambda: parse_qs("a=%C3%A9&a=2&&b=+", strict_parsing=False))
t(lambda: urldefrag(b"http://x/a?q#f")); t(lambda: urldefrag("x#"))
t(lambda: quote(b"ab", safe=b"\xff")); t(lambda: quote("é", safe="é")); t(lambda: quote_plus(b"a b")); t(lambda: quote_plus(b"a b", safe=b"/")); t(lambda: quote(b"x", encoding="utf-8")); t(lambda: quote(b"x", errors="strict"))
t(lambda: quote_from_bytes(bytearray(b"a b"))); t(lambda: quote("")); t(lambda: quote(b"")); t(lambda: quote_plus("a+b c", safe="+"))
t(lambda: urlencode([])); t(lambda: urlencode(5)); t(lambda: urlencode({b"k": b"v w", "n": 3, "s": "ab"}, doseq=True)); t(lambda: urlencode({"n": 3}, doseq=True))
t(lambda: SplitResult[int]); t(lambda: urlsplit("http://x/").encode("ascii").decode()); t(lambda: urlparse(b"http://x/a;b").geturl()); t(lambda: urldefrag("a#b").geturl()); t(lambda: urldefrag(b"a#b").geturl())
t(lambda: urlunsplit(("http","","x","",""))); t(lambda: urlunsplit(("","","//x","",""))); t(lambda: urlunsplit(("","h","x","",""))); t(lambda: urlunparse(("http","h","/p","a","q","f")))
t(lambda: urlsplit("  \x01http://x/\ty", scheme=" \tftp ")); t(lambda: urlsplit("1http://x")); t(lambda: urlsplit("h_t:x")); t(lambda: urlsplit("http://x#y?z", allow_fragments=False)); t(lambda: urlsplit("http://x?y#z"))
t(lambda: urlsplit("x", b"")); t(lambda: urlsplit(b"x", "")); t(lambda: urlsplit(b"x", "s"))
t(lambda: urlparse("http://x/a;b/c;d;e")); t(lambda: urlparse("mailto:a;b"))
