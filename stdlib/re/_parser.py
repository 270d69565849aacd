"""Parses regular expressions into a tree for re._compiler, and replacement
templates for sub() and Match.expand(). The syntax, the error messages and
their positions are CPython 3.11's.

A tree is a SubPattern: a list of (op, arg) items. The ops:
  LITERAL c, NOT_LITERAL c, ANY None, IN [set items], AT kind,
  BRANCH [SubPattern...], SUBPATTERN (group or None, add_flags, del_flags, p),
  MAX_REPEAT/MIN_REPEAT/POSSESSIVE_REPEAT (min, max, p), GROUPREF g,
  GROUPREF_EXISTS (g, yes, no or None), ASSERT/ASSERT_NOT (dir, p),
  ATOMIC_GROUP p.
Set items: LITERAL c, RANGE (lo, hi), CATEGORY name, NEGATE None.
"""

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

# flags (the values of re.RegexFlag)
SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

(LITERAL, NOT_LITERAL, ANY, IN, AT, BRANCH, SUBPATTERN, MAX_REPEAT, MIN_REPEAT,
 POSSESSIVE_REPEAT, GROUPREF, GROUPREF_EXISTS, ASSERT, ASSERT_NOT, ATOMIC_GROUP,
 RANGE, CATEGORY, NEGATE) = range(18)

REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)
UNITS = (ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY)

# AT kinds and categories (names; the compiler maps them to engine codes)
AT_BEGINNING = "BEGINNING"
AT_BEGINNING_STRING = "BEGINNING_STRING"
AT_BOUNDARY = "BOUNDARY"
AT_NON_BOUNDARY = "NON_BOUNDARY"
AT_END = "END"
AT_END_STRING = "END_STRING"

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")

ESCAPES = {
    r"\a": (LITERAL, 7), r"\b": (LITERAL, 8), r"\f": (LITERAL, 12),
    r"\n": (LITERAL, 10), r"\r": (LITERAL, 13), r"\t": (LITERAL, 9),
    r"\v": (LITERAL, 11), r"\\": (LITERAL, 92),
}

CATEGORIES = {
    r"\A": (AT, AT_BEGINNING_STRING),
    r"\b": (AT, AT_BOUNDARY),
    r"\B": (AT, AT_NON_BOUNDARY),
    r"\d": (IN, [(CATEGORY, "DIGIT")]),
    r"\D": (IN, [(CATEGORY, "NOT_DIGIT")]),
    r"\s": (IN, [(CATEGORY, "SPACE")]),
    r"\S": (IN, [(CATEGORY, "NOT_SPACE")]),
    r"\w": (IN, [(CATEGORY, "WORD")]),
    r"\W": (IN, [(CATEGORY, "NOT_WORD")]),
    r"\Z": (AT, AT_END_STRING),
}

