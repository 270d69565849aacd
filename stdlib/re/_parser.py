"""Reads a regular expression into the tree that re._compiler turns into a
program, and a replacement template (sub(), Match.expand()) into pieces.
Syntax, error messages and error positions follow CPython 3.11's re.

The tree is a SubPattern: a list of (op, arg) items.
  LITERAL code | NOT_LITERAL code | ANY None | AT anchor-name
  IN [set items]            set items: LITERAL code, RANGE (lo, hi),
                                       CATEGORY name, NEGATE None (first)
  BRANCH [SubPattern, ...]
  SUBPATTERN (group or None, add_flags, del_flags, SubPattern)
  MAX_REPEAT / MIN_REPEAT / POSSESSIVE_REPEAT (min, max, SubPattern)
  GROUPREF group | GROUPREF_EXISTS (group, yes, no or None)
  ASSERT / ASSERT_NOT (direction 1 or -1, SubPattern) | ATOMIC_GROUP SubPattern
"""

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

# the bits of re.RegexFlag
SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE

(LITERAL, NOT_LITERAL, ANY, IN, AT, BRANCH, SUBPATTERN, MAX_REPEAT, MIN_REPEAT,
 POSSESSIVE_REPEAT, GROUPREF, GROUPREF_EXISTS, ASSERT, ASSERT_NOT, ATOMIC_GROUP,
 RANGE, CATEGORY, NEGATE) = range(18)

_REPEAT_OPS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)
_ONE_CHAR_OPS = (ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY)

_DECIMAL = frozenset("0123456789")
_OCTAL = frozenset("01234567")
_HEX = frozenset("0123456789abcdefABCDEF")
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BLANKS = frozenset(" \t\n\r\v\f")

# the letter after a backslash -> what it means
_CONTROL = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11,
            "\\": 92}
_CLASSES = {"d": "DIGIT", "D": "NOT_DIGIT", "s": "SPACE", "S": "NOT_SPACE",
            "w": "WORD", "W": "NOT_WORD"}
_ANCHORS = {"A": "BEGINNING_STRING", "b": "BOUNDARY", "B": "NON_BOUNDARY",
            "Z": "END_STRING"}

_FLAG_LETTERS = {
    "a": SRE_FLAG_ASCII, "i": SRE_FLAG_IGNORECASE, "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE, "s": SRE_FLAG_DOTALL, "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE, "x": SRE_FLAG_VERBOSE,
}

_SET_OPERATIONS = {"-": "difference", "&": "intersection",
                   "~": "symmetric difference", "|": "union"}

# Warnings name the user's line, so their stacklevel counts frames. A
# `level` argument is the stacklevel that reaches the user from the frame
# that receives it; parse() is four calls below the user (re.compile ->
# re._compile -> re._compiler.compile -> parse), parse_template as many
# (re.sub -> re._subx -> re._template_pieces -> parse_template).
_PARSE_LEVEL = 5


def _warn(message, category, level):
    """Warns on behalf of a frame whose stacklevel to the user is `level`."""
    import warnings
    warnings.warn(message, category, stacklevel=level + 1)


class error(Exception):
    """An invalid pattern: msg, pattern, pos, and the lineno and colno of pos."""

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            eol = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(eol, 0, pos) + 1
            self.colno = pos - pattern.rfind(eol, 0, pos)
            text = f"{msg} at position {pos}"
            if eol in pattern:
                text += f" (line {self.lineno}, column {self.colno})"
        super().__init__(text)


