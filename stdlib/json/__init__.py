"""json: JSON text to Python values and back, with the API of CPython's json.

Scanning and serialising happen in atoll's C module _json; this package
holds the option handling around them."""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Calls whose options all equal these share one encoder instead of building one.
_PLAIN_OPTIONS = {
    'skipkeys': False, 'ensure_ascii': True, 'check_circular': True,
    'allow_nan': True, 'indent': None, 'separators': None, 'default': None,
    'sort_keys': False,
}
_shared_encoder = JSONEncoder(**_PLAIN_OPTIONS)
_shared_decoder = JSONDecoder()


def _encoder(cls, options):
    """An encoder of class cls (JSONEncoder when None) set up with options."""
    if cls is None:
        if options == _PLAIN_OPTIONS:
            return _shared_encoder
        cls = JSONEncoder
    return cls(**options)


def dump(
    obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
    cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw,
):
    """Write obj as JSON text to fp, a file-like object with a write() method."""
    options = dict(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys, **kw)
    for piece in _encoder(cls, options).iterencode(obj):
        fp.write(piece)


def dumps(
    obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
    cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw,
):
    """Return obj as a str of JSON text."""
    options = dict(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys, **kw)
    return _encoder(cls, options).encode(obj)


# Byte-order marks, longest first: the UTF-32 LE mark begins with UTF-16 LE's.
_BOMS = (
    (b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff', 'utf-32'),
    (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'),
    (b'\xef\xbb\xbf', 'utf-8-sig'),
)


def detect_encoding(b):
    """Name the Unicode encoding of the JSON bytes b."""
    for mark, name in _BOMS:
        if b.startswith(mark):
            return name
    # Without a mark, the text starts with an ASCII character, so the zero
    # bytes around it give away the code unit's width and byte order.
    n = len(b)
    if n == 2 or n >= 4:
        if b[0] == 0:
            return 'utf-32-be' if n >= 4 and b[1] == 0 else 'utf-16-be'
        if b[1] == 0:
            return 'utf-32-le' if n >= 4 and b[2] == b[3] == 0 else 'utf-16-le'
    return 'utf-8'


def _document_text(s):
    """The str to parse for s, a str, bytes or bytearray document."""
    if isinstance(s, str):
        # A str was decoded already: a leading BOM means the wrong codec was used.
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
        return s
    if isinstance(s, (bytes, bytearray)):
        return s.decode(detect_encoding(s), 'surrogatepass')
    raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                    f'not {s.__class__.__name__}')


def load(
    fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
    parse_constant=None, object_pairs_hook=None, **kw,
):
    """Read the JSON document in fp (which has a read() method) as a Python value."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(
    s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
    parse_constant=None, object_pairs_hook=None, **kw,
):
    """The Python value of the JSON document s (a str, bytes or bytearray)."""
    text = _document_text(s)
    given = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    # Only the hooks actually given reach the decoder, so a cls that lacks
    # some of these parameters still works when they are left out.
    for name, hook in given:
        if hook is not None:
            kw[name] = hook
    if cls is None:
        if not kw:
            return _shared_decoder.decode(text)
        cls = JSONDecoder
    return cls(**kw).decode(text)