FLAGS = {
    "i": SRE_FLAG_IGNORECASE, "L": SRE_FLAG_LOCALE, "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL, "x": SRE_FLAG_VERBOSE, "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE, "u": SRE_FLAG_UNICODE,
}
TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class State:
    """What the parse of one pattern has learnt: flags and groups."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]       # group 0
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        self.groupwidths.append(None)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        self.groupwidths[gid] = p.getwidth()

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')


class SubPattern:
    """A sequence of (op, arg) items, with its width computed on demand."""

    def __init__(self, state, data=None):
        self.state = state
        self.data = [] if data is None else data
        self.width = None

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, index):
        del self.data[index]

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.state, self.data[index])
        return self.data[index]

    def __setitem__(self, index, code):
        self.data[index] = code

    def append(self, code):
        self.data.append(code)

    def getwidth(self):
        """(min, max) characters this subpattern can match."""
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op is BRANCH:
                i = MAXREPEAT - 1
                j = 0
                for alt in av:
                    l, h = alt.getwidth()
                    i = min(i, l)
                    j = max(j, h)
                lo += i
                hi += j
            elif op is ATOMIC_GROUP:
                i, j = av.getwidth()
                lo += i
                hi += j
            elif op is SUBPATTERN:
                i, j = av[-1].getwidth()
                lo += i
                hi += j
            elif op in REPEATS:
                i, j = av[2].getwidth()
                lo += i * av[0]
                hi += j * av[1]
            elif op in UNITS:
                lo += 1
                hi += 1
            elif op is GROUPREF:
                i, j = self.state.groupwidths[av]
                lo += i
                hi += j
            elif op is GROUPREF_EXISTS:
                i, j = av[1].getwidth()
                if av[2] is not None:
                    l, h = av[2].getwidth()
                    i = min(i, l)
                    j = max(j, h)
                else:
                    i = 0
                lo += i
                hi += j
        self.width = min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)
        return self.width


class Tokenizer:
    """The pattern as a stream of tokens: a character, or a backslash and
    the character after it. Bytes are read as latin-1 text."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, 'latin1')
        self.decoded_string = string
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        s = self.decoded_string
        if index >= len(s):
            self.next = None
            return
        char = s[index]
        if char == "\\":
            index += 1
            if index >= len(s):
                raise error("bad escape (end of pattern)",
                            self.string, len(self.string) - 1)
            char += s[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator,
                                 len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    @property
    def pos(self):
        return self.index - len(self.next or '')

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset, nested):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name,
                             len(name) + offset)
        if not (self.istext or name.isascii()):
            import warnings
            warnings.warn(
                "bad character in group name %a at position %d" %
                (name, self.tell() - len(name) - offset),
                DeprecationWarning, stacklevel=nested + 7)


def _hex_escape(source, escape, digits):
    escape += source.getwhile(digits, HEXDIGITS)
    if len(escape) != digits + 2:
        raise source.error("incomplete escape %s" % escape, len(escape))
    return escape, int(escape[2:], 16)


def _named_escape(source):
    raise source.error("\\N{...} escapes are not supported by atoll's re")


def _common_escape(source, escape):
    """\\x, \\u, \\U and \\N, the same inside and outside sets; None if
    escape is none of them."""
    c = escape[1:2]
    if c == "x":
        return LITERAL, _hex_escape(source, escape, 2)[1]
    if c == "u" and source.istext:
        return LITERAL, _hex_escape(source, escape, 4)[1]
    if c == "U" and source.istext:
        escape, code = _hex_escape(source, escape, 8)
        if code > 0x10FFFF:
            raise source.error("bad escape %s" % escape, len(escape))
        return LITERAL, code
    if c == "N" and source.istext:
        return _named_escape(source)
    return None


def _class_escape(source, escape):
    """An escape inside a character set."""
    code = ESCAPES.get(escape)
    if code:
        return code
    code = CATEGORIES.get(escape)
    if code and code[0] is IN:
        return code
    code = _common_escape(source, escape)
    if code:
        return code
    c = escape[1:2]
    if c in OCTDIGITS:
        escape += source.getwhile(2, OCTDIGITS)
        c = int(escape[1:], 8)
        if c > 0o377:
            raise source.error('octal escape value %s outside of '
                               'range 0-0o377' % escape, len(escape))
        return LITERAL, c
    if c not in DIGITS and len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return LITERAL, ord(escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _escape(source, escape, state):
    """An escape outside sets: also anchors and group references."""
    code = CATEGORIES.get(escape)
    if code:
        return code
    code = ESCAPES.get(escape)
    if code:
        return code
    code = _common_escape(source, escape)
    if code:
        return code
    c = escape[1:2]
    if c == "0":
        escape += source.getwhile(2, OCTDIGITS)
        return LITERAL, int(escape[1:], 8)
    if c in DIGITS:
        # an octal escape or a group reference
        if source.next in DIGITS:
            escape += source.get()
            if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                    source.next in OCTDIGITS):
                escape += source.get()
                c = int(escape[1:], 8)
                if c > 0o377:
                    raise source.error('octal escape value %s outside of '
                                       'range 0-0o377' % escape, len(escape))
                return LITERAL, c
        group = int(escape[1:])
        if group < state.groups:
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group", len(escape))
            state.checklookbehindgroup(group, source)
            return GROUPREF, group
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return LITERAL, ord(escape[1])
    raise source.error("bad escape %s" % escape, len(escape))