class State:
    """Flags and groups of the pattern being read."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        # the (min, max) width of each group once it is closed; None for
        # group 0 and for groups still open
        self.groupwidths = [None]
        # while inside a look-behind: the first group number it defines
        self.lookbehindgroups = None
        # group numbers used by (?(n)...) before they exist -> where
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        number = len(self.groupwidths)
        self.groupwidths.append(None)
        if number >= MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            earlier = self.groupdict.get(name)
            if earlier is not None:
                raise error(f"redefinition of group name {name!r} as group "
                            f"{number}; was group {earlier}")
            self.groupdict[name] = number
        return number

    def closegroup(self, number, sub):
        self.groupwidths[number] = sub.getwidth()

    def checkgroup(self, number):
        """Whether group `number` exists and is closed."""
        return number < len(self.groupwidths) and \
            self.groupwidths[number] is not None

    def checklookbehindgroup(self, number, src):
        first = self.lookbehindgroups
        if first is None:
            return
        if not self.checkgroup(number):
            raise src.error("cannot refer to an open group")
        if number >= first:
            raise src.error("cannot refer to group defined in the same "
                            "lookbehind subpattern")


def _item_width(op, av, state):
    """(min, max) characters that one tree item matches."""
    if op in _ONE_CHAR_OPS:
        return 1, 1
    if op is BRANCH:
        widths = [alt.getwidth() for alt in av]
        return (min([MAXREPEAT - 1] + [w[0] for w in widths]),
                max([0] + [w[1] for w in widths]))
    if op is SUBPATTERN:
        return av[3].getwidth()
    if op is ATOMIC_GROUP:
        return av.getwidth()
    if op in _REPEAT_OPS:
        lo, hi = av[2].getwidth()
        return lo * av[0], hi * av[1]
    if op is GROUPREF:
        return state.groupwidths[av]
    if op is GROUPREF_EXISTS:
        lo, hi = av[1].getwidth()
        if av[2] is None:
            return 0, hi
        other = av[2].getwidth()
        return min(lo, other[0]), max(hi, other[1])
    return 0, 0     # anchors and look-arounds consume nothing


class SubPattern:
    """A sequence of tree items sharing one State."""

    def __init__(self, state, data=None):
        self.state = state
        self.data = data if data is not None else []
        self.width = None

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SubPattern(self.state, self.data[index])
        return self.data[index]

    def __setitem__(self, index, item):
        self.data[index] = item

    def __delitem__(self, index):
        del self.data[index]

    def append(self, item):
        self.data.append(item)

    def getwidth(self):
        """(min, max) characters matched, capped to what the engine counts."""
        if self.width is None:
            lo = hi = 0
            for op, av in self.data:
                a, b = _item_width(op, av, self.state)
                lo += a
                hi += b
            self.width = (min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT))
        return self.width


class _Reader:
    """The pattern as tokens: a character, or a backslash with the character
    it escapes. A bytes pattern is read as latin-1 text."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.istext = isinstance(pattern, str)
        self.text = pattern if self.istext else str(pattern, 'latin1')
        self.goto(0)

    def goto(self, index):
        """Makes the token that starts at `index` the lookahead (`peek`)."""
        text = self.text
        self.here = index
        if index >= len(text):
            self.peek = None
        elif text[index] != "\\":
            self.peek = text[index]
        elif index + 1 < len(text):
            self.peek = text[index:index + 2]
        else:
            # a lone backslash is an error as soon as it is looked at
            raise error("bad escape (end of pattern)", self.pattern,
                        len(self.pattern) - 1)

    def tell(self):
        return self.here

    def take(self):
        token = self.peek
        if token is not None:
            self.goto(self.here + len(token))
        return token

    def accept(self, token):
        if self.peek != token:
            return False
        self.take()
        return True

    def take_run(self, limit, allowed):
        """Up to `limit` tokens from `allowed`, joined."""
        run = ""
        while len(run) < limit and self.peek in allowed:
            run += self.take()
        return run

    def take_name(self, stop, what):
        """The text up to the `stop` token, which is consumed."""
        parts = []
        token = self.take()
        while token != stop:
            if token is None:
                if parts:
                    raise self.error(f"missing {stop}, unterminated name",
                                     len("".join(parts)))
                raise self.error("missing " + what)
            parts.append(token)
            token = self.take()
        if not parts:
            raise self.error("missing " + what, 1)
        return "".join(parts)

    def error(self, msg, back=0):
        """An error at `back` characters before the lookahead."""
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.pattern, self.here - back)

    def check_name(self, name, back, level):
        """A group name must be an identifier (ASCII for bytes, or warn)."""
        if not name.isidentifier():
            raise self.error(f"bad character in group name {name!r}",
                             len(name) + back)
        if not self.istext and not name.isascii():
            where = self.here - len(name) - back
            _warn("bad character in group name %a at position %d"
                  % (name, where), DeprecationWarning, level)

    def group_number(self, text, level, zero_ok):
        """A group given by number in (?(n)...) or \\g<n>, whose text was
        just read together with one closing character."""
        back = len(text) + 1
        try:
            number = int(text)
        except ValueError:
            number = -1
        if number < 0:
            raise self.error(f"bad character in group name {text!r}", back)
        if not number and not zero_ok:
            raise self.error("bad group number", back)
        if number >= MAXGROUPS:
            raise self.error(f"invalid group reference {number}", back)
        if not (text.isdecimal() and text.isascii()):
            # int() also takes spaces, underscores and non-ASCII digits
            shown = repr(text) if self.istext else ascii(text)
            _warn("bad character in group name %s at position %d"
                  % (shown, self.here - back), DeprecationWarning, level)
        return number


