"""Turns the tree of re._parser into the program that the matching engine
of _sre runs, and makes the Pattern object.

A program is a list of words. Opcodes, set codes, anchors and character
categories are numbered by _sre (the C engine holds the one list of them).
A construct that the engine may step over has a skip word: the distance
from that word to the end of the construct, filled in once its body has
been emitted.

Ignoring case, the engine lowers the subject's character before testing
it, so literals and sets are emitted lowered, together with the characters
that Unicode folds together although their lowercase forms differ
(_EXTRA_CASES, the data of CPython's re._casefix)."""

import _sre
from . import _parser
from ._parser import (error, LITERAL, NOT_LITERAL, ANY, IN, AT, BRANCH,
                      SUBPATTERN, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT,
                      GROUPREF, GROUPREF_EXISTS, ASSERT, ASSERT_NOT,
                      ATOMIC_GROUP, RANGE, CATEGORY, NEGATE,
                      SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE,
                      SRE_FLAG_DOTALL, SRE_FLAG_UNICODE, TYPE_FLAGS)

OP = {name: i for i, name in enumerate(_sre.OPCODES)}
SETOP = {name: i for i, name in enumerate(_sre.SETCODES)}
ATCODE = {name: i for i, name in enumerate(_sre.ATCODES)}
CHCODE = {name: i for i, name in enumerate(_sre.CHCODES)}

# lowercase character -> the other lowercase characters it folds with
_EXTRA_CASES = {
    0x0069: (0x0131,), 0x0073: (0x017f,), 0x00b5: (0x03bc,), 0x0131: (0x0069,),
    0x017f: (0x0073,), 0x0345: (0x03b9, 0x1fbe), 0x0390: (0x1fd3,),
    0x03b0: (0x1fe3,), 0x03b2: (0x03d0,), 0x03b5: (0x03f5,), 0x03b8: (0x03d1,),
    0x03b9: (0x0345, 0x1fbe), 0x03ba: (0x03f0,), 0x03bc: (0x00b5,),
    0x03c0: (0x03d6,), 0x03c1: (0x03f1,), 0x03c2: (0x03c3,), 0x03c3: (0x03c2,),
    0x03c6: (0x03d5,), 0x03d0: (0x03b2,), 0x03d1: (0x03b8,), 0x03d5: (0x03c6,),
    0x03d6: (0x03c0,), 0x03f0: (0x03ba,), 0x03f1: (0x03c1,), 0x03f5: (0x03b5,),
    0x0432: (0x1c80,), 0x0434: (0x1c81,), 0x043e: (0x1c82,), 0x0441: (0x1c83,),
    0x0442: (0x1c84, 0x1c85), 0x044a: (0x1c86,), 0x0463: (0x1c87,),
    0x1c80: (0x0432,), 0x1c81: (0x0434,), 0x1c82: (0x043e,), 0x1c83: (0x0441,),
    0x1c84: (0x0442, 0x1c85), 0x1c85: (0x0442, 0x1c84), 0x1c86: (0x044a,),
    0x1c87: (0x0463,), 0x1c88: (0xa64b,), 0x1e61: (0x1e9b,), 0x1e9b: (0x1e61,),
    0x1fbe: (0x0345, 0x03b9), 0x1fd3: (0x0390,), 0x1fe3: (0x03b0,),
    0xa64b: (0x1c88,), 0xfb05: (0xfb06,), 0xfb06: (0xfb05,),
}

# a wider range is tested with RANGE_UNI_IGNORE rather than by listing its
# lowered characters
_EXPAND_LIMIT = 2048

# how MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT are told to REPEAT_ONE
_REPEAT_KIND = {MAX_REPEAT: 0, MIN_REPEAT: 1, POSSESSIVE_REPEAT: 2}

# anchors that change meaning with MULTILINE
_LINE_ANCHORS = {"BEGINNING": "BEGINNING_LINE", "END": "END_LINE"}


