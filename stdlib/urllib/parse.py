"""urllib.parse: split URLs into their parts and put them back together,
resolve relative references, percent-encode text and read or write query
strings. Behaves like CPython 3.11's module of the same name."""

import re
import types
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Scheme registries (public: programs append their own schemes). The empty
# scheme, a URL without one, belongs to most of them.
uses_relative = [''] + ('ftp http gopher nntp imap wais file https shttp mms '
                        'prospero rtsp rtspu sftp svn svn+ssh ws wss').split()
uses_netloc = [''] + ('ftp http gopher nntp telnet imap wais file mms https '
                      'shttp snews prospero rtsp rtspu rsync svn svn+ssh sftp '
                      'nfs git git+ssh ws wss').split()
uses_params = [''] + ('ftp hdl prospero http imap https shttp rtsp rtspu sip '
                      'sips mms sftp tel').split()
non_hierarchical = ('gopher hdl mailto news telnet wais imap snews sip '
                    'sips').split()
uses_query = [''] + ('http wais imap https shttp mms gopher rtsp rtspu sip '
                     'sips').split()
uses_fragment = [''] + ('ftp hdl http gopher news nntp wais https shttp snews '
                        'file prospero').split()

scheme_chars = ('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789+-.')

# WHATWG URL parsing: C0 controls and space before a URL are dropped, and
# tab, CR and LF are dropped wherever they appear
_STRIPPED_AHEAD = ''.join(chr(n) for n in range(33))
_DROPPED_ANYWHERE = '\t\r\n'


def clear_cache():
    """Kept for compatibility: this module holds no caches."""


# --- str and bytes ------------------------------------------------------------

def _unchanged(value):
    return value


def _to_ascii_bytes(value):
    # works for plain strings and for the result tuples alike
    return value.encode('ascii', 'strict')


def _as_text(*args):
    """The arguments as str, followed by the function that converts a result
    back to the arguments' type: bytes arguments are handled as ASCII text.
    Callers unpack the whole tuple, so a wrong number of URL components
    fails as it does in CPython (counting that function)."""
    text = isinstance(args[0], str)
    for arg in args[1:]:
        # an empty argument (the '' defaults) goes with either type
        if arg and isinstance(arg, str) != text:
            raise TypeError("Cannot mix str and non-str arguments")
    if text:
        return args + (_unchanged,)
    texts = [a.decode('ascii', 'strict') if a else '' for a in args]
    return tuple(texts) + (_to_ascii_bytes,)


# --- the netloc's parts ---------------------------------------------------------

def _netloc_fields(netloc):
    """(username, password, host, port) of a netloc, str or bytes; parts that
    are absent are None, except the host which is then empty."""
    if isinstance(netloc, str):
        at, colon, opening, closing = '@', ':', '[', ']'
    else:
        at, colon, opening, closing = b'@', b':', b'[', b']'
    userinfo, has_userinfo, hostport = netloc.rpartition(at)
    username, password = None, None
    if has_userinfo:
        username, has_password, password = userinfo.partition(colon)
        if not has_password:
            password = None
    if opening in hostport:
        # an IPv6 literal: its colons are not the port's
        host, _, after = hostport.partition(opening)[2].partition(closing)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostport.partition(colon)
    return username, password, host, port or None


class _NetlocMixin(object):
    """Properties of the results that have a netloc."""
    __slots__ = ()

    @property
    def username(self):
        return _netloc_fields(self.netloc)[0]

    @property
    def password(self):
        return _netloc_fields(self.netloc)[1]

    @property
    def hostname(self):
        host = _netloc_fields(self.netloc)[2]
        if not host:
            return None
        # host names are case-insensitive, an IPv6 zone id is not
        zone_mark = '%' if isinstance(host, str) else b'%'
        name, mark, zone = host.partition(zone_mark)
        return name.lower() + mark + zone

    @property
    def port(self):
        text = _netloc_fields(self.netloc)[3]
        if text is None:
            return None
        # int() would also take signs, spaces and non-ASCII digits
        if not (text.isascii() and text.isdigit()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text if isinstance(text, str) else text.decode('ascii'))
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(types.GenericAlias)


class _TextResult(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        """The same result with every field encoded to bytes."""
        return self._bytes_type(*[part.encode(encoding, errors) for part in self])


class _BytesResult(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        """The same result with every field decoded to str."""
        return self._text_type(*[part.decode(encoding, errors) for part in self])


_DefragFields = namedtuple('DefragResult', 'url fragment')
_SplitFields = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseFields = namedtuple('ParseResult', 'scheme netloc path params query fragment')


def _defrag_url(result, hash_mark):
    if result.fragment:
        return result.url + hash_mark + result.fragment
    return result.url


class DefragResult(_DefragFields, _TextResult):
    __slots__ = ()

    def geturl(self):
        return _defrag_url(self, '#')


class SplitResult(_SplitFields, _NetlocMixin, _TextResult):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseFields, _NetlocMixin, _TextResult):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragFields, _BytesResult):
    __slots__ = ()

    def geturl(self):
        return _defrag_url(self, b'#')