def _octal_value(src, digits):
    value = int(digits[1:], 8)
    if value > 0o377:
        raise src.error(f"octal escape value {digits} outside of "
                        "range 0-0o377", len(digits))
    return value


def _code_point_escape(src, token):
    """\\x, \\u, \\U (and \\N) mean the same in and out of sets; None for
    other escapes."""
    kind = token[1]
    if kind == "x":
        size = 2
    elif kind in "uUN" and src.istext:
        if kind == "N":
            raise src.error("\\N{...} escapes are not supported by atoll's re")
        size = 4 if kind == "u" else 8
    else:
        return None
    full = token + src.take_run(size, _HEX)
    if len(full) != size + 2:
        raise src.error("incomplete escape " + full, len(full))
    value = int(full[2:], 16)
    if value > 0x10FFFF:
        raise src.error("bad escape " + full, len(full))
    return (LITERAL, value)


def _plain_escape(src, token):
    """A backslash before a character with no meaning: letters and the
    digits 8 and 9 are errors, the rest stand for themselves."""
    if token[1] in _LETTERS or token[1] in _DECIMAL:
        raise src.error("bad escape " + token, len(token))
    return (LITERAL, ord(token[1]))


def _set_escape(src, token):
    """An escape inside [...]: a set item."""
    letter = token[1]
    if letter in _CONTROL:
        return (LITERAL, _CONTROL[letter])
    if letter in _CLASSES:
        return (CATEGORY, _CLASSES[letter])
    item = _code_point_escape(src, token)
    if item is not None:
        return item
    if letter in _OCTAL:
        return (LITERAL, _octal_value(src, token + src.take_run(2, _OCTAL)))
    return _plain_escape(src, token)