def _uniq(items):
    return list(dict.fromkeys(items))


def _parse_sub(source, state, verbose, nested):
    """An alternation a|b|c."""
    items = []
    while True:
        items.append(_parse(source, state, verbose, nested + 1,
                            not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & SRE_FLAG_VERBOSE

    if len(items) == 1:
        return items[0]

    subpattern = SubPattern(state)

    # a prefix common to every alternative moves out of the branch
    while True:
        prefix = None
        for item in items:
            if not item:
                break
            if prefix is None:
                prefix = item[0]
            elif item[0] != prefix:
                break
        else:
            for item in items:
                del item[0]
            subpattern.append(prefix)
            continue
        break

    # alternatives of single characters make a set
    set = []
    for item in items:
        if len(item) != 1:
            break
        op, av = item[0]
        if op is LITERAL:
            set.append((op, av))
        elif op is IN and av[0][0] is not NEGATE:
            set.extend(av)
        else:
            break
    else:
        subpattern.append((IN, _uniq(set)))
        return subpattern

    subpattern.append((BRANCH, items))
    return subpattern


def _parse_set(source, nested):
    """A character set, after its '['."""
    here = source.tell() - 1
    set = []
    if source.next == '[':
        import warnings
        warnings.warn('Possible nested set at position %d' % source.tell(),
                      FutureWarning, stacklevel=nested + 7)
    negate = source.match("^")
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set",
                               source.tell() - here)
        if this == "]" and set:
            break
        elif this[0] == "\\":
            code1 = _class_escape(source, this)
        else:
            if set and this in '-&~|' and source.next == this:
                import warnings
                warnings.warn(
                    'Possible set %s at position %d' % (
                        'difference' if this == '-' else
                        'intersection' if this == '&' else
                        'symmetric difference' if this == '~' else
                        'union',
                        source.tell() - 1),
                    FutureWarning, stacklevel=nested + 7)
            code1 = LITERAL, ord(this)
        if source.match("-"):
            that = source.get()
            if that is None:
                raise source.error("unterminated character set",
                                   source.tell() - here)
            if that == "]":
                if code1[0] is IN:
                    code1 = code1[1][0]
                set.append(code1)
                set.append((LITERAL, ord("-")))
                break
            if that[0] == "\\":
                code2 = _class_escape(source, that)
            else:
                if that == '-':
                    import warnings
                    warnings.warn('Possible set difference at position %d' % (
                                      source.tell() - 2),
                                  FutureWarning, stacklevel=nested + 7)
                code2 = LITERAL, ord(that)
            if code1[0] != LITERAL or code2[0] != LITERAL:
                raise source.error("bad character range %s-%s" % (this, that),
                                   len(this) + 1 + len(that))
            lo = code1[1]
            hi = code2[1]
            if hi < lo:
                raise source.error("bad character range %s-%s" % (this, that),
                                   len(this) + 1 + len(that))
            set.append((RANGE, (lo, hi)))
        else:
            if code1[0] is IN:
                code1 = code1[1][0]
            set.append(code1)
    set = _uniq(set)
    if len(set) == 1 and set[0][0] is LITERAL:
        if negate:
            return (NOT_LITERAL, set[0][1])
        return set[0]
    if negate:
        set.insert(0, (NEGATE, None))
    return (IN, set)


def _parse_repeat(source, subpattern, this):
    """A quantifier after an item; False when '{' turns out to be a literal."""
    here = source.tell()
    if this == "?":
        min, max = 0, 1
    elif this == "*":
        min, max = 0, MAXREPEAT
    elif this == "+":
        min, max = 1, MAXREPEAT
    else:
        if source.next == "}":
            subpattern.append((LITERAL, ord(this)))
            return
        min, max = 0, MAXREPEAT
        lo = hi = ""
        while source.next in DIGITS:
            lo += source.get()
        if source.match(","):
            while source.next in DIGITS:
                hi += source.get()
        else:
            hi = lo
        if not source.match("}"):
            subpattern.append((LITERAL, ord(this)))
            source.seek(here)
            return
        if lo:
            min = int(lo)
            if min >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if hi:
            max = int(hi)
            if max >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if max < min:
                raise source.error("min repeat greater than max repeat",
                                   source.tell() - here)
    item = subpattern[-1:] if subpattern else None
    if not item or item[0][0] is AT:
        raise source.error("nothing to repeat", source.tell() - here + len(this))
    if item[0][0] in REPEATS:
        raise source.error("multiple repeat", source.tell() - here + len(this))
    if item[0][0] is SUBPATTERN:
        group, add_flags, del_flags, p = item[0][1]
        if group is None and not add_flags and not del_flags:
            item = p
    if source.match("?"):
        subpattern[-1] = (MIN_REPEAT, (min, max, item))
    elif source.match("+"):
        subpattern[-1] = (POSSESSIVE_REPEAT, (min, max, item))
    else:
        subpattern[-1] = (MAX_REPEAT, (min, max, item))


def _parse_conditional(source, state, verbose, nested, start):
    """(?(id/name)yes|no), after its '(?('."""
    condname = source.getuntil(")", "group name")
    if condname.isidentifier():
        source.checkgroupname(condname, 1, nested + 2)
        condgroup = state.groupdict.get(condname)
        if condgroup is None:
            raise source.error("unknown group name %r" % condname,
                               len(condname) + 1)
    else:
        try:
            condgroup = int(condname)
            if condgroup < 0:
                raise ValueError
        except ValueError:
            raise source.error("bad character in group name %r" % condname,
                               len(condname) + 1) from None
        if not condgroup:
            raise source.error("bad group number", len(condname) + 1)
        if condgroup >= MAXGROUPS:
            raise source.error("invalid group reference %d" % condgroup,
                               len(condname) + 1)
        if condgroup not in state.grouprefpos:
            state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
        if not (condname.isdecimal() and condname.isascii()):
            import warnings
            warnings.warn(
                "bad character in group name %s at position %d" %
                (repr(condname) if source.istext else ascii(condname),
                 source.tell() - len(condname) - 1),
                DeprecationWarning, stacklevel=nested + 8)
    state.checklookbehindgroup(condgroup, source)
    item_yes = _parse(source, state, verbose, nested + 1)
    if source.match("|"):
        item_no = _parse(source, state, verbose, nested + 1)
        if source.next == "|":
            raise source.error("conditional backref with more than two branches")
    else:
        item_no = None
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern",
                           source.tell() - start)
    return (GROUPREF_EXISTS, (condgroup, item_yes, item_no))


