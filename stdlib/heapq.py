"""heapq: lists used as binary min-heaps, where heap[0] is the smallest item
and each heap[i] is no greater than heap[2*i + 1] and heap[2*i + 2].

The operations on a heap come from the C module _heapq, which sifts as
CPython's does (so a heap's list holds its items in the same order); merge,
nsmallest and nlargest are built on them here."""

__all__ = [
    'heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
    'nlargest', 'nsmallest', 'heappushpop',
]

from _heapq import (
    heappush, heappop, heapreplace, heappushpop, heapify,
    _heappop_max, _heapreplace_max, _heapify_max,
)


def merge(*iterables, key=None, reverse=False):
    """Yield the items of several sorted iterables in one sorted stream.

    Lazy: each input is read one item ahead. Equal items come out in the
    order of their inputs. With reverse=True the inputs are sorted from
    largest to smallest, and so is the output."""
    if reverse:
        build, drop, swap, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, drop, swap, sign = heapify, heappop, heapreplace, 1
    # One entry per input not yet exhausted: [sort key, rank, item, iterator].
    # The rank, the input's position (negated for the max-heap), breaks ties,
    # so items themselves are compared only through their keys.
    heads = []
    for position, iterable in enumerate(iterables):
        source = iter(iterable)
        for item in source:
            heads.append([item if key is None else key(item),
                          position * sign, item, source])
            break
    build(heads)
    while len(heads) > 1:
        head = heads[0]
        yield head[2]
        for item in head[3]:
            head[0] = item if key is None else key(item)
            head[2] = item
            swap(heads, head)
            break
        else:
            drop(heads)
    # The last input left needs no more comparing.
    if heads:
        yield heads[0][2]
        yield from heads[0][3]


def _extremes(n, iterable, key, largest):
    """The n smallest (or largest) items of iterable, in order, ties in input order.

    Keeps a heap of the n best items seen so far whose root is the worst of
    them, the one the next better item evicts."""
    if n == 1:
        missing = object()
        pick = max if largest else min
        best = pick(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:       # everything is kept: a sort does it all
            return sorted(iterable, key=key, reverse=largest)[:n]
    if largest:
        build, swap, sign = heapify, heapreplace, -1
    else:
        build, swap, sign = _heapify_max, _heapreplace_max, 1
    # Entries are (sort key, rank, item); ranks grow (or, for largest, fall)
    # with input order, so among equal keys the earlier item counts as better.
    source = iter(iterable)
    kept = [(item if key is None else key(item), rank * sign, item)
            for rank, item in zip(range(n), source)]
    if not kept:
        return []
    build(kept)
    worst = kept[0][0]
    for rank, item in enumerate(source, n):
        k = item if key is None else key(item)
        if (worst < k) if largest else (k < worst):
            swap(kept, (k, rank * sign, item))
            worst = kept[0][0]
    kept.sort(reverse=largest)
    return [item for _, _, item in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    return _extremes(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    return _extremes(n, iterable, key, True)