class _Parser:
    """Recursive descent over a pattern; `verbose` and `level` travel as
    arguments because they change with the nesting."""

    def __init__(self, src, state):
        self.src = src
        self.state = state

    # -- alternatives and sequences --

    def alternation(self, verbose, level, top=False):
        """a|b|c, up to a ')' or the end."""
        state = self.state
        alts = []
        while True:
            # inline global flags are allowed only at the very beginning
            alts.append(self.sequence(verbose, level + 1, top and not alts))
            if not self.src.accept("|"):
                break
            if top:     # (?x) in the first alternative applies to the rest
                verbose = state.flags & SRE_FLAG_VERBOSE
        if len(alts) == 1:
            return alts[0]
        out = SubPattern(state)
        _hoist_common_prefix(alts, out)
        chars = _single_char_set(alts)
        if chars is not None:
            out.append((IN, chars))
        else:
            out.append((BRANCH, alts))
        return out

    def sequence(self, verbose, level, first=False):
        """Items up to '|', ')' or the end."""
        src = self.src
        seq = SubPattern(self.state)
        while src.peek is not None and src.peek not in "|)":
            token = src.take()
            if verbose and token in _BLANKS:
                continue
            if verbose and token == "#":
                while token is not None and token != "\n":
                    token = src.take()
                continue
            if token[0] == "\\":
                seq.append(self.escape(token))
            elif token in "*+?{":
                self.repeat(seq, token)
            elif token == "(":
                item = self.group(verbose, level + 1, first and not seq)
                if item is _GLOBAL_FLAGS_SET:
                    verbose = self.state.flags & SRE_FLAG_VERBOSE
                elif item is not None:
                    seq.append(item)
            else:
                seq.append(self.simple(token, level + 1))
        _inline_plain_groups(seq)
        return seq

    def simple(self, token, level):
        """A token that is an item by itself, or starts a set."""
        if token == "[":
            return self.charset(level + 1)
        if token == ".":
            return (ANY, None)
        if token == "^":
            return (AT, "BEGINNING")
        if token == "$":
            return (AT, "END")
        return (LITERAL, ord(token))

    # -- escapes outside sets --

    def escape(self, token):
        letter = token[1]
        if letter in _ANCHORS:
            return (AT, _ANCHORS[letter])
        if letter in _CLASSES:
            return (IN, [(CATEGORY, _CLASSES[letter])])
        if letter in _CONTROL:
            return (LITERAL, _CONTROL[letter])
        item = _code_point_escape(self.src, token)
        if item is not None:
            return item
        if letter == "0":
            return (LITERAL, int(token[1:] + self.src.take_run(2, _OCTAL), 8))
        if letter in _DECIMAL:
            return self.backref_or_octal(token)
        return _plain_escape(self.src, token)

    def backref_or_octal(self, token):
        """\\1 to \\99 refer to groups; three octal digits are a character."""
        src = self.src
        digits = token
        if src.peek in _DECIMAL:
            digits += src.take()
            if digits[1] in _OCTAL and digits[2] in _OCTAL and \
                    src.peek in _OCTAL:
                digits += src.take()
                return (LITERAL, _octal_value(src, digits))
        number = int(digits[1:])
        state = self.state
        if number >= state.groups:
            raise src.error(f"invalid group reference {number}",
                            len(digits) - 1)
        if not state.checkgroup(number):
            raise src.error("cannot refer to an open group", len(digits))
        state.checklookbehindgroup(number, src)
        return (GROUPREF, number)

    # -- character sets --

    def charset(self, level):
        """[...], after its '['."""
        src = self.src
        opening = src.tell() - 1
        if src.peek == "[":
            _warn(f"Possible nested set at position {src.tell()}",
                  FutureWarning, level)
        negated = src.accept("^")
        items = []
        while True:
            token = src.take()
            if token is None:
                raise src.error("unterminated character set",
                                src.tell() - opening)
            if token == "]" and items:
                break
            first = self.set_member(token, bool(items), level + 1)
            if not src.accept("-"):
                items.append(first)
                continue
            token2 = src.take()
            if token2 is None:
                raise src.error("unterminated character set",
                                src.tell() - opening)
            if token2 == "]":       # a '-' just before ']' is itself
                items.append(first)
                items.append((LITERAL, ord("-")))
                break
            items.append(self.set_range(first, token, token2, level + 1))
        items = _unique(items)
        if len(items) == 1 and items[0][0] is LITERAL:
            return (NOT_LITERAL if negated else LITERAL, items[0][1])
        if negated:
            items.insert(0, (NEGATE, None))
        return (IN, items)

    def set_member(self, token, after_items, level):
        src = self.src
        if token[0] == "\\":
            return _set_escape(src, token)
        if after_items and token in _SET_OPERATIONS and src.peek == token:
            # doubled, these may become set operations some day
            _warn(f"Possible set {_SET_OPERATIONS[token]} at position "
                  f"{src.tell() - 1}", FutureWarning, level)
        return (LITERAL, ord(token))

    def set_range(self, first, token, token2, level):
        src = self.src
        if token2[0] == "\\":
            last = _set_escape(src, token2)
        else:
            if token2 == "-":
                _warn(f"Possible set difference at position {src.tell() - 2}",
                      FutureWarning, level)
            last = (LITERAL, ord(token2))
        if first[0] is not LITERAL or last[0] is not LITERAL or \
                last[1] < first[1]:
            raise src.error(f"bad character range {token}-{token2}",
                            len(token) + 1 + len(token2))
        return (RANGE, (first[1], last[1]))

    # -- repetition --

    def repeat(self, seq, token):
        """Applies the quantifier `token` to the last item of `seq`."""
        src = self.src
        after = src.tell()
        if token == "{":
            bounds = self.braces(after)
            if bounds is None:      # not a quantifier: a literal '{'
                seq.append((LITERAL, ord("{")))
                return
            lo, hi = bounds
        else:
            lo = 1 if token == "+" else 0
            hi = 1 if token == "?" else MAXREPEAT
        back = src.tell() - after + len(token)
        if not seq or seq[-1][0] is AT:
            raise src.error("nothing to repeat", back)
        op, av = seq[-1]
        if op in _REPEAT_OPS:
            raise src.error("multiple repeat", back)
        if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            body = av[3]        # (?:...)* repeats the group's content
        else:
            body = seq[-1:]
        if src.accept("?"):
            kind = MIN_REPEAT
        elif src.accept("+"):
            kind = POSSESSIVE_REPEAT
        else:
            kind = MAX_REPEAT
        seq[-1] = (kind, (lo, hi, body))

    def braces(self, after):
        """{m}, {m,}, {,n} or {m,n} as (min, max); None, with the reader back
        at `after`, when what follows '{' is not one of them."""
        src = self.src
        if src.peek == "}":
            return None
        lo = src.take_run(MAXREPEAT, _DECIMAL)
        hi = src.take_run(MAXREPEAT, _DECIMAL) if src.accept(",") else lo
        if not src.accept("}"):
            src.goto(after)
            return None
        low = _repeat_count(lo, 0)
        high = _repeat_count(hi, MAXREPEAT)
        if hi and high < low:
            raise src.error("min repeat greater than max repeat",
                            src.tell() - after)
        return low, high

    # -- groups and extensions --

    def group(self, verbose, level, first):
        """What follows '(': an item, None for a comment, or
        _GLOBAL_FLAGS_SET."""
        src = self.src
        opening = src.tell() - 1
        if not src.accept("?"):
            return self.capture(None, 0, 0, verbose, level + 1, opening)
        kind = src.take()
        if kind is None:
            raise src.error("unexpected end of pattern")
        if kind == "P":
            return self.p_extension(verbose, level + 1, opening)
        if kind == ":":
            return self.body(None, 0, 0, verbose, level + 1, opening)
        if kind == ">":
            return (ATOMIC_GROUP, self.closed(verbose, level + 1, opening))
        if kind == "#":
            self.skip_comment(opening)
            return None
        if kind in ("=", "!", "<"):
            return self.lookaround(kind, verbose, level + 1, opening)
        if kind == "(":
            return self.conditional(verbose, level + 1, opening)
        if kind in _FLAG_LETTERS or kind == "-":
            return self.flag_group(kind, verbose, level + 1, opening, first)
        raise src.error("unknown extension ?" + kind, len(kind) + 1)

    def closed(self, verbose, level, opening):
        """Alternatives and then the ')' that ends a group."""
        sub = self.alternation(verbose, level + 1)
        if not self.src.accept(")"):
            raise self.src.error("missing ), unterminated subpattern",
                                 self.src.tell() - opening)
        return sub

    def body(self, group, add, remove, verbose, level, opening):
        """The rest of a (possibly capturing) group with local flags."""
        if (add | remove) & SRE_FLAG_VERBOSE:
            verbose = not remove & SRE_FLAG_VERBOSE
        sub = self.closed(verbose, level + 1, opening)
        if group is not None:
            self.state.closegroup(group, sub)
        return (SUBPATTERN, (group, add, remove, sub))

    def capture(self, name, add, remove, verbose, level, opening):
        try:
            number = self.state.opengroup(name)
        except error as exc:
            raise self.src.error(exc.msg, len(name) + 1) from None
        return self.body(number, add, remove, verbose, level + 1, opening)

    def p_extension(self, verbose, level, opening):
        """(?P<name>...) and (?P=name)."""
        src = self.src
        if src.accept("<"):
            name = src.take_name(">", "group name")
            src.check_name(name, 1, level + 1)
            return self.capture(name, 0, 0, verbose, level + 1, opening)
        if src.accept("="):
            name = src.take_name(")", "group name")
            src.check_name(name, 1, level + 1)
            number = self.state.groupdict.get(name)
            if number is None:
                raise src.error(f"unknown group name {name!r}", len(name) + 1)
            if not self.state.checkgroup(number):
                raise src.error("cannot refer to an open group", len(name) + 1)
            self.state.checklookbehindgroup(number, src)
            return (GROUPREF, number)
        what = src.take()
        if what is None:
            raise src.error("unexpected end of pattern")
        raise src.error("unknown extension ?P" + what, len(what) + 2)

    def skip_comment(self, opening):
        src = self.src
        while src.take() != ")":
            if src.peek is None:
                raise src.error("missing ), unterminated comment",
                                src.tell() - opening)

    def lookaround(self, kind, verbose, level, opening):
        """(?=...), (?!...), (?<=...) and (?<!...)."""
        src = self.src
        state = self.state
        ahead = kind != "<"
        if not ahead:
            kind = src.take()
            if kind is None:
                raise src.error("unexpected end of pattern")
            if kind not in ("=", "!"):
                raise src.error("unknown extension ?<" + kind, len(kind) + 2)
        outermost = not ahead and state.lookbehindgroups is None
        if outermost:   # groups from here on are not closed in the look-behind
            state.lookbehindgroups = state.groups
        sub = self.alternation(verbose, level + 1)
        if outermost:
            state.lookbehindgroups = None
        if not src.accept(")"):
            raise src.error("missing ), unterminated subpattern",
                            src.tell() - opening)
        op = ASSERT if kind == "=" else ASSERT_NOT
        return (op, (1 if ahead else -1, sub))

    def conditional(self, verbose, level, opening):
        """(?(group)yes|no), after its '(?('."""
        src = self.src
        state = self.state
        name = src.take_name(")", "group name")
        if name.isidentifier():
            src.check_name(name, 1, level + 1)
            number = state.groupdict.get(name)
            if number is None:
                raise src.error(f"unknown group name {name!r}", len(name) + 1)
        else:
            number = src.group_number(name, level + 1, False)
            # the group may be defined later: parse() checks it at the end
            state.grouprefpos.setdefault(number, src.tell() - len(name) - 1)
        state.checklookbehindgroup(number, src)
        yes = self.sequence(verbose, level + 1)
        no = None
        if src.accept("|"):
            no = self.sequence(verbose, level + 1)
            if src.peek == "|":
                raise src.error("conditional backref with more than two "
                                "branches")
        if not src.accept(")"):
            raise src.error("missing ), unterminated subpattern",
                            src.tell() - opening)
        return (GROUPREF_EXISTS, (number, yes, no))

    def flag_group(self, letter, verbose, level, opening, first):
        """(?aiLmsux) for the whole pattern, or (?aiLmsux-imsx:...)."""
        src = self.src
        add, letter = self.flags_on(letter)
        if letter == ")":
            if not first:
                raise src.error("global flags not at the start of the "
                                "expression", src.tell() - opening)
            self.state.flags |= add
            return _GLOBAL_FLAGS_SET
        if add & GLOBAL_FLAGS:
            raise src.error("bad inline flags: cannot turn on global flag", 1)
        remove = self.flags_off() if letter == "-" else 0
        if remove & GLOBAL_FLAGS:
            raise src.error("bad inline flags: cannot turn off global flag",
                            1)
        if add & remove:
            raise src.error("bad inline flags: flag turned on and off", 1)
        return self.body(None, add, remove, verbose, level + 1, opening)

    def flags_on(self, letter):
        """Flag letters up to '-', ':' or ')': (bits, that terminator)."""
        src = self.src
        bits = 0
        while letter != "-":
            bit = _FLAG_LETTERS[letter]
            if src.istext and letter == "L":
                raise src.error("bad inline flags: cannot use 'L' flag with "
                                "a str pattern")
            if not src.istext and letter == "u":
                raise src.error("bad inline flags: cannot use 'u' flag with "
                                "a bytes pattern")
            bits |= bit
            if bit & TYPE_FLAGS and bits & TYPE_FLAGS != bit:
                raise src.error("bad inline flags: flags 'a', 'u' and 'L' "
                                "are incompatible")
            letter = src.take()
            if letter is None:
                raise src.error("missing -, : or )")
            if letter in (")", ":"):
                break
            if letter != "-" and letter not in _FLAG_LETTERS:
                raise src.error("unknown flag" if letter.isalpha()
                                else "missing -, : or )", len(letter))
        return bits, letter

    def flags_off(self):
        """Flag letters after '-', up to ':'."""
        src = self.src
        bits = 0
        letter = src.take()
        if letter is None:
            raise src.error("missing flag")
        if letter not in _FLAG_LETTERS:
            raise src.error("unknown flag" if letter.isalpha()
                            else "missing flag", len(letter))
        while letter != ":":
            bit = _FLAG_LETTERS[letter]
            if bit & TYPE_FLAGS:
                raise src.error("bad inline flags: cannot turn off flags "
                                "'a', 'u' and 'L'")
            bits |= bit
            letter = src.take()
            if letter is None:
                raise src.error("missing :")
            if letter != ":" and letter not in _FLAG_LETTERS:
                raise src.error("unknown flag" if letter.isalpha()
                                else "missing :", len(letter))
        return bits