def _mode_prefix(flags):
    """The prefix that picks the locale or Unicode form of a category,
    anchor or opcode ('' for ASCII)."""
    if flags & SRE_FLAG_LOCALE:
        return "LOC_"
    if flags & SRE_FLAG_UNICODE:
        return "UNI_"
    return ""


class _Program:
    """The words emitted so far for one pattern, and its register count."""

    def __init__(self, ngroups):
        self.code = []
        # two marks per group, lastindex, then two per REPEAT loop
        self.nregs = 2 * ngroups + 1

    def emit(self, *words):
        self.code.extend(words)

    def hole(self):
        """A skip word, to be filled by fill() once the construct ends."""
        self.code.append(0)
        return len(self.code) - 1

    def fill(self, at):
        self.code[at] = len(self.code) - at

    def enclose(self, opname, body, flags, head=()):
        """opname, a skip word, the head words, the body, then SUCCESS: the
        shape of the constructs the engine runs as a sub-match."""
        self.emit(OP[opname])
        at = self.hole()
        self.emit(*head)
        self.sequence(body, flags)
        self.emit(OP["SUCCESS"])
        self.fill(at)

    def sequence(self, tree, flags):
        for op, av in tree:
            emitter = _EMITTERS.get(op)
            if emitter is None:
                raise error("internal: unsupported operand type %r" % (op,))
            emitter(self, op, av, flags)

    # -- one method per tree op, called as (self, op, av, flags) --

    def literal(self, op, c, flags):
        negated = op is NOT_LITERAL
        name = "NOT_LITERAL" if negated else "LITERAL"
        if not flags & SRE_FLAG_IGNORECASE:
            self.emit(OP[name], c)
        elif flags & SRE_FLAG_LOCALE:
            self.emit(OP[name + "_LOC_IGNORE"], c)
        elif not flags & SRE_FLAG_UNICODE:
            if _sre.ascii_iscased(c):
                self.emit(OP[name + "_IGNORE"], _sre.ascii_tolower(c))
            else:
                self.emit(OP[name], c)
        elif not _sre.unicode_iscased(c):
            self.emit(OP[name], c)
        else:
            lower = _sre.unicode_tolower(c)
            if lower in _EXTRA_CASES:
                self.folded_literal(negated, lower)
            else:
                self.emit(OP[name + "_UNI_IGNORE"], lower)

    def folded_literal(self, negated, lower):
        """A cased character with more than one lowercase form: a small set."""
        self.emit(OP["IN_UNI_IGNORE"])
        at = self.hole()
        if negated:
            self.emit(SETOP["NEGATE"])
        for c in (lower,) + _EXTRA_CASES[lower]:
            self.emit(SETOP["LITERAL"], c)
        self.emit(SETOP["FAILURE"])
        self.fill(at)

    def charset(self, op, items, flags):
        opname = "IN"
        if flags & SRE_FLAG_IGNORECASE:
            if flags & SRE_FLAG_LOCALE:
                opname = "IN_LOC_IGNORE"
            else:
                unicode = flags & SRE_FLAG_UNICODE
                items, cased = _fold_set(items, not unicode)
                if cased:
                    opname = "IN_UNI_IGNORE" if unicode else "IN_IGNORE"
        self.emit(OP[opname])
        at = self.hole()
        self.set_items(items, _mode_prefix(flags))
        self.fill(at)

    def set_items(self, items, mode):
        for op, av in items:
            if op is LITERAL:
                self.emit(SETOP["LITERAL"], av)
            elif op is RANGE:
                self.emit(SETOP["RANGE"], av[0], av[1])
            elif op is CATEGORY:
                self.emit(SETOP["CATEGORY"], CHCODE[mode + av])
            elif op is NEGATE:
                self.emit(SETOP["NEGATE"])
            elif op == "RANGE_UNI_IGNORE":
                self.emit(SETOP["RANGE_UNI_IGNORE"], av[0], av[1])
            else:
                raise error("internal: unsupported set operator %r" % (op,))
        self.emit(SETOP["FAILURE"])

    def any(self, op, av, flags):
        self.emit(OP["ANY_ALL"] if flags & SRE_FLAG_DOTALL else OP["ANY"])

    def anchor(self, op, name, flags):
        if flags & SRE_FLAG_MULTILINE:
            name = _LINE_ANCHORS.get(name, name)
        if name in ("BOUNDARY", "NON_BOUNDARY"):
            name = _mode_prefix(flags) + name
        self.emit(OP["AT"], ATCODE[name])

    def group(self, op, av, flags):
        number, add, remove, body = av
        if number:
            self.emit(OP["MARK"], 2 * number - 2)
        self.sequence(body, _local_flags(flags, add, remove))
        if number:
            self.emit(OP["MARK"], 2 * number - 1)

    def atomic(self, op, body, flags):
        self.enclose("ATOMIC", body, flags)

    def lookaround(self, op, av, flags):
        direction, body = av
        # a look-behind starts that many characters back (stored plus one;
        # 0 means look-ahead), so its width must be fixed
        back = 0
        if direction < 0:
            lo, hi = body.getwidth()
            if lo != hi:
                raise error("look-behind requires fixed-width pattern")
            back = lo + 1
        opname = "ASSERT" if op is ASSERT else "ASSERT_NOT"
        self.enclose(opname, body, flags, (back,))

    def branch(self, op, alternatives, flags):
        # each alternative but the last: BRANCH skip <alt> JUMP skip; the
        # JUMPs all land after the last alternative
        exits = []
        for alt in alternatives[:-1]:
            self.emit(OP["BRANCH"])
            at = self.hole()
            self.sequence(alt, flags)
            self.emit(OP["JUMP"])
            exits.append(self.hole())
            self.fill(at)
        self.sequence(alternatives[-1], flags)
        for at in exits:
            self.fill(at)

    def backref(self, op, number, flags):
        if not flags & SRE_FLAG_IGNORECASE:
            opname = "GROUPREF"
        elif flags & SRE_FLAG_LOCALE:
            opname = "GROUPREF_LOC_IGNORE"
        elif flags & SRE_FLAG_UNICODE:
            opname = "GROUPREF_UNI_IGNORE"
        else:
            opname = "GROUPREF_IGNORE"
        self.emit(OP[opname], number - 1)

    def conditional(self, op, av, flags):
        number, yes, no = av
        self.emit(OP["GROUPREF_EXISTS"], number - 1)
        at = self.hole()
        self.sequence(yes, flags)
        if no:
            self.emit(OP["JUMP"])
            end = self.hole()
            self.fill(at)
            self.sequence(no, flags)
            self.fill(end)
        else:
            self.fill(at)

    def repeat(self, op, av, flags):
        lo, hi, body = av
        if _one_char(body):
            # the engine repeats a single-character test by itself
            self.enclose("REPEAT_ONE", body, flags, (lo, hi, _REPEAT_KIND[op]))
        elif op is POSSESSIVE_REPEAT:
            # x*+ is (?>x*)
            self.emit(OP["ATOMIC"])
            at = self.hole()
            self.repeat(MAX_REPEAT, av, flags)
            self.emit(OP["SUCCESS"])
            self.fill(at)
        else:
            # REPEAT reg skip lo hi kind <body> UNTIL back: the loop's state
            # lives in a pair of registers
            reg = self.nregs
            self.nregs += 2
            start = len(self.code)
            self.emit(OP["REPEAT"], reg)
            at = self.hole()
            self.emit(lo, hi, _REPEAT_KIND[op])
            self.sequence(body, flags)
            self.fill(at)
            self.emit(OP["UNTIL"], len(self.code) - start)


