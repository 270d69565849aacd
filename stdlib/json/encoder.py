"""json.encoder: JSONEncoder.

The text is produced by _json.encode (C), byte for byte as CPython's json
writes it; this class holds the options and the default() hook."""

__all__ = ['JSONEncoder']

import _json

# A str as a JSON string literal; the _ascii variant escapes non-ASCII too.
encode_basestring = py_encode_basestring = _json.encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii = _json.encode_basestring_ascii


def _indent_unit(indent):
    """The text each nesting level adds (None: no newlines), from a count or a str."""
    if indent is None or isinstance(indent, str):
        return indent
    return ' ' * indent


class JSONEncoder(object):
    """Turns dicts, lists, tuples, strs, ints, floats, bools and None into JSON.

    For other objects it calls default(o), which a subclass (or the default=
    argument) replaces to return something serialisable; the base raises
    TypeError."""

    item_separator = ', '
    key_separator = ': '

    def __init__(
        self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, sort_keys=False, indent=None, separators=None, default=None,
    ):
        """Store the options; see json.dumps for their meaning."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # Lines end after the comma, so the space would trail.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serialisable stand-in for o; here o has none."""
        name = o.__class__.__name__
        raise TypeError(f'Object of type {name} is not JSON serializable')

    def encode(self, o):
        """Return o as a str of JSON text."""
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Return o's JSON text as an iterable of strs (here a single one)."""
        text = _json.encode(o, _indent_unit(self.indent),
                            self.key_separator, self.item_separator,
                            self.sort_keys, self.skipkeys, self.allow_nan,
                            self.ensure_ascii, self.check_circular, self.default)
        return [text]
