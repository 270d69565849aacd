"""json.decoder: JSONDecoder and JSONDecodeError.

The parsing itself is _json.scan (C), which accepts the grammar of CPython's
scanner (ASCII digits only) and fails with its messages at its positions."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

import _json

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

# The non-standard constants JSONDecoder accepts unless parse_constant says otherwise.
_CONSTANTS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}


class JSONDecodeError(ValueError):
    """A ValueError that knows where in the document parsing failed.

    Attributes: msg, doc, pos, and the 1-based lineno and colno of pos."""

    # _json raises this class itself, calling it with (msg, doc, pos).
    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = doc.count('\n', 0, pos) + 1
        self.colno = pos - line_start + 1
        super().__init__('%s: line %d column %d (char %d)'
                         % (msg, self.lineno, self.colno, pos))

    def __reduce__(self):
        # The formatted message is derived: rebuild from the three arguments.
        return type(self), (self.msg, self.doc, self.pos)


def _after_whitespace(s, i):
    """The index of the first character at or after i that is not JSON whitespace."""
    n = len(s)
    while i < n and s[i] in ' \t\n\r':
        i += 1
    return i


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at s[end - 1].

    Returns (the str, the index just past its closing quote). With strict
    false, control characters may appear unescaped."""
    return _json.scan(s, end - 1, strict, None, None, None, None, None,
                      JSONDecodeError)


class JSONDecoder(object):
    """Turns JSON text into dicts, lists, strs, ints, floats, bools and None.

    NaN, Infinity and -Infinity, which JSON itself lacks, become floats."""

    def __init__(
        self, *, object_hook=None, parse_float=None, parse_int=None,
        parse_constant=None, strict=True, object_pairs_hook=None,
    ):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        # _json.scan takes None for "build the value yourself", which is
        # much faster than calling float or int back for every number.
        self._scan_hooks = (
            object_hook, object_pairs_hook,
            None if self.parse_float is float else self.parse_float,
            None if self.parse_int is int else self.parse_int,
            parse_constant,
        )

    def decode(self, s):
        """The Python value of s, a str holding one JSON document (and whitespace)."""
        value, end = self.raw_decode(s, _after_whitespace(s, 0))
        end = _after_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON document starting at s[idx]; return (value, end index).

        Text after the document is left alone."""
        return _json.scan(s, idx, self.strict, *self._scan_hooks, JSONDecodeError)

    # CPython's decoder exposes its scanner under this name too.
    scan_once = raw_decode