# what group() answers for (?aiLmsux): nothing to add, flags changed
_GLOBAL_FLAGS_SET = object()


def _repeat_count(digits, default):
    if not digits:
        return default
    count = int(digits)
    if count >= MAXREPEAT:
        raise OverflowError("the repetition number is too large")
    return count


def _unique(items):
    """The items without repeats, in their first order."""
    return list(dict.fromkeys(items))


def _hoist_common_prefix(alts, out):
    """Moves the items that begin every alternative into `out`: a|ab|ac
    is matched as a(?:|b|c)."""
    while all(alts):
        head = alts[0][0]
        if any(alt[0] != head for alt in alts[1:]):
            return
        out.append(head)
        for alt in alts:
            del alt[0]


def _single_char_set(alts):
    """The set that a|b|[cd] amounts to, or None when some alternative is
    not one character."""
    chars = []
    for alt in alts:
        if len(alt) != 1:
            return None
        op, av = alt[0]
        if op is LITERAL:
            chars.append((op, av))
        elif op is IN and av[0][0] is not NEGATE:
            chars.extend(av)
        else:
            return None
    return _unique(chars)


def _inline_plain_groups(seq):
    """(?:...) without flags is only syntax: its items join the sequence."""
    data = seq.data
    for i in range(len(data) - 1, -1, -1):
        op, av = data[i]
        if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            data[i:i + 1] = av[3].data


