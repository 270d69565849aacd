"""Shell-style wildcards (*, ?, [seq], [!seq]) for file names, with the
interface of CPython 3.11's fnmatch.

A wildcard pattern is translated into a regular expression, compiled once
and cached. fnmatch() follows the platform's case convention (os.path's
normcase: none on POSIX); fnmatchcase() always tells case apart.
"""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the wildcard pattern pat, by the platform's
    case rules."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


def fnmatchcase(name, pat):
    """Whether name matches the wildcard pattern pat, case included."""
    return _matcher(pat)(name) is not None


def filter(names, pat):
    """The names that match pat, in their order."""
    match = _matcher(os.path.normcase(pat))
    if os.path is posixpath:        # normcase is the identity there
        return [name for name in names if match(name)]
    normcase = os.path.normcase
    return [name for name in names if match(normcase(name))]


@functools.lru_cache(maxsize=32768, typed=True)
def _matcher(pat):
    """The match method of pat's compiled translation. A bytes pattern is
    translated as latin-1 text, which maps each byte to one character."""
    if isinstance(pat, bytes):
        regex = translate(pat.decode('latin-1')).encode('latin-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


_STAR = None    # stands for a run of '*' among the translated pieces


def translate(pat):
    """The regular expression (a str) that matches what pat matches.
    Nothing in a wildcard pattern can be quoted."""
    # the text between stars, translated
    segments = [""]
    for piece in _translated_pieces(pat):
        if piece is _STAR:
            segments.append("")
        else:
            segments[-1] += piece
    regex = segments[0]
    if len(segments) > 1:
        # A star followed by more stars matches lazily up to the next fixed
        # text and never gives it back (an atomic group): without that,
        # patterns like *a*a*a*b backtrack exponentially. The last star
        # takes all it can, leaving room for the text after it.
        for middle in segments[1:-1]:
            regex += f"(?>.*?{middle})"
        regex += ".*" + segments[-1]
    return fr"(?s:{regex})\Z"


def _translated_pieces(pat):
    """pat as regular expression pieces, with _STAR for each run of '*'."""
    i = 0
    after_star = False
    while i < len(pat):
        c = pat[i]
        i += 1
        if c == "*":
            if not after_star:
                yield _STAR
            after_star = True
            continue
        after_star = False
        if c == "?":
            yield "."
        elif c == "[":
            end = _bracket_end(pat, i)
            if end < 0:     # no closing ']': the '[' is itself
                yield "\\["
            else:
                yield _bracket(pat[i:end])
                i = end + 1
        else:
            yield re.escape(c)


def _bracket_end(pat, start):
    """The index of the ']' that closes a bracket whose body begins at
    start, or -1. A ']' first in the body ([]...] or [!]...]) is a member."""
    i = start
    if pat[i:i + 1] == "!":
        i += 1
    if pat[i:i + 1] == "]":
        i += 1
    return pat.find("]", i)


_SET_OPERATORS = {ord(c): "\\" + c for c in "&~|"}


def _bracket(body):
    """The regular expression set for the body of a bracket."""
    parts = _range_parts(body)
    # '\\' and stray '-' are escaped; a doubled & ~ | may some day be a set
    # operation in re, so those are escaped too
    members = "-".join(p.replace("\\", "\\\\").replace("-", "\\-")
                       for p in parts).translate(_SET_OPERATORS)
    if not members:
        return "(?!)"       # every range was empty: nothing matches
    if members == "!":
        return "."          # nothing excluded: anything matches
    if members[0] == "!":
        members = "^" + members[1:]
    elif members[0] in "^[":
        members = "\\" + members
    return f"[{members}]"


def _range_parts(body):
    """body cut at the hyphens that make ranges, the empty ranges (z-a)
    dropped: joined with '-' again, the parts make the regular expression's
    ranges. A hyphen first (after any '!'), last, or right after a range is
    an ordinary member."""
    first = 1 if body[:1] == "!" else 0
    parts = []
    start = 0
    cut = body.find("-", first + 1)
    while cut >= 0:
        parts.append(body[start:cut])
        start = cut + 1
        # the range's end is body[start]; a hyphen right after it is a member
        cut = body.find("-", cut + 3)
    if start < len(body):
        parts.append(body[start:])
    else:
        parts[-1] += "-"
    # a range whose ends are reversed matches nothing: drop it, keeping the
    # members on either side (the last of the part before, the first of the
    # part after, are its ends)
    k = len(parts) - 1
    while k > 0:
        if parts[k - 1][-1] > parts[k][0]:
            parts[k - 1] = parts[k - 1][:-1] + parts[k][1:]
            del parts[k]
        k -= 1
    return parts
