"""html: escaping text for HTML and reading character references back, with
the interface of CPython 3.11's html (html.parser reads documents).

unescape() follows the HTML5 rules for character references in text:

  &name;  &name   a named reference of html.entities.html5; when the name
                  as written is not one, its longest beginning that is
                  (a few old names need no ';': "&notit;" is "¬it;")
  &#123;  &#x7b;  a code point, decimal or hex, the ';' optional; the C1
                  range is read as Windows-1252 (as browsers do), NUL,
                  surrogates and numbers past U+10FFFF become U+FFFD, and
                  the controls and non-characters the standard forbids
                  are dropped

Anything else after '&' is left as it is.
"""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']

# ---- escape ---------------------------------------------------------------

_MARKUP = str.maketrans({'<': '&lt;', '>': '&gt;'})
_MARKUP_AND_QUOTES = str.maketrans({'<': '&lt;', '>': '&gt;',
                                    '"': '&quot;', "'": '&#x27;'})


def escape(s, quote=True):
    """s with '&', '<' and '>' written as character references, and the
    quotes '"' and "'" too when quote is true (for attribute values)."""
    # '&' first, on its own: the references added next contain '&'
    s = s.replace('&', '&amp;')
    return s.translate(_MARKUP_AND_QUOTES if quote else _MARKUP)


# ---- unescape -------------------------------------------------------------

# characters that may follow '&' in a reference's name: anything but
# white space and the characters that end or start a reference; 32 is the
# length of the longest name (with its ';')
_LONGEST_NAME = 32
_REFERENCE = _re.compile(r'&(?:#([xX][0-9a-fA-F]+|[0-9]+)(?:;)?'
                         r'|([^\t\n\f <&#;]{1,%d}(?:;)?))' % _LONGEST_NAME)

# numeric references to the C1 controls mean Windows-1252's characters
_WINDOWS_1252 = {
    0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026,
    0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160,
    0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019,
    0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
    0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153,
    0x9e: 0x017e, 0x9f: 0x0178,
}


def _dropped(code):
    """Whether a numeric reference to code stands for nothing: the C0
    controls but tab, line feed, form feed and carriage return, DEL, and
    the non-characters (U+FDD0..U+FDEF, the last two of every plane)."""
    if code < 0x20:
        return code not in (0x09, 0x0a, 0x0c, 0x0d)
    return (code == 0x7f or 0xfdd0 <= code <= 0xfdef
            or (code & 0xfffe) == 0xfffe)


def _numeric(digits):
    if digits[0] in 'xX':
        code = int(digits[1:], 16)
    else:
        code = int(digits)
    if code in _WINDOWS_1252:
        return chr(_WINDOWS_1252[code])
    if code == 0 or code > 0x10ffff or 0xd800 <= code <= 0xdfff:
        return '\ufffd'
    if _dropped(code):
        return ''
    return chr(code)


def _named(name):
    table = _html5
    text = table.get(name)
    if text is not None:
        return text
    # the longest beginning of the name that is a name (of two characters
    # at least: the shortest old names without ';' are "lt" and "gt")
    for end in range(len(name) - 1, 1, -1):
        text = table.get(name[:end])
        if text is not None:
            return text + name[end:]
    return '&' + name


def _replace(match):
    digits, name = match.groups()
    if digits is not None:
        return _numeric(digits)
    return _named(name)


def unescape(s):
    """s with its named and numeric character references (&gt;, &#62;,
    &#x3e;) replaced by the characters they stand for, by the rules of
    HTML5."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace, s)