def fix_flags(src, flags):
    """Checks flags against the pattern's type; a str pattern is UNICODE
    unless ASCII."""
    if isinstance(src, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & SRE_FLAG_ASCII:
            if flags & SRE_FLAG_UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            return flags
        return flags | SRE_FLAG_UNICODE
    if flags & SRE_FLAG_UNICODE:
        raise ValueError("cannot use UNICODE flag with a bytes pattern")
    if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
        raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(str, flags=0, state=None):
    """The tree of pattern `str`; its .state has the final flags and groups."""
    src = _Reader(str)
    state = state if state is not None else State()
    state.flags = flags
    state.str = str
    tree = _Parser(src, state).alternation(flags & SRE_FLAG_VERBOSE,
                                            _PARSE_LEVEL + 1, top=True)
    state.flags = fix_flags(str, state.flags)
    if src.peek is not None:
        raise src.error("unbalanced parenthesis")
    for number, where in state.grouprefpos.items():
        if number >= state.groups:
            raise error(f"invalid group reference {number}", str, where)
    return tree


def parse_template(source, pattern):
    """A replacement template as a list of literal pieces (str, or bytes
    for a bytes template) and group numbers."""
    src = _Reader(source)
    pieces = []
    text = []

    def group(number, back):
        if number > pattern.groups:
            raise src.error(f"invalid group reference {number}", back)
        if text:
            pieces.append("".join(text))
            text.clear()
        pieces.append(number)

    while True:
        token = src.take()
        if token is None:
            break
        if token[0] != "\\":
            text.append(token)
        elif token[1] == "g":
            number, back = _template_group(src, pattern, _PARSE_LEVEL + 1)
            group(number, back)
        elif token[1] == "0":
            digits = token + src.take_run(2, _OCTAL)
            text.append(chr(int(digits[1:], 8) & 0xff))
        elif token[1] in _DECIMAL:
            digits = token
            if src.peek in _DECIMAL:
                digits += src.take()
                if digits[1] in _OCTAL and digits[2] in _OCTAL and \
                        src.peek in _OCTAL:
                    digits += src.take()
                    text.append(chr(_octal_value(src, digits)))
                    continue
            group(int(digits[1:]), len(digits) - 1)
        elif token[1] in _CONTROL:
            text.append(chr(_CONTROL[token[1]]))
        elif token[1] in _LETTERS:
            raise src.error("bad escape " + token, len(token))
        else:
            text.append(token)  # an unknown escape keeps its backslash
    if text:
        pieces.append("".join(text))
    if isinstance(source, str):
        return pieces
    return [p.encode('latin-1') if isinstance(p, str) else p for p in pieces]


def _template_group(src, pattern, level):
    """\\g<name> or \\g<number>, after its '\\g': (number, error offset)."""
    if not src.accept("<"):
        raise src.error("missing <")
    name = src.take_name(">", "group name")
    back = len(name) + 1
    if not name.isidentifier():
        return src.group_number(name, level + 1, True), back
    src.check_name(name, 1, level + 1)
    number = pattern.groupindex.get(name)
    if number is None:
        raise IndexError(f"unknown group name {name!r}")
    return number, back
