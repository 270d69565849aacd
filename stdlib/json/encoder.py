"""json.encoder: JSONEncoder, producing CPython's exact text."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

# str.translate tables: control characters, quote and backslash (and, for
# ensure_ascii, DEL) become their JSON escapes
ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i
_TABLE = {ord(k): v for k, v in ESCAPE_DCT.items()}
_ASCII_TABLE = dict(_TABLE)
_ASCII_TABLE[0x7f] = '\\u007f'


def py_encode_basestring(s):
    """Return a JSON representation of a Python string

    """
    return '"' + s.translate(_TABLE) + '"'


encode_basestring = py_encode_basestring


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string

    """
    if s.isascii():
        return '"' + s.translate(_ASCII_TABLE) + '"'
    out = []
    for c in s:
        n = ord(c)
        if n < 0x80:
            out.append(_ASCII_TABLE.get(n, c))
        elif n < 0x10000:
            out.append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            s1 = 0xd800 | ((n >> 10) & 0x3ff)
            s2 = 0xdc00 | (n & 0x3ff)
            out.append('\\u{0:04x}\\u{1:04x}'.format(s1, s2))
    return '"' + ''.join(out) + '"'


encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).

    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """Constructor for JSONEncoder, with sensible defaults."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available.
        """
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        chunks = []
        _Encoding(chunks, markers, self.default, _encoder, indent,
                  self.key_separator, self.item_separator, self.sort_keys,
                  self.skipkeys, self.allow_nan).encode(o, 0)
        return chunks


class _Encoding:
    """One encoding run: appends the text of a value to a list of chunks."""

    def __init__(self, chunks, markers, default, encoder, indent, key_separator,
                 item_separator, sort_keys, skipkeys, allow_nan):
        self.out = chunks.append
        self.markers = markers
        self.default = default
        self.encode_str = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def floatstr(self, o):
        # float.__repr__, and the JavaScript names of the special values
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def encode(self, o, level):
        if isinstance(o, str):
            self.out(self.encode_str(o))
        elif o is None:
            self.out('null')
        elif o is True:
            self.out('true')
        elif o is False:
            self.out('false')
        elif isinstance(o, int):
            self.out(int.__repr__(o))
        elif isinstance(o, float):
            self.out(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            markers = self.markers
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            self.encode(self.default(o), level)
            if markers is not None:
                del markers[markerid]

    def encode_list(self, lst, level):
        if not lst:
            self.out('[]')
            return
        markers = self.markers
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        out = self.out
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            out('[' + newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
            out('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out(separator)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            out('\n' + self.indent * level)
        out(']')
        if markers is not None:
            del markers[markerid]

    def encode_dict(self, dct, level):
        if not dct:
            self.out('{}')
            return
        markers = self.markers
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        out = self.out
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.item_separator + newline_indent
            out('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
            out('{')
        first = True
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out(item_separator)
            out(self.encode_str(key))
            out(self.key_separator)
            self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            out('\n' + self.indent * level)
        out('}')
        if markers is not None:
            del markers[markerid]
