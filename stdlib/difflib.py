"""difflib: differences between sequences, and between lists of lines.

Behaves as CPython 3.11's difflib. The core is SequenceMatcher, which pairs
up two sequences by repeatedly taking the longest block they share (ties go
to the block starting first in a, then first in b) and recursing on what
lies left and right of it. Elements of b may be declared junk (never the
seed of a block, though a block may grow over them at its ends), and with
autojunk, elements that fill more than 1% of a long b are treated as
"popular" and ignored the same way. The line-diff formats (ndiff, unified,
context) are built on top of it. HtmlDiff is not provided."""

import re
import types
from collections import namedtuple

__all__ = [
    'Differ', 'HtmlDiff', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'Match',
    'SequenceMatcher', 'context_diff', 'diff_bytes', 'get_close_matches',
    'ndiff', 'restore', 'unified_diff',
]

Match = namedtuple('Match', ['a', 'b', 'size'])


def _ratio_of(matched, total):
    """Twice the matched elements over the total length (1.0 when both are empty)."""
    if total == 0:
        return 1.0
    return 2.0 * matched / total


class SequenceMatcher:
    """Compares two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self._forget_results()

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self._forget_results()
        self.fullbcount = None
        self._index_b()

    def _forget_results(self):
        self.matching_blocks = None
        self.opcodes = None

    def _index_b(self):
        """Where each element occurs in b, leaving out junk and popular ones.

        The result is kept in self.b2j (element -> ascending positions);
        the elements left out go to self.bjunk and self.bpopular."""
        where = {}
        for pos, elt in enumerate(self.b):
            seen = where.get(elt)
            if seen is None:
                where[elt] = [pos]
            else:
                seen.append(pos)
        self.bjunk = junk = set()
        if self.isjunk is not None:
            for elt in list(where):
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del where[elt]
        popular = self.bpopular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            most = size // 100 + 1
            for elt, spots in where.items():
                if len(spots) > most:
                    popular.add(elt)
            for elt in popular:
                del where[elt]
        self.b2j = where

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+size] == b[j:j+size] within the bounds, as a Match.

        The block is first sought among elements that are neither junk nor
        popular; then it grows over equal popular elements at both ends,
        and last over equal junk elements at both ends."""
        a, b = self.a, self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_len = alo, blo, 0
        # run[j]: length of the common run ending at the previous a[i] and b[j]
        run = {}
        positions = self.b2j
        nothing = ()
        for i in range(alo, ahi):
            here = {}
            for j in positions.get(a[i], nothing):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = run.get(j - 1, 0) + 1
                here[j] = length
                if length > best_len:
                    best_i = i - length + 1
                    best_j = j - length + 1
                    best_len = length
            run = here
        junk = self.bjunk
        for grow_over_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == grow_over_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_len += 1
            while (best_i + best_len < ahi and best_j + best_len < bhi
                   and (b[best_j + best_len] in junk) == grow_over_junk
                   and a[best_i + best_len] == b[best_j + best_len]):
                best_len += 1
        return Match(best_i, best_j, best_len)

    def get_matching_blocks(self):
        """The list of Match triples, ascending, ending with Match(len(a), len(b), 0)."""
        cached = self.matching_blocks
        if cached is not None:
            return cached
        found = []
        pending = [(0, len(self.a), 0, len(self.b))]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, size = self.find_longest_match(alo, ahi, blo, bhi)
            if size == 0:
                continue
            found.append((i, j, size))
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + size < ahi and j + size < bhi:
                pending.append((i + size, ahi, j + size, bhi))
        found.sort()
        # blocks that touch (the recursion may split a run) are joined
        joined = []
        for i, j, size in found:
            if joined:
                pi, pj, psize = joined[-1]
                if pi + psize == i and pj + psize == j:
                    joined[-1] = (pi, pj, psize + size)
                    continue
            joined.append((i, j, size))
        joined.append((len(self.a), len(self.b), 0))
        cached = self.matching_blocks = [Match(*t) for t in joined]
        return cached

    def get_opcodes(self):
        """Tuples (tag, i1, i2, j1, j2) that turn a into b, in order."""
        steps = self.opcodes
        if steps is not None:
            return steps
        steps = []
        i = j = 0
        for block in self.get_matching_blocks():
            next_i, next_j, size = block
            if i < next_i:
                tag = 'replace' if j < next_j else 'delete'
            elif j < next_j:
                tag = 'insert'
            else:
                tag = None
            if tag is not None:
                steps.append((tag, i, next_i, j, next_j))
            i = next_i + size
            j = next_j + size
            if size:
                steps.append(('equal', next_i, i, next_j, j))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """Yield lists of opcodes, each a hunk of changes with up to n lines of context."""
        # As in CPython, the trimming below edits the list get_opcodes()
        # keeps, so later calls see the trimmed ends too.
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # context before the first change and after the last one is cut to n
        first = codes[0]
        if first[0] == 'equal':
            codes[0] = ('equal', max(first[1], first[2] - n), first[2],
                        max(first[3], first[4] - n), first[4])
        last = codes[-1]
        if last[0] == 'equal':
            codes[-1] = ('equal', last[1], min(last[2], last[1] + n),
                         last[3], min(last[4], last[3] + n))
        hunk = []
        for step in codes:
            tag, i1, i2, j1, j2 = step
            if tag == 'equal' and i2 - i1 > 2 * n:
                # a long stretch of equal lines closes one hunk and opens the next
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and (len(hunk) > 1 or hunk[0][0] != 'equal'):
            yield hunk

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T, M matched elements, T the total length."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block[2]
        return _ratio_of(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(): the elements the two share, ignoring order."""
        counts = self.fullbcount
        if counts is None:
            counts = self.fullbcount = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
        left = dict(counts)
        matched = 0
        for elt in self.a:
            have = left.get(elt, 0)
            if have > 0:
                matched += 1
            left[elt] = have - 1
        return _ratio_of(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A cheaper upper bound of ratio(), from the lengths alone."""
        sizes = len(self.a), len(self.b)
        return _ratio_of(min(sizes), sum(sizes))

    __class_getitem__ = classmethod(types.GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) of possibilities whose ratio to word reaches cutoff, best first."""
    if not n > 0:
        raise ValueError(f"n must be > 0: {n!r}")
    if not (0.0 <= cutoff <= 1.0):
        raise ValueError(f"cutoff must be in [0.0, 1.0]: {cutoff!r}")
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff
                and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    scored.sort(reverse=True)
    return [candidate for score, candidate in scored[:n]]


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """Whether line is blank, or holds only a '#' and whitespace."""
    return bool(pat(line))


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Whether ch is a space or a tab."""
    return ch in ws


def _tags_keeping_whitespace(text, tags):
    """tags, with text's own whitespace where the tag is a blank (so tabs line up)."""
    out = []
    for ch, tag in zip(text, tags):
        out.append(ch if tag == ' ' and ch.isspace() else tag)
    return ''.join(out)


# How each opcode marks the characters of the two lines of a '? ' hint:
# (mark for the old line's span, mark for the new line's span).
_HINT_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''),
               'insert': ('', '+'), 'equal': (' ', ' ')}