_EMITTERS = {
    LITERAL: _Program.literal, NOT_LITERAL: _Program.literal,
    IN: _Program.charset, ANY: _Program.any, AT: _Program.anchor,
    SUBPATTERN: _Program.group, ATOMIC_GROUP: _Program.atomic,
    ASSERT: _Program.lookaround, ASSERT_NOT: _Program.lookaround,
    BRANCH: _Program.branch, GROUPREF: _Program.backref,
    GROUPREF_EXISTS: _Program.conditional, MAX_REPEAT: _Program.repeat,
    MIN_REPEAT: _Program.repeat, POSSESSIVE_REPEAT: _Program.repeat,
}


def _local_flags(flags, add, remove):
    """The flags inside (?add-remove:...); a type flag added replaces the
    pattern's."""
    if add & TYPE_FLAGS:
        flags &= ~TYPE_FLAGS
    return (flags | add) & ~remove


def _one_char(tree):
    """Whether tree is one single-character test (REPEAT_ONE's kind)."""
    if len(tree) != 1:
        return False
    op, av = tree[0]
    if op is SUBPATTERN:
        return av[0] is None and _one_char(av[3])
    return op in (LITERAL, NOT_LITERAL, ANY, IN)


def _fold_set(items, ascii):
    """items for a set that the engine tests with the lowered character,
    and whether any of its characters has case at all."""
    if ascii:
        folder = _AsciiFolder()
    else:
        folder = _UnicodeFolder()
    kept = []
    for op, av in items:
        if op is LITERAL:
            folder.add(av)
        elif op is RANGE:
            kept.extend(folder.add_range(av[0], av[1]))
        else:
            kept.append((op, av))
    folded = folder.as_items()
    # NEGATE must stay first
    if kept and kept[0][0] is NEGATE:
        return kept[:1] + folded + kept[1:], folder.cased
    return folded + kept, folder.cased


