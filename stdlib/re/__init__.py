"""Regular expressions with the interface of CPython 3.11's re module.

re._parser reads a pattern into a tree, re._compiler turns the tree into a
program for the backtracking engine in the C module _sre, and _sre makes
the Pattern and Match objects.

Missing: \\N{name} escapes (there is no Unicode name database), the DEBUG
dump, and pickling of patterns.
"""

import functools
from . import _compiler, _parser

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "template", "escape", "error",
    "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
    "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
    "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

# flag names in the order CPython's enum defines them, which is the order
# they are listed in a repr
_FLAG_BITS = [
    ("ASCII", _parser.SRE_FLAG_ASCII),
    ("IGNORECASE", _parser.SRE_FLAG_IGNORECASE),
    ("LOCALE", _parser.SRE_FLAG_LOCALE),
    ("UNICODE", _parser.SRE_FLAG_UNICODE),
    ("MULTILINE", _parser.SRE_FLAG_MULTILINE),
    ("DOTALL", _parser.SRE_FLAG_DOTALL),
    ("VERBOSE", _parser.SRE_FLAG_VERBOSE),
    ("TEMPLATE", _parser.SRE_FLAG_TEMPLATE),
    ("DEBUG", _parser.SRE_FLAG_DEBUG),
]
_KNOWN_BITS = 0
for _name, _bit in _FLAG_BITS:
    _KNOWN_BITS |= _bit


def _flag_parts(value, prefix):
    """The names of the known bits set in value, then the other bits in hex."""
    parts = [prefix + name for name, bit in _FLAG_BITS if value & bit]
    if parts and value & ~_KNOWN_BITS:
        parts.append(hex(value & ~_KNOWN_BITS))
    return parts


class RegexFlag(int):
    """Flags for compile() and friends: an int that names its bits.

    CPython's is an enum.IntFlag; atoll has no metaclasses, so this is a
    plain int subclass with the same repr, str, name and operators."""

    def __new__(cls, value=0):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid RegexFlag")
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        if not self:
            return "NOFLAG"
        return "|".join(_flag_parts(int(self), "")) or None

    def __repr__(self):
        if not self:
            return "re.NOFLAG"
        parts = _flag_parts(int(self), "re.")
        if not parts:
            return f"re.RegexFlag({int(self)})"
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec) if spec else repr(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # like a Flag enum: the complement within the defined bits
        return RegexFlag(_KNOWN_BITS & ~int(self))

    def __contains__(self, other):
        if isinstance(other, RegexFlag):
            return int(self) & int(other) == int(other)
        raise TypeError("unsupported operand type(s) for 'in': "
                        f"'{type(other).__qualname__}' and "
                        f"'{type(self).__qualname__}'")

    def __reduce__(self):
        return RegexFlag, (int(self),)


# each flag is a module global (re.IGNORECASE) and a class attribute
# (re.RegexFlag.IGNORECASE), under its long and (most) its short name
NOFLAG = RegexFlag.NOFLAG = RegexFlag(0)
for _name, _bit in _FLAG_BITS:
    globals()[_name] = RegexFlag(_bit)
    setattr(RegexFlag, _name, globals()[_name])
A, I, L, U = ASCII, IGNORECASE, LOCALE, UNICODE
M, S, X, T = MULTILINE, DOTALL, VERBOSE, TEMPLATE
del _name, _bit

error = _parser.error


def match(pattern, string, flags=0):
    """A Match of the pattern at the start of string, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match of the pattern against the whole string, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """A Match of the pattern at its first place in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of pattern (the first count, if count)
    replaced by repl: a template or a function of the Match."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub(), but answers (new string, number of replacements)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string cut at the matches of pattern; groups of the pattern are
    kept between the pieces."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """The non-overlapping matches: strings, or tuples of groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects for the non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """The Pattern object for pattern."""
    return _compile(pattern, flags)


def purge():
    """Forgets the compiled patterns and templates."""
    _cache.clear()
    _template_pieces.cache_clear()


def template(pattern, flags=0):
    """Deprecated: compile() with the TEMPLATE flag."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an "
                  "undocumented function without an obvious purpose. Use "
                  "re.compile() instead.", DeprecationWarning)
    with warnings.catch_warnings():
        # this warning stands for all (the flag's, the parser's)
        warnings.simplefilter("ignore", DeprecationWarning)
        return _compile(pattern, flags | TEMPLATE)


# code point -> its escaped form, for every character that can mean
# something in a pattern (with VERBOSE, whitespace and '#' do)
_ESCAPED = {ord(c): "\\" + c for c in "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """pattern with its special characters backslashed."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPED)
    return str(pattern, 'latin1').translate(_ESCAPED).encode('latin1')


_EMPTY = _compiler.compile('', 0)
Pattern = type(_EMPTY)
Match = type(_EMPTY.match(''))
del _EMPTY

# (type, pattern, flags) -> Pattern, oldest first
_cache = {}
_MAXCACHE = 512


def _flag_value(flags):
    return flags.value if isinstance(flags, RegexFlag) else flags


def _compile(pattern, flags):
    """The Pattern for pattern, from the cache when it was compiled before."""
    flags = _flag_value(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a "
                             "compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is not None:
        return compiled
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & TEMPLATE:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an "
                      "undocumented flag without an obvious purpose. Don't "
                      "use it.", DeprecationWarning)
    compiled = _compiler.compile(pattern, flags)
    if not flags & DEBUG:
        _remember(key, compiled)
    return compiled


def _remember(key, compiled):
    if len(_cache) >= _MAXCACHE:
        # drop the oldest entry (dicts keep insertion order)
        _cache.pop(next(iter(_cache)), None)
    _cache[key] = compiled


# _sre calls _subx (Pattern.sub) and _expand (Match.expand) to read a
# template with backslashes into literal pieces and group numbers. The
# call chain re.sub -> _subx -> _template_pieces -> parse_template is what
# re._parser's warnings count on.

@functools.lru_cache(_MAXCACHE)
def _template_pieces(template, pattern):
    return _parser.parse_template(template, pattern)


def _subx(pattern, template):
    return _template_pieces(template, pattern)


def _expand(pattern, match, template):
    return _parser.parse_template(template, pattern)


class Scanner:
    """A tokenizer from (pattern, action) pairs: scan() matches them in
    turn at each position and collects what the actions answer."""

    def __init__(self, lexicon, flags=0):
        flags = _flag_value(flags)
        self.lexicon = lexicon
        # one alternation of capturing groups, the nth for the nth pair,
        # so that lastindex tells which pattern matched
        state = _parser.State()
        state.flags = flags
        alternatives = []
        for phrase, _ in lexicon:
            number = state.opengroup()
            body = _parser.parse(phrase, flags)
            alt = _parser.SubPattern(
                state, [(_parser.SUBPATTERN, (number, 0, 0, body))])
            state.closegroup(number, alt)
            alternatives.append(alt)
        tree = _parser.SubPattern(state, [(_parser.BRANCH, alternatives)])
        self.scanner = _compiler.compile(tree)

    def scan(self, string):
        """(the actions' results, the unmatched rest of string); an action
        that is None drops its token, a callable is called with the scanner
        and the token's text."""
        results = []
        step = self.scanner.scanner(string).match
        end = 0
        m = step()
        while m and m.end() != end:
            end = m.end()
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                results.append(action)
            m = step()
        return results, string[end:]
