"""Turns a parsed regular expression (re._parser) into the program that the
matching engine of _sre runs, and makes the Pattern object.

The program is a list of 32-bit words; the opcodes, anchors and character
categories are numbered by _sre (the list lives once, in the C engine). The
case-insensitive forms follow CPython's: a literal compares the lowered
character, a set is tested with the lowered character, and the characters
that Unicode folds together although their lowercase forms differ (the
_EXTRA_CASES table, from CPython's re._casefix) are added to sets."""

import _sre
from . import _parser
from ._parser import (error, LITERAL, NOT_LITERAL, ANY, IN, AT, BRANCH,
                      SUBPATTERN, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT,
                      GROUPREF, GROUPREF_EXISTS, ASSERT, ASSERT_NOT,
                      ATOMIC_GROUP, RANGE, CATEGORY, NEGATE, MAXREPEAT,
                      SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE,
                      SRE_FLAG_DOTALL, SRE_FLAG_UNICODE, SRE_FLAG_ASCII,
                      TYPE_FLAGS)

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

# a range longer than this is tested with RANGE_UNI_IGNORE instead of
# listing its lowered characters
_EXPAND_LIMIT = 2048


class _Compiler:
    def __init__(self, ngroups):
        self.code = []
        self.nregs = 2 * ngroups + 1     # marks, then lastindex, then repeats

    def emit(self, *words):
        self.code.extend(words)

    def skip(self):
        """Reserves a skip word; fix it with land()."""
        self.code.append(0)
        return len(self.code) - 1

    def land(self, at):
        self.code[at] = len(self.code) - at

    def compile(self, pattern, flags):
        emit = self.emit
        for op, av in pattern:
            if op is LITERAL or op is NOT_LITERAL:
                self.literal(op is NOT_LITERAL, av, flags)
            elif op is IN:
                self.charset(av, flags)
            elif op is ANY:
                emit(OP["ANY_ALL"] if flags & SRE_FLAG_DOTALL else OP["ANY"])
            elif op is MAX_REPEAT or op is MIN_REPEAT or op is POSSESSIVE_REPEAT:
                self.repeat(op, av, flags)
            elif op is SUBPATTERN:
                group, add_flags, del_flags, p = av
                if group:
                    emit(OP["MARK"], (group - 1) * 2)
                self.compile(p, _combine_flags(flags, add_flags, del_flags))
                if group:
                    emit(OP["MARK"], (group - 1) * 2 + 1)
            elif op is ATOMIC_GROUP:
                emit(OP["ATOMIC"])
                at = self.skip()
                self.compile(av, flags)
                emit(OP["SUCCESS"])
                self.land(at)
            elif op is ASSERT or op is ASSERT_NOT:
                emit(OP["ASSERT"] if op is ASSERT else OP["ASSERT_NOT"])
                at = self.skip()
                if av[0] >= 0:
                    emit(0)
                else:
                    lo, hi = av[1].getwidth()
                    if lo != hi:
                        raise error("look-behind requires fixed-width pattern")
                    emit(lo + 1)
                self.compile(av[1], flags)
                emit(OP["SUCCESS"])
                self.land(at)
            elif op is AT:
                if flags & SRE_FLAG_MULTILINE:
                    av = {"BEGINNING": "BEGINNING_LINE", "END": "END_LINE"}.get(av, av)
                if av in ("BOUNDARY", "NON_BOUNDARY"):
                    if flags & SRE_FLAG_LOCALE:
                        av = "LOC_" + av
                    elif flags & SRE_FLAG_UNICODE:
                        av = "UNI_" + av
                emit(OP["AT"], ATCODE[av])
            elif op is BRANCH:
                ends = []
                for i, alt in enumerate(av):
                    last = i == len(av) - 1
                    if not last:
                        emit(OP["BRANCH"])
                        at = self.skip()
                    self.compile(alt, flags)
                    if not last:
                        emit(OP["JUMP"])
                        ends.append(self.skip())
                        self.land(at)
                for at in ends:
                    self.land(at)
            elif op is GROUPREF:
                if not flags & SRE_FLAG_IGNORECASE:
                    emit(OP["GROUPREF"])
                elif flags & SRE_FLAG_LOCALE:
                    emit(OP["GROUPREF_LOC_IGNORE"])
                elif flags & SRE_FLAG_UNICODE:
                    emit(OP["GROUPREF_UNI_IGNORE"])
                else:
                    emit(OP["GROUPREF_IGNORE"])
                emit(av - 1)
            elif op is GROUPREF_EXISTS:
                emit(OP["GROUPREF_EXISTS"], av[0] - 1)
                at = self.skip()
                self.compile(av[1], flags)
                if av[2]:
                    emit(OP["JUMP"])
                    end = self.skip()
                    self.land(at)
                    self.compile(av[2], flags)
                    self.land(end)
                else:
                    self.land(at)
            else:
                raise error("internal: unsupported operand type %r" % (op,))

    def literal(self, negated, c, flags):
        emit = self.emit
        prefix = "NOT_LITERAL" if negated else "LITERAL"
        if not flags & SRE_FLAG_IGNORECASE:
            emit(OP[prefix], c)
        elif flags & SRE_FLAG_LOCALE:
            emit(OP[prefix + "_LOC_IGNORE"], c)
        elif not flags & SRE_FLAG_UNICODE:
            if _sre.ascii_iscased(c):
                emit(OP[prefix + "_IGNORE"], _sre.ascii_tolower(c))
            else:
                emit(OP[prefix], c)
        elif not _sre.unicode_iscased(c):
            emit(OP[prefix], c)
        else:
            lo = _sre.unicode_tolower(c)
            if lo not in _EXTRA_CASES:
                emit(OP[prefix + "_UNI_IGNORE"], lo)
            else:
                emit(OP["IN_UNI_IGNORE"])
                at = self.skip()
                if negated:
                    emit(SETOP["NEGATE"])
                for k in (lo,) + _EXTRA_CASES[lo]:
                    emit(SETOP["LITERAL"], k)
                emit(SETOP["FAILURE"])
                self.land(at)

    def charset(self, items, flags):
        op = "IN"
        if flags & SRE_FLAG_IGNORECASE:
            if flags & SRE_FLAG_LOCALE:
                op = "IN_LOC_IGNORE"
            else:
                items, hascased = _fold_charset(items, not flags & SRE_FLAG_UNICODE)
                if hascased:
                    op = "IN_IGNORE" if not flags & SRE_FLAG_UNICODE else "IN_UNI_IGNORE"
        self.emit(OP[op])
        at = self.skip()
        self.set_items(items, flags)
        self.land(at)

    def set_items(self, items, flags):
        emit = self.emit
        mode = "LOC_" if flags & SRE_FLAG_LOCALE else "UNI_" if flags & SRE_FLAG_UNICODE else ""
        for op, av in items:
            if op is NEGATE:
                emit(SETOP["NEGATE"])
            elif op is LITERAL:
                emit(SETOP["LITERAL"], av)
            elif op is RANGE:
                emit(SETOP["RANGE"], av[0], av[1])
            elif op == "RANGE_UNI_IGNORE":
                emit(SETOP["RANGE_UNI_IGNORE"], av[0], av[1])
            elif op is CATEGORY:
                emit(SETOP["CATEGORY"], CHCODE[mode + av])
            else:
                raise error("internal: unsupported set operator %r" % (op,))
        emit(SETOP["FAILURE"])

    def repeat(self, op, av, flags):
        emit = self.emit
        lo, hi, item = av
        if _simple(item):
            emit(OP["REPEAT_ONE"])
            at = self.skip()
            kind = 0 if op is MAX_REPEAT else 1 if op is MIN_REPEAT else 2
            emit(lo, hi, kind)
            self.compile(item, flags)
            emit(OP["SUCCESS"])
            self.land(at)
            return
        if op is POSSESSIVE_REPEAT:
            # x*+ is (?>x*)
            emit(OP["ATOMIC"])
            at = self.skip()
            self.repeat(MAX_REPEAT, av, flags)
            emit(OP["SUCCESS"])
            self.land(at)
            return
        reg = self.nregs
        self.nregs += 2
        start = len(self.code)
        emit(OP["REPEAT"], reg)
        at = self.skip()
        emit(lo, hi, 0 if op is MAX_REPEAT else 1)
        self.compile(item, flags)
        self.land(at)
        emit(OP["UNTIL"], len(self.code) - start)