class SplitResultBytes(_SplitFields, _NetlocMixin, _BytesResult):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseFields, _NetlocMixin, _BytesResult):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _pair_result_types(text_type, bytes_type):
    text_type._bytes_type = bytes_type
    bytes_type._text_type = text_type


_pair_result_types(DefragResult, DefragResultBytes)
_pair_result_types(SplitResult, SplitResultBytes)
_pair_result_types(ParseResult, ParseResultBytes)


# --- checking a bracketed host ------------------------------------------------------

_HEX_DIGITS = '0123456789abcdefABCDEF'


def _is_ipv4(text):
    fields = text.split('.')
    if len(fields) != 4:
        return False
    for field in fields:
        if not (field.isascii() and field.isdigit()) or len(field) > 3:
            return False
        if (len(field) > 1 and field[0] == '0') or int(field) > 255:
            return False
    return True


def _is_ipv6(text):
    address, has_zone, zone = text.partition('%')
    if has_zone and (not zone or '%' in zone):
        return False
    gaps = address.count('::')
    if gaps > 1:
        return False
    if gaps:
        head, tail = address.split('::')
        groups = (head.split(':') if head else []) + (tail.split(':') if tail else [])
    else:
        groups = address.split(':')
    if groups and '.' in groups[-1]:
        # an embedded IPv4 address stands for the last two groups
        if not _is_ipv4(groups[-1]):
            return False
        groups[-1:] = ['0', '0']
    # '::' stands for at least one group of zeros
    if (gaps and len(groups) > 7) or (not gaps and len(groups) != 8):
        return False
    return all(0 < len(g) <= 4 and all(c in _HEX_DIGITS for c in g) for g in groups)


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not re.match(r'\Av[a-fA-F0-9]+\..+\Z', host):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError(f"{host!r} does not appear to be an IPv4 or IPv6 address")


# --- splitting and joining --------------------------------------------------------

def _scheme_length(url):
    """Length of the scheme that starts url (before its ':'), or 0."""
    colon = url.find(':')
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return 0
    for c in url[:colon]:
        if c not in scheme_chars:
            return 0
    return colon


def _authority_end(url):
    """Where the netloc after the leading '//' of url stops."""
    end = len(url)
    for delimiter in '/?#':
        found = url.find(delimiter, 2)
        if 0 <= found < end:
            end = found
    return end


def _check_normalized_netloc(netloc):
    """A non-ASCII netloc must not gain a delimiter under NFKC: a host like
    'a\uff03b' would otherwise be read differently by the next parser."""
    import unicodedata
    plain = netloc
    for c in '@:#?':
        plain = plain.replace(c, '')
    folded = unicodedata.normalize('NFKC', plain)
    if folded != plain and any(c in folded for c in '/?#@:'):
        raise ValueError(f"netloc '{netloc}' contains invalid characters "
                         "under NFKC normalization")


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: scheme://netloc/path?query#fragment."""
    url, scheme, restore = _as_text(url, scheme)
    url = url.lstrip(_STRIPPED_AHEAD)
    scheme = scheme.strip(_STRIPPED_AHEAD)
    for c in _DROPPED_ANYWHERE:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    length = _scheme_length(url)
    if length:
        scheme, url = url[:length].lower(), url[length + 1:]
    netloc, query, fragment = '', '', ''
    if url.startswith('//'):
        end = _authority_end(url)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    if not netloc.isascii():
        _check_normalized_netloc(netloc)
    return restore(SplitResult(scheme, netloc, url, query, fragment))


