"""html.parser: a forgiving, incremental reader of HTML that reports what it
finds to handler methods, with the interface of CPython 3.11's html.parser.

Text arrives through feed() in pieces cut anywhere; what cannot be decided
yet (a tag whose '>' has not come, a character reference that may go on)
stays in self.rawdata until more text or close() arrives. The reading
loop, goahead(), takes the text between markup as data and hands each
piece of markup to the method for its kind:

  <name attrs>  <name attrs/>   parse_starttag   start (and empty) tags
  </name>                       parse_endtag     end tags
  <!-- ... -->                  parse_comment    comments
  <!DOCTYPE ...> <![...]> <!x>  parse_html_declaration
  <? ... >                      parse_pi         processing instructions
  &name;  &#123;                (only when convert_charrefs is false)

Each parse method returns where its markup ends, or -1 when the text ends
first. Markup that is not well formed is read the way browsers tolerate it:
a '<' that starts nothing is text, '</ x>' and '<!x>' are comments, a
start tag with junk before its '>' is text. Inside <script> and <style>
(CDATA_CONTENT_ELEMENTS) everything up to the matching end tag is data.
"""

import re as _re
from html import unescape as _unescape

__all__ = ['HTMLParser']

# ---- the shapes of markup -------------------------------------------------

_WS = r'\s'
# an attribute name starts after a quote, white space or '/', and runs to
# white space, '/', '=' or '>'
_ATTR_NAME = r"""(?<=['"\s/])[^\s/>][^\s/=>]*"""
# a value: quoted either way, or bare (not starting with a quote)
_ATTR_VALUE = r"""'[^']*'|"[^"]*"|(?!['"])[^>\s]*"""
# what may stand between attributes: white space, and '/' unless it ends
# the tag
_ATTR_GAP = r'(?:\s|/(?!>))*'

# how far a start tag reaches: its name, then attributes as loosely as
# browsers take them; the character that follows decides the rest
_START_TAG_REACH = _re.compile(
    '<[a-zA-Z][^\\t\\n\\r\\f />\\x00]*'
    + '(?:[\\s/]*(?:' + _ATTR_NAME
    + '(?:\\s*=+\\s*(?:' + _ATTR_VALUE + ')\\s*)?'
    + _ATTR_GAP + ')*)?\\s*')
# the tag's name, at the '<' + 1
_TAG_NAME = _re.compile('([a-zA-Z][^\\t\\n\\r\\f />\\x00]*)' + _ATTR_GAP)
# one attribute: (name, '=' and value, value)
_ONE_ATTR = _re.compile('(' + _ATTR_NAME + ')(\\s*=+\\s*('
                        + _ATTR_VALUE + '))?' + _ATTR_GAP)