class Differ:
    """Human-readable deltas between lists of lines, as ndiff writes them.

    Each line of the result starts with '- ', '+ ', '  ' or '? ' (a hint
    that marks the changed characters of a nearly equal pair of lines)."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines that turn a into b."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                lines = self._replace_around_best(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._lines_tagged('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._lines_tagged('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._lines_tagged(' ', a, alo, ahi)
            else:
                raise ValueError(f'unknown tag {tag!r}')
            yield from lines

    def _lines_tagged(self, tag, x, lo, hi):
        for k in range(lo, hi):
            yield '%s %s' % (tag, x[k])

    def _replace_plainly(self, a, alo, ahi, b, blo, bhi):
        """The shorter side first: removed lines, then added ones, or the reverse."""
        assert alo < ahi and blo < bhi
        removed = self._lines_tagged('-', a, alo, ahi)
        added = self._lines_tagged('+', b, blo, bhi)
        if bhi - blo < ahi - alo:
            yield from added
            yield from removed
        else:
            yield from removed
            yield from added

    def _replace_around_best(self, a, alo, ahi, b, blo, bhi):
        """A replaced block, written around its most similar pair of lines.

        The pair with the highest character ratio (the first found, going
        through b's lines and, for each, a's) becomes a '-'/'+' pair with
        hints, if its ratio reaches 0.75; otherwise the first identical
        pair serves as a synchronisation point; failing both, the block
        is plainly replaced. What lies before and after the pair is
        handled the same way."""
        chars = SequenceMatcher(self.charjunk)
        best = 0.74
        best_i = best_j = None
        same_i = same_j = None
        for j in range(blo, bhi):
            new = b[j]
            chars.set_seq2(new)
            for i in range(alo, ahi):
                old = a[i]
                if old == new:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(old)
                if (chars.real_quick_ratio() > best
                        and chars.quick_ratio() > best
                        and chars.ratio() > best):
                    best = chars.ratio()
                    best_i, best_j = i, j
        identical = best < 0.75
        if identical:
            if same_i is None:
                yield from self._replace_plainly(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
        yield from self._replace_span(a, alo, best_i, b, blo, best_j)
        old, new = a[best_i], b[best_j]
        if identical:
            yield '  ' + old
        else:
            chars.set_seqs(old, new)
            old_marks = []
            new_marks = []
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                if tag not in _HINT_MARKS:
                    raise ValueError(f'unknown tag {tag!r}')
                mark_old, mark_new = _HINT_MARKS[tag]
                old_marks.append(mark_old * (i2 - i1))
                new_marks.append(mark_new * (j2 - j1))
            yield from self._pair_with_hints(old, new, ''.join(old_marks), ''.join(new_marks))
        yield from self._replace_span(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _replace_span(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._replace_around_best(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._lines_tagged('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._lines_tagged('+', b, blo, bhi)

    def _pair_with_hints(self, aline, bline, atags, btags):
        """The pair of lines, each followed by its hint line when it has marks."""
        old_hint = _tags_keeping_whitespace(aline, atags).rstrip()
        new_hint = _tags_keeping_whitespace(bline, btags).rstrip()
        yield '- ' + aline
        if old_hint:
            yield '? ' + old_hint + '\n'
        yield '+ ' + bline
        if new_hint:
            yield '? ' + new_hint + '\n'


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """A Differ delta of two lists of lines (a generator)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff or Differ delta was made from (1 or 2)."""
    try:
        keep = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError(
            f'unknown delta choice (must be 1 or 2): {which!r}') from None
    for line in delta:
        if line[:2] == '  ' or line[:2] == keep:
            yield line[2:]


def _require_text(a, b, *args):
    # str lines and arguments only: bytes go through diff_bytes
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            first = lines[0]
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(first).__name__, first))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError(f'all arguments must be str, not: {arg!r}')


def _file_header(mark, name, date, lineterm):
    if date:
        return '%s %s\t%s%s' % (mark, name, date, lineterm)
    return '%s %s%s' % (mark, name, lineterm)


def _unified_range(start, stop):
    """'start,count' (1-based) as unified hunks write it; a one-line range is its number."""
    count = stop - start
    if count == 1:
        return str(start + 1)
    first = start + 1 if count else start
    return '%d,%d' % (first, count)


def unified_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The delta of two lists of lines in unified format (a generator)."""
    _require_text(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        old_span = _unified_range(hunk[0][1], hunk[-1][2])
        new_span = _unified_range(hunk[0][3], hunk[-1][4])
        yield '@@ -%s +%s @@%s' % (old_span, new_span, lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


def _context_range(start, stop):
    """'first,last' (1-based, inclusive) as context hunks write it."""
    count = stop - start
    first = start + 1 if count else start
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The delta of two lists of lines in context format (a generator)."""
    _require_text(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for hunk in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        yield '*' * 15 + lineterm
        yield '*** %s ****%s' % (_context_range(hunk[0][1], hunk[-1][2]), lineterm)
        tags = [step[0] for step in hunk]
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line
        yield '--- %s ----%s' % (_context_range(hunk[0][3], hunk[-1][4]), lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


_ESCAPE = 'surrogateescape'


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str diff function (unified_diff, context_diff) over bytes.

    Everything goes through ASCII with surrogateescape, so any byte
    survives the round trip."""
    def as_text(s):
        try:
            return s.decode('ascii', _ESCAPE)
        except AttributeError as exc:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(s).__name__, s)) from exc
    a = [as_text(line) for line in a]
    b = [as_text(line) for line in b]
    names = [as_text(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    lineterm = as_text(lineterm)
    for line in dfunc(a, b, *names, n, lineterm):
        yield line.encode('ascii', _ESCAPE)


class HtmlDiff:
    """Side-by-side HTML tables of differences: not provided by atoll."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('difflib.HtmlDiff is not implemented in atoll')