def _cut_params(path):
    """(path, params): the params follow a ';' in the last segment."""
    start = path.rfind('/') + 1
    semicolon = path.find(';', start)
    if semicolon < 0:
        return path, ''
    return path[:semicolon], path[semicolon + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: scheme://netloc/path;params?query#fragment."""
    url, scheme, restore = _as_text(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _cut_params(path)
    return restore(ParseResult(parts.scheme, parts.netloc, path, params,
                               parts.query, parts.fragment))


def urlunsplit(components):
    """The URL made of the 5 parts that urlsplit() returns."""
    scheme, netloc, url, query, fragment, restore = _as_text(*components)
    wants_authority = scheme in uses_netloc and not url.startswith('//')
    if netloc or (scheme and wants_authority):
        if url and not url.startswith('/'):
            url = '/' + url
        url = '//' + netloc + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return restore(url)


def urlunparse(components):
    """The URL made of the 6 parts that urlparse() returns."""
    scheme, netloc, path, params, query, fragment, restore = _as_text(*components)
    if params:
        path = path + ';' + params
    return restore(urlunsplit((scheme, netloc, path, query, fragment)))


def _resolve_path(base_path, path):
    """The path of a relative reference resolved against the base's path:
    RFC 3986's merge (5.2.3) then its removal of dot segments (5.2.4)."""
    if path.startswith('/'):
        segments = path.split('/')  # an absolute path: the base's is unused
    else:
        # the reference replaces the last segment of the base; an empty
        # base path stands for the root
        directory = base_path[:base_path.rfind('/') + 1] if base_path else '/'
        segments = (directory + path).split('/')
        # no empty inner segments, so that joining gives no doubled slashes
        segments[1:-1] = [s for s in segments[1:-1] if s]
    kept = []
    for segment in segments:
        if segment == '..':
            if kept:
                kept.pop()
        elif segment != '.':
            kept.append(segment)
    if segments[-1] == '.' or segments[-1] == '..':
        # a reference ending in a dot segment names a directory
        kept.append('')
    return '/'.join(kept) or '/'


def urljoin(base, url, allow_fragments=True):
    """Resolve url, which may be relative, against the base URL."""
    if not base:
        return url
    if not url:
        return base
    base, url, restore = _as_text(base, url)
    b_scheme, b_netloc, b_path, b_params, b_query, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b_scheme, allow_fragments)
    if scheme != b_scheme or scheme not in uses_relative:
        return restore(url)
    if scheme in uses_netloc:
        if netloc:
            return restore(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = b_netloc
    if path or params:
        path = _resolve_path(b_path, path)
    else:
        # a reference with no path keeps the base's path, params and query
        path, params = b_path, b_params
        query = query or b_query
    return restore(urlunparse((scheme, netloc, path, params, query, fragment)))


def urldefrag(url):
    """(the URL without its fragment, the fragment or '')."""
    url, restore = _as_text(url)
    fragment = ''
    if '#' in url:
        parts = urlparse(url)
        fragment = parts.fragment
        url = urlunparse(parts._replace(fragment=''))
    return restore(DefragResult(url, fragment))


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path': the form RFC 1738
    suggests for URLs in running text."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


# --- percent-encoding -----------------------------------------------------------------

_HEX_BYTES = frozenset(_HEX_DIGITS.encode('ascii'))


def unquote_to_bytes(string):
    """The bytes that string, %XX escapes decoded, stands for."""
    if not string:
        string.split  # as CPython: only string-like objects are accepted
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')  # escapes stand for UTF-8 bytes
    pieces = string.split(b'%')
    decoded = bytearray(pieces[0])
    for piece in pieces[1:]:
        # each piece follows a '%': an escape when two hex digits start it
        if len(piece) >= 2 and piece[0] in _HEX_BYTES and piece[1] in _HEX_BYTES:
            decoded.append(int(piece[:2].decode('ascii'), 16))
            decoded += piece[2:]
        else:
            decoded += b'%'
            decoded += piece
    return bytes(decoded)


# the escapes are decoded a run of ASCII text at a time, so that the bytes
# of one multibyte character decode together
_ASCII_RUN = re.compile('[\x00-\x7f]+')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace the %xx escapes of string by the characters they encode."""
    if isinstance(string, bytes):
        raw = unquote_to_bytes(string)
        return raw.decode(encoding, errors)
    if '%' not in string:
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    return _ASCII_RUN.sub(
        lambda m: unquote_to_bytes(m.group()).decode(encoding, errors), string)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for HTML form values: '+' also stands for a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                        b'0123456789_.-~')


def quote_from_bytes(bs, safe='/'):
    """quote() for bytes: each byte outside the unreserved set and safe
    becomes %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if isinstance(safe, str):
        safe = safe.encode('ascii', errors='ignore')
    # only ASCII can stay unescaped
    keep = _UNRESERVED.union(c for c in safe if c < 128)
    return ''.join([chr(c) if c in keep else '%%%02X' % c for c in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def': percent-encode the bytes of string
    (UTF-8 by default) except letters, digits, '_.-~' and those in safe."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    elif encoding is not None:
        raise TypeError("quote() doesn't support 'encoding' for bytes")
    elif errors is not None:
        raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for HTML form values: a space becomes '+', and '/' is not
    safe by default."""
    # only str and bytes without a space skip the replacing (a bytearray
    # is always treated as if it had one)
    if isinstance(string, (str, bytes)):
        if (' ' if isinstance(string, str) else b' ') not in string:
            return quote(string, safe, encoding=encoding, errors=errors)
    safe_space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + safe_space, encoding, errors).replace(' ', '+')


# --- query strings -------------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """The (name, value) pairs of a query string, with '+' read as a space
    and the %XX escapes decoded."""
    qs, restore = _as_text(qs)
    separator = _as_text(separator)[0]
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')

    def decode(text):
        return restore(unquote(text.replace('+', ' '), encoding=encoding, errors=errors))

    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, has_value, value = field.partition('=')
        if not has_value:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((decode(name), decode(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict: each name maps to the list of its values."""
    values = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                      errors=errors, max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        values.setdefault(name, []).append(value)
    return values


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """A query string made of a mapping or a sequence of pairs; with doseq,
    each element of a sequence value gives a pair of its own."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def encode(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(str(item), safe, encoding, errors)

    fields = []
    for key, value in query:
        key = encode(key)
        if doseq and not isinstance(value, (str, bytes)) and hasattr(value, '__len__'):
            fields.extend(key + '=' + encode(item) for item in value)
        else:
            fields.append(key + '=' + encode(value))
    return '&'.join(fields)