def _parse(source, state, verbose, nested, first=False):
    """A sequence of items, up to '|', ')' or the end."""
    subpattern = SubPattern(state)
    append = subpattern.append
    while True:
        this = source.next
        if this is None or this in "|)":
            break
        source.get()

        if verbose:
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue

        if this[0] == "\\":
            append(_escape(source, this, state))
        elif this not in SPECIAL_CHARS:
            append((LITERAL, ord(this)))
        elif this == "[":
            append(_parse_set(source, nested))
        elif this in REPEAT_CHARS:
            _parse_repeat(source, subpattern, this)
        elif this == ".":
            append((ANY, None))
        elif this == "(":
            item = _parse_group(source, state, verbose, nested, first, subpattern)
            if item is not None:
                if item is _FLAGS_SET:
                    verbose = state.flags & SRE_FLAG_VERBOSE
                else:
                    append(item)
        elif this == "^":
            append((AT, AT_BEGINNING))
        elif this == "$":
            append((AT, AT_END))

    # unpack non-capturing groups without flags
    for i in range(len(subpattern))[::-1]:
        op, av = subpattern[i]
        if op is SUBPATTERN:
            group, add_flags, del_flags, p = av
            if group is None and not add_flags and not del_flags:
                subpattern.data[i: i + 1] = p.data
    return subpattern


_FLAGS_SET = object()   # _parse_group's answer for global flags (?aiLmsux)