def _combine_flags(flags, add_flags, del_flags):
    if add_flags & TYPE_FLAGS:
        flags &= ~TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


def _simple(p):
    """A single character test, which REPEAT_ONE repeats."""
    if len(p) != 1:
        return False
    op, av = p[0]
    if op is SUBPATTERN:
        return av[0] is None and _simple(av[-1])
    return op in (LITERAL, NOT_LITERAL, ANY, IN)


def _fold_charset(items, ascii):
    """A set for case-insensitive matching, which the engine tests with the
    lowered character: its characters lowered (with their _EXTRA_CASES),
    and whether any of them is cased at all."""
    if ascii:
        lower, iscased, fixes = _sre.ascii_tolower, _sre.ascii_iscased, {}
    else:
        lower, iscased, fixes = _sre.unicode_tolower, _sre.unicode_iscased, _EXTRA_CASES
    out = []
    chars = set()
    hascased = False
    for op, av in items:
        if op is LITERAL:
            lo = lower(av)
            chars.add(lo)
            chars.update(fixes.get(lo, ()))
            if iscased(av):
                hascased = True
        elif op is RANGE:
            first, last = av
            if ascii:
                out.append((op, av))
                a, b = max(first, 0x41), min(last, 0x5a)
                if a <= b:
                    out.append((RANGE, (a + 32, b + 32)))
                    hascased = True
                a, b = max(first, 0x61), min(last, 0x7a)
                if a <= b:
                    hascased = True
            elif last - first > _EXPAND_LIMIT:
                out.append(("RANGE_UNI_IGNORE", av))
                hascased = True
            else:
                for c in range(first, last + 1):
                    lo = lower(c)
                    chars.add(lo)
                    if lo in fixes:
                        chars.update(fixes[lo])
                    if not hascased and iscased(c):
                        hascased = True
        else:
            out.append((op, av))
    runs = []
    for c in sorted(chars):
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    ranges = [(LITERAL, a) if a == b else (RANGE, (a, b)) for a, b in runs]
    # NEGATE stays first
    if out and out[0][0] is NEGATE:
        return [out[0]] + ranges + out[1:], hascased
    return ranges + out, hascased


def _code(p, flags):
    c = _Compiler(p.state.groups)
    c.compile(p, flags)
    c.emit(OP["MATCH"])
    return c.code, c.nregs


def isstring(obj):
    return isinstance(obj, (str, bytes))


def compile(p, flags=0):
    """A Pattern from a pattern string (or an already parsed tree)."""
    if isstring(p):
        pattern = p
        p = _parser.parse(p, flags)
    else:
        pattern = None
    code, nregs = _code(p, p.state.flags)
    groupindex = p.state.groupdict
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return _sre.compile(pattern, p.state.flags, code,
                        p.state.groups - 1, groupindex, tuple(indexgroup),
                        nregs, p.getwidth()[0])
