"""unittest.util: the small text helpers that the failure messages share:
reprs that cannot fail, reprs shortened around their common start, and
element counts for assertCountEqual."""

from collections import Counter

# beyond this many characters a repr asked to be short is cut
_REPR_CUT = 80

# how "a != b" messages shorten long reprs: the whole message aims at
# _WIDTH characters; a cut part becomes "[N chars]" (about _MARK_WIDTH
# wide) and keeps _HEAD characters before the mark and _TAIL after it
_WIDTH = 80
_MARK_WIDTH = 12
_HEAD = 5
_TAIL = 5
_KEPT_COMMON = 5
_KEPT_DIFFERENT = _WIDTH - (_HEAD + _MARK_WIDTH + _KEPT_COMMON +
                            _MARK_WIDTH + _TAIL)


def safe_repr(obj, short=False):
    """repr(obj), falling back on object's own repr when the type's
    __repr__ raises; with short, cut to about 80 characters."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _REPR_CUT:
        text = text[:_REPR_CUT] + ' [truncated]...'
    return text


def strclass(cls):
    """A class named as test ids name it: module.qualified name."""
    return f"{cls.__module__}.{cls.__qualname__}"


def _cut_middle(text, head, tail):
    """text with its middle replaced by "[N chars]", when that saves room."""
    hidden = len(text) - head - tail
    if hidden <= _MARK_WIDTH:
        return text
    return f"{text[:head]}[{hidden} chars]{text[len(text) - tail:]}"


def _shared_start(texts):
    first, last = min(texts), max(texts)
    size = 0
    while size < len(first) and first[size] == last[size]:
        size += 1
    return first[:size]


def _common_shorten_repr(*objects):
    """The reprs of objects, shortened alike when the longest is too long:
    their common start is cut first, then what differs."""
    texts = tuple(safe_repr(obj) for obj in objects)
    longest = max(len(text) for text in texts)
    if longest <= _WIDTH:
        return texts
    start = _shared_start(texts)
    size = len(start)
    room = _WIDTH - (longest - size + _HEAD + _MARK_WIDTH)
    if room > _KEPT_COMMON:
        start = _cut_middle(start, _HEAD, room)
        return tuple(start + text[size:] for text in texts)
    start = _cut_middle(start, _HEAD, _KEPT_COMMON)
    return tuple(start + _cut_middle(text[size:], _KEPT_DIFFERENT, _TAIL)
                 for text in texts)


def call_if_present(obj, name, *args):
    """obj.name(*args) when obj has such a method (results and fixtures
    may lack the optional ones)."""
    method = getattr(obj, name, None)
    if method is not None:
        method(*args)


def three_way_cmp(x, y):
    """-1, 0 or 1 as x sorts before, with or after y."""
    return (x > y) - (x < y)


def _count_diff_hashable(actual, expected):
    """(count in actual, count in expected, element) for each element
    whose counts differ, elements of actual first."""
    mine, theirs = Counter(actual), Counter(expected)
    found = [(count, theirs.get(elem, 0), elem)
             for elem, count in mine.items() if count != theirs.get(elem, 0)]
    found += [(0, count, elem) for elem, count in theirs.items()
              if elem not in mine]
    return found


def _count_diff_all_purpose(actual, expected):
    """The same as _count_diff_hashable for unhashable elements, comparing
    them by == only (quadratic)."""
    mine, theirs = list(actual), list(expected)
    used_mine = [False] * len(mine)
    used_theirs = [False] * len(theirs)
    found = []
    for pos, elem in enumerate(mine):
        if used_mine[pos]:
            continue
        count_mine = _claim(mine, used_mine, elem, pos)
        count_theirs = _claim(theirs, used_theirs, elem, 0)
        if count_mine != count_theirs:
            found.append((count_mine, count_theirs, elem))
    for pos, elem in enumerate(theirs):
        if not used_theirs[pos]:
            count = _claim(theirs, used_theirs, elem, pos)
            found.append((0, count, elem))
    return found


def _claim(items, used, elem, start):
    """Mark the unused items from start on that equal elem; their count."""
    count = 0
    for pos in range(start, len(items)):
        if not used[pos] and items[pos] == elem:
            used[pos] = True
            count += 1
    return count
