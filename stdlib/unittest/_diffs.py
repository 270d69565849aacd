"""The texts that explain why two sequences, sets or strings differ, for
the assert methods of unittest.case."""

import difflib
import pprint

from .util import safe_repr, _common_shorten_repr

# what indexing a sequence may raise besides returning an item
_INDEX_ERRORS = (TypeError, IndexError, NotImplementedError)


def lines_diff(text1, text2):
    """An ndiff of two texts, line by line, after a newline."""
    return '\n' + '\n'.join(difflib.ndiff(text1.splitlines(),
                                          text2.splitlines()))


def text_diff(first, second):
    """An ndiff of two strings keeping their line ends; a one-line string
    gets a newline so that the ? guide lines come out apart."""
    lines1 = first.splitlines(keepends=True)
    lines2 = second.splitlines(keepends=True)
    if len(lines1) == 1 and first.strip('\r\n') == first:
        lines1, lines2 = [first + '\n'], [second + '\n']
    return '\n' + ''.join(difflib.ndiff(lines1, lines2))


def set_difference(set1, set2, failure):
    """The lines listing what each set lacks, or None when they are equal;
    raises failure when the values cannot be subtracted."""
    only1 = _subtract(set1, set2, 'first', failure)
    only2 = _subtract(set2, set1, 'second', failure)
    if not (only1 or only2):
        return None
    lines = []
    if only1:
        lines.append('Items in the first set but not the second:')
        lines += [repr(item) for item in only1]
    if only2:
        lines.append('Items in the second set but not the first:')
        lines += [repr(item) for item in only2]
    return '\n'.join(lines)


def _subtract(set1, set2, which, failure):
    try:
        return set1.difference(set2)
    except TypeError as exc:
        raise failure(f'invalid type when attempting set difference: {exc}')
    except AttributeError as exc:
        raise failure(f'{which} argument does not support set difference: '
                      f'{exc}')


def sequence_difference(seq1, seq2, seq_type, failure):
    """(headline, diff) telling how two sequences differ, or None when
    they are equal; raises failure when one is not of seq_type."""
    if seq_type is not None:
        kind = seq_type.__name__
        for which, seq in (('First', seq1), ('Second', seq2)):
            if not isinstance(seq, seq_type):
                raise failure(f'{which} sequence is not a {kind}: '
                              f'{safe_repr(seq)}')
    else:
        kind = "sequence"
    headline = _length_problem(seq1, seq2, kind)
    if headline is None:
        if seq1 == seq2:
            return None
        headline = _first_difference(seq1, seq2, kind, seq_type is None)
        if headline is None:
            return None     # equal items, different types: that is fine
    diff = lines_diff(pprint.pformat(seq1), pprint.pformat(seq2))
    return headline, diff


def _length_problem(seq1, seq2, kind):
    for which, seq in (('First', seq1), ('Second', seq2)):
        try:
            len(seq)
        except (TypeError, NotImplementedError):
            return f'{which} {kind} has no length.    Non-sequence?'
    return None


def _first_difference(seq1, seq2, kind, any_type):
    """The headline: the two reprs, the first differing item and what one
    has beyond the other; None when any_type and the sequences hold
    equal items but are of different types."""
    len1, len2 = len(seq1), len(seq2)
    text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) +
                                        _common_shorten_repr(seq1, seq2))
    for pos in range(min(len1, len2)):
        try:
            item1 = seq1[pos]
        except _INDEX_ERRORS:
            return text + f'\nUnable to index element {pos} of first {kind}\n'
        try:
            item2 = seq2[pos]
        except _INDEX_ERRORS:
            return text + f'\nUnable to index element {pos} of second {kind}\n'
        if item1 != item2:
            text += ('\nFirst differing element %d:\n%s\n%s\n' %
                     ((pos,) + _common_shorten_repr(item1, item2)))
            return text + _extra_elements(seq1, seq2, kind)
    if len1 == len2 and any_type and type(seq1) != type(seq2):
        return None
    return text + _extra_elements(seq1, seq2, kind)


def _extra_elements(seq1, seq2, kind):
    """The lines on the items the longer sequence has beyond the other."""
    len1, len2 = len(seq1), len(seq2)
    if len1 == len2:
        return ''
    which, longer, short_len = (('First', seq1, len2) if len1 > len2
                                else ('Second', seq2, len1))
    text = (f'\n{which} {kind} contains {abs(len1 - len2)} additional '
            f'elements.\n')
    try:
        return text + (f'First extra element {short_len}:\n'
                       f'{safe_repr(longer[short_len])}\n')
    except _INDEX_ERRORS:
        return text + (f'Unable to index element {short_len} of '
                       f'{which.lower()} {kind}\n')