# a well-formed end tag
_END_TAG = _re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_COMMENT_END = _re.compile(r'--\s*>')
# references, read when convert_charrefs is false; the character after
# the name or number must have arrived to know the reference is whole
_CHARREF = _re.compile(r'&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ENTITYREF = _re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_REF_START = _re.compile('&[a-zA-Z#]')
_MARKUP_OR_REF = _re.compile('[&<]')
# a reference is over at white space or ';'
_REF_OVER = _re.compile(r'[\s;]')
# how far back to look for a '&' that may begin an unfinished reference
_REF_REACH = 34
# marked sections: <![name ... ]]> and Microsoft's <![if ...]>
_SECTION_NAME = _re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_SECTION_END = _re.compile(r']\s*]\s*>')
_MS_SECTION_END = _re.compile(r']\s*>')
_SGML_SECTIONS = ('temp', 'cdata', 'ignore', 'include', 'rcdata')
_MS_SECTIONS = ('if', 'else', 'endif')
# characters after a start tag's reach that mean more of it may come
_TAG_GOES_ON = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ=/')


class HTMLParser:
    """Reads HTML fed to it in pieces and calls the handle_* methods for
    tags, text, comments, declarations and processing instructions.
    Subclasses override the handlers, which by default do nothing.

    With convert_charrefs true (the default) character references in text
    are replaced before handle_data sees it; otherwise they go to
    handle_entityref and handle_charref. Attribute values are always
    unescaped."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget everything fed so far, as a new parser."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _MARKUP_OR_REF
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self._starttag_text = None

    def feed(self, data):
        """Add text to read; whatever is whole so far is handled."""
        self.rawdata += data
        self.goahead(0)

    def close(self):
        """Handle all text still held, as if the document ended here."""
        self.goahead(1)

    def getpos(self):
        """(line, column) of the start of what is being handled."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source of the last start tag, as written."""
        return self._starttag_text

    # ---- the handlers, for subclasses ---------------------------------

    def handle_startendtag(self, tag, attrs):
        # <tag/>: by default, a start tag then its end
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass

    # ---- position ---------------------------------------------------------

    def updatepos(self, i, j):
        """Move the reported position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        text = self.rawdata
        newlines = text.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - text.rindex('\n', i, j) - 1
        else:
            self.offset += j - i
        return j

    # ---- script and style ----------------------------------------------

    def set_cdata_mode(self, elem):
        name = elem.lower()
        self.cdata_elem = name
        self.interesting = _re.compile(r'</\s*%s\s*>' % name, _re.I)

    def clear_cdata_mode(self):
        self.interesting = _MARKUP_OR_REF
        self.cdata_elem = None

    # ---- the reading loop -------------------------------------------------

    def _converting(self):
        # references in text are replaced, but never in script or style
        return not self.cdata_elem and self.convert_charrefs

    def _text(self, text):
        self.handle_data(_unescape(text) if self._converting() else text)

    def _text_end(self, raw, i, n):
        """Where the text starting at i ends, or -1 to wait for more."""
        if self._converting():
            j = raw.find('<', i)
            if j >= 0:
                return j
            # a '&' near the end may start a reference cut in two
            amp = raw.rfind('&', max(i, n - _REF_REACH))
            if amp >= 0 and _REF_OVER.search(raw, amp) is None:
                return -1
            return n
        m = self.interesting.search(raw, i)
        if m is not None:
            return m.start()
        return -1 if self.cdata_elem else n

    def goahead(self, end):
        """Handle what rawdata holds; at the end (end true), all of it."""
        raw = self.rawdata
        at = 0
        size = len(raw)
        while at < size:
            stop = self._text_end(raw, at, size)
            if stop < 0:
                break
            if stop > at:
                self._text(raw[at:stop])
            at = self.updatepos(at, stop)
            if at == size:
                break
            if raw[at] == '<':
                stop = self._markup(raw, at, size)
                if stop is None or (stop < 0 and not end):
                    break
                if stop < 0:
                    stop = self._unfinished_markup(raw, at)
                at = self.updatepos(at, stop)
            else:
                stop, more = self._reference(raw, at, size, end)
                at = self.updatepos(at, stop)
                if not more:
                    break
        # at the end, what is left is text; but not an unclosed script's
        if end and at < size and not self.cdata_elem:
            self._text(raw[at:])
            at = self.updatepos(at, size)
        self.rawdata = raw[at:]

    def _reference(self, raw, at, size, end):
        """Handles the '&' at raw[at] (convert_charrefs false); returns
        where what it took ends, and whether reading goes on."""
        if raw.startswith('&#', at):
            m = _CHARREF.match(raw, at)
            if m is not None:
                self.handle_charref(m.group()[2:-1])
                return self._after_ref(raw, m.end()), True
            if raw.find(';', at) < 0:
                return at, False
            # '&#' that is no reference: text
            self.handle_data('&#')
            return at + 2, False
        m = _ENTITYREF.match(raw, at)
        if m is not None:
            self.handle_entityref(m.group(1))
            return self._after_ref(raw, m.end()), True
        if _REF_START.match(raw, at) is not None:
            # a name may follow; when the text ends after '&x', the '&' is
            # taken alone
            if end and at + 2 == size:
                return at + 1, False
            return at, False
        if at + 1 == size:
            return at, False
        self.handle_data('&')
        return at + 1, True

    @staticmethod
    def _after_ref(raw, k):
        # the character that told the reference was over is kept, but ';'
        return k if raw[k - 1] == ';' else k - 1

    def _markup(self, raw, i, n):
        """Handles the markup at raw[i] == '<'; returns where it ends, -1
        when it is cut short, None when a lone '<' ends the text."""
        nxt = raw[i + 1:i + 2]
        if nxt.isascii() and nxt.isalpha():
            return self.parse_starttag(i)
        if nxt == '/':
            return self.parse_endtag(i)
        if nxt == '!':
            if raw.startswith('<!--', i):
                return self.parse_comment(i)
            return self.parse_html_declaration(i)
        if nxt == '?':
            return self.parse_pi(i)
        if i + 1 < n:
            self.handle_data('<')
            return i + 1
        return None

    def _unfinished_markup(self, raw, i):
        """At the end of the document, markup cut short is text up to the
        next '>' (included) or else the next '<'."""
        k = raw.find('>', i + 1)
        if k >= 0:
            k += 1
        else:
            k = raw.find('<', i + 1)
            if k < 0:
                k = i + 1
        self._text(raw[i:k])
        return k

    # ---- markup ---------------------------------------------------------

    def parse_pi(self, start):
        raw = self.rawdata
        k = raw.find('>', start + 2)
        if k < 0:
            return -1
        self.handle_pi(raw[start + 2:k])
        return k + 1

    def parse_comment(self, start, report=1):
        raw = self.rawdata
        m = _COMMENT_END.search(raw, start + 4)
        if m is None:
            return -1
        if report:
            self.handle_comment(raw[start + 4:m.start()])
        return m.end()

    def parse_bogus_comment(self, start, report=1):
        """'<!x>' and '</ x>': a comment of what lies up to '>'."""
        raw = self.rawdata
        k = raw.find('>', start + 2)
        if k < 0:
            return -1
        if report:
            self.handle_comment(raw[start + 2:k])
        return k + 1

    def parse_html_declaration(self, start):
        raw = self.rawdata
        if raw.startswith('<!--', start):
            return self.parse_comment(start)
        if raw.startswith('<![', start):
            return self.parse_marked_section(start)
        if raw[start:start + 9].lower() == '<!doctype':
            k = raw.find('>', start + 9)
            if k < 0:
                return -1
            self.handle_decl(raw[start + 2:k])
            return k + 1
        return self.parse_bogus_comment(start)

    def parse_marked_section(self, start, report=1):
        raw = self.rawdata
        body = start + 3
        if body == len(raw):
            return -1
        m = _SECTION_NAME.match(raw, body)
        if m is None:
            self.updatepos(start, body)
            raise AssertionError('expected name token at %r'
                                 % raw[start:start + 20])
        if m.end() == len(raw):
            return -1
        name = m.group().strip().lower()
        if name in _SGML_SECTIONS:
            close = _SECTION_END.search(raw, body)
        elif name in _MS_SECTIONS:
            close = _MS_SECTION_END.search(raw, body)
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section'
                % raw[body:m.end()])
        if close is None:
            return -1
        if report:
            self.unknown_decl(raw[body:close.start()])
        return close.end()

    def check_for_whole_start_tag(self, start):
        """Where the start tag at raw[start] ends (after its '>'), -1 when
        more text may complete it; for junk, where the junk stops."""
        raw = self.rawdata
        j = _START_TAG_REACH.match(raw, start).end()
        after = raw[j:j + 1]
        if after == '>':
            return j + 1
        if after == '/':
            if raw.startswith('/>', j):
                return j + 2
            return -1
        if after == '' or after in _TAG_GOES_ON:
            return -1
        return j if j > start else start + 1

    def parse_starttag(self, start):
        self._starttag_text = None
        stop = self.check_for_whole_start_tag(start)
        if stop < 0:
            return stop
        raw = self.rawdata
        self._starttag_text = raw[start:stop]
        m = _TAG_NAME.match(raw, start + 1)
        name = self.lasttag = m.group(1).lower()
        k = m.end()
        pairs = []
        while k < stop:
            m = _ONE_ATTR.match(raw, k)
            if m is None:
                break
            key, has_value, value = m.groups()
            if not has_value:
                value = None
            else:
                if value[:1] in ('"', "'") and value.endswith(value[0]):
                    value = value[1:-1]   # (quoted: 2 long at least)
                if value:
                    value = _unescape(value)
            pairs.append((key.lower(), value))
            k = m.end()
        rest = raw[k:stop].strip()
        if rest == '>':
            self.handle_starttag(name, pairs)
            if name in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(name)
        elif rest == '/>':
            self.handle_startendtag(name, pairs)
        else:
            # junk before the '>': all of it is text
            self.handle_data(raw[start:stop])
        return stop

    def parse_endtag(self, start):
        raw = self.rawdata
        gt = raw.find('>', start + 1)
        if gt < 0:
            return -1
        stop = gt + 1
        m = _END_TAG.match(raw, start)
        if m is None:
            if self.cdata_elem:
                self.handle_data(raw[start:stop])
                return stop
            m = _TAG_NAME.match(raw, start + 2)
            if m is None:
                if raw.startswith('</>', start):
                    return start + 3
                return self.parse_bogus_comment(start)
            # '</a b>': the end of a, whatever follows its name
            self.handle_endtag(m.group(1).lower())
            return raw.find('>', m.end()) + 1
        tag = m.group(1).lower()
        if self.cdata_elem and tag != self.cdata_elem:
            self.handle_data(raw[start:stop])
            return stop
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return stop