class _UnicodeFolder:
    """Collects the lowered forms of a set's characters."""

    def __init__(self):
        self.chars = set()
        self.cased = False

    def lower(self, c):
        return _sre.unicode_tolower(c)

    def has_case(self, c):
        return _sre.unicode_iscased(c)

    def others(self, lower):
        return _EXTRA_CASES.get(lower, ())

    def add(self, c):
        lower = self.lower(c)
        self.chars.add(lower)
        self.chars.update(self.others(lower))
        if not self.cased and self.has_case(c):
            self.cased = True

    def add_range(self, first, last):
        """Adds first..last; answers the items to keep as they are."""
        if last - first > _EXPAND_LIMIT:
            self.cased = True
            return [("RANGE_UNI_IGNORE", (first, last))]
        for c in range(first, last + 1):
            self.add(c)
        return []

    def as_items(self):
        """The collected characters as LITERAL and RANGE items, in order."""
        runs = []
        for c in sorted(self.chars):
            if runs and runs[-1][1] == c - 1:
                runs[-1][1] = c
            else:
                runs.append([c, c])
        return [(LITERAL, lo) if lo == hi else (RANGE, (lo, hi))
                for lo, hi in runs]


class _AsciiFolder(_UnicodeFolder):
    """Only A-Z have case; a range stays, with its uppercase part lowered
    added beside it."""

    def lower(self, c):
        return _sre.ascii_tolower(c)

    def has_case(self, c):
        return _sre.ascii_iscased(c)

    def others(self, lower):
        return ()

    def add_range(self, first, last):
        kept = [(RANGE, (first, last))]
        lo, hi = max(first, 0x41), min(last, 0x5a)      # A-Z
        if lo <= hi:
            kept.append((RANGE, (lo + 32, hi + 32)))
            self.cased = True
        if max(first, 0x61) <= min(last, 0x7a):         # a-z
            self.cased = True
        return kept


def _program(tree, flags):
    program = _Program(tree.state.groups)
    program.sequence(tree, flags)
    program.emit(OP["MATCH"])
    return program.code, program.nregs


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    """The Pattern for a pattern string, or for a tree from re._parser."""
    if isstring(p):
        pattern = p
        p = _parser.parse(p, flags)
    else:
        pattern = None
    state = p.state
    code, nregs = _program(p, state.flags)
    names = [None] * state.groups
    for name, number in state.groupdict.items():
        names[number] = name
    return _sre.compile(pattern, state.flags, code, state.groups - 1,
                        state.groupdict, tuple(names), nregs,
                        p.getwidth()[0])