def _parse_group(source, state, verbose, nested, first, subpattern):
    """Anything that starts with '(': an item, None (a comment, nothing to
    add), or _FLAGS_SET."""
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add_flags = 0
    del_flags = 0
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                source.checkgroupname(name, 1, nested + 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                source.checkgroupname(name, 1, nested + 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                state.checklookbehindgroup(gid, source)
                return (GROUPREF, gid)
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + char, len(char) + 2)
        elif char == ":":
            capture = False
        elif char == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment",
                                       source.tell() - start)
                if source.get() == ")":
                    break
            return None
        elif char in "=!<":
            dir = 1
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error("unknown extension ?<" + char, len(char) + 2)
                dir = -1
                lookbehindgroups = state.lookbehindgroups
                if lookbehindgroups is None:
                    state.lookbehindgroups = state.groups
            p = _parse_sub(source, state, verbose, nested + 1)
            if dir < 0 and lookbehindgroups is None:
                state.lookbehindgroups = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern",
                                   source.tell() - start)
            return (ASSERT if char == "=" else ASSERT_NOT, (dir, p))
        elif char == "(":
            return _parse_conditional(source, state, verbose, nested, start)
        elif char == ">":
            capture = False
            atomic = True
        elif char in FLAGS or char == "-":
            flags = _parse_flags(source, state, char)
            if flags is None:
                if not first or subpattern:
                    raise source.error('global flags not at the start '
                                       'of the expression', source.tell() - start)
                return _FLAGS_SET
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)

    if capture:
        try:
            group = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    else:
        group = None
    sub_verbose = ((verbose or (add_flags & SRE_FLAG_VERBOSE)) and
                   not (del_flags & SRE_FLAG_VERBOSE))
    p = _parse_sub(source, state, sub_verbose, nested + 1)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern",
                           source.tell() - start)
    if group is not None:
        state.closegroup(group, p)
    if atomic:
        return (ATOMIC_GROUP, p)
    return (SUBPATTERN, (group, add_flags, del_flags, p))


def _parse_flags(source, state, char):
    """Inline flags: (?aiLmsux) sets global flags (None is returned);
    (?aiLmsux-imsx:...) gives (add_flags, del_flags)."""
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = FLAGS[char]
            if source.istext:
                if char == 'L':
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == 'u':
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def fix_flags(src, flags):
    """Checks the flags against the pattern's type; str patterns are UNICODE
    unless ASCII."""
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & SRE_FLAG_ASCII:
            flags |= SRE_FLAG_UNICODE
        elif flags & SRE_FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(str, flags=0, state=None):
    """The tree of pattern str; its State holds the final flags and groups."""
    source = Tokenizer(str)
    if state is None:
        state = State()
    state.flags = flags
    state.str = str
    p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)
    p.state.flags = fix_flags(str, p.state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in p.state.grouprefpos:
        if g >= p.state.groups:
            raise error("invalid group reference %d" % g, str,
                        p.state.grouprefpos[g])
    return p


def parse_template(source, pattern):
    """A replacement template as a list: str (or bytes) pieces and group
    numbers (ints)."""
    s = Tokenizer(source)
    groupindex = pattern.groupindex
    ngroups = pattern.groups
    items = []
    literal = []

    def addgroup(index, pos):
        if index > ngroups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            items.append(''.join(literal))
            del literal[:]
        items.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    s.checkgroupname(name, 1, -1)
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index,
                                      len(name) + 1)
                    if not (name.isdecimal() and name.isascii()):
                        import warnings
                        warnings.warn(
                            "bad character in group name %s at position %d" %
                            (repr(name) if s.istext else ascii(name),
                             s.tell() - len(name) - 1),
                            DeprecationWarning, stacklevel=5)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next in OCTDIGITS:
                    this += s.get()
                    if s.next in OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                isoctal = False
                if s.next in DIGITS:
                    this += s.get()
                    if (c in OCTDIGITS and this[2] in OCTDIGITS and
                            s.next in OCTDIGITS):
                        this += s.get()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of '
                                          'range 0-0o377' % this, len(this))
                        literal.append(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                code = ESCAPES.get(this)
                if code:
                    this = chr(code[1])
                elif c in ASCIILETTERS:
                    raise s.error('bad escape %s' % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        items.append(''.join(literal))
    if not isinstance(source, str):
        items = [x.encode('latin-1') if isinstance(x, str) else x for x in items]
    return items
