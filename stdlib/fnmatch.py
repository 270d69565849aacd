"""Filename matching with shell patterns, as CPython 3.11's fnmatch.

fnmatch(FILENAME, PATTERN) matches according to the local convention
(POSIX: case-sensitive). fnmatchcase(FILENAME, PATTERN) always takes case
into account. The functions operate by translating the pattern into a
regular expression; they cache the compiled regular expressions.
"""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (*, ?, [seq], [!seq])."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        pat_str = str(pat, 'ISO-8859-1')
        res_str = translate(pat_str)
        res = bytes(res_str, 'ISO-8859-1')
    else:
        res = translate(pat)
    return re.compile(res).match


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        # normcase on posix is NOP. Optimize it away from the loop.
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name) is not None


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    STAR = object()
    pieces = _pieces(pat, STAR)
    # Leading fixed pieces, then each star with the fixed text after it: an
    # inner "*fixed" is a lazy .*? followed by fixed, inside an atomic group
    # so that it never backtracks; the last star is a plain .*
    res = []
    i, n = 0, len(pieces)
    while i < n and pieces[i] is not STAR:
        res.append(pieces[i])
        i += 1
    while i < n:
        i += 1      # the star
        if i == n:
            res.append(".*")
            break
        fixed = []
        while i < n and pieces[i] is not STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            res.append(".*")
            res.append(fixed)
        else:
            res.append(f"(?>.*?{fixed})")
    return fr'(?s:{"".join(res)})\Z'


def _pieces(pat, STAR):
    """The pattern as regular expression pieces, runs of * as one STAR."""
    res = []
    add = res.append
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] is not STAR:
                add(STAR)
        elif c == '?':
            add('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                add('\\[')
                continue
            stuff = pat[i:j]
            if '-' not in stuff:
                stuff = stuff.replace('\\', r'\\')
            else:
                # split at the hyphens of ranges; drop empty ranges
                chunks = []
                k = i + 2 if pat[i] == '!' else i + 1
                while True:
                    k = pat.find('-', k, j)
                    if k < 0:
                        break
                    chunks.append(pat[i:k])
                    i = k + 1
                    k = k + 3
                chunk = pat[i:j]
                if chunk:
                    chunks.append(chunk)
                else:
                    chunks[-1] += '-'
                for k in range(len(chunks) - 1, 0, -1):
                    if chunks[k - 1][-1] > chunks[k][0]:
                        chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                        del chunks[k]
                # backslashes and the hyphens that are not ranges escaped
                stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                                 for s in chunks)
            # the set operations of future regular expressions escaped
            stuff = re.sub(r'([&~|])', r'\\\1', stuff)
            i = j + 1
            if not stuff:
                add('(?!)')         # an empty set never matches
            elif stuff == '!':
                add('.')            # a negated empty set matches anything
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                add(f'[{stuff}]')
        else:
            add(re.escape(c))
    return res
