"""operator: Python's operators as functions (operator.add(x, y) is x + y),
and itemgetter, attrgetter and methodcaller to build key functions.

atoll's C module _operator provides almost all of them; the few it lacks
are written here."""

from _operator import *


# the builtin types whose + is a sequence concatenation (in CPython, the
# types with a concat slot: they raise their own error for a bad b)
_CONCATENATING = (list, tuple, str, bytes, bytearray)


def _is_sequence(x):
    # CPython's test: indexable, and not a mapping
    return not isinstance(x, dict) and hasattr(type(x), '__getitem__')


def _check_concat(a, b):
    # other types concatenate by their + when both operands are sequences
    if not (isinstance(a, _CONCATENATING) or (_is_sequence(a) and _is_sequence(b))):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b, /):
    "a + b, for sequences a and b."
    _check_concat(a, b)
    return a + b


def iconcat(a, b, /):
    "a += b, for sequences a and b."
    _check_concat(a, b)
    a += b
    return a


def _items_of(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def countOf(a, b, /):
    "How many items of a are b, or equal to b."
    return sum(1 for item in _items_of(a) if item is b or item == b)


def indexOf(a, b, /):
    "The position of the first item of a that is b, or equal to b."
    for position, item in enumerate(_items_of(a)):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0, /):
    """An estimate of the number of items of obj, at least 0: len(obj) if
    it has a length, else what its __length_hint__ says, else *default*."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be "
                        "interpreted as an integer")
    try:
        return len(obj)
    except TypeError:       # no length: try the hint
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        estimate = hint(obj)
    except TypeError:
        return default
    if estimate is NotImplemented:
        return default
    if not isinstance(estimate, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(estimate).__name__}')
    if estimate < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return estimate


__all__ = sorted(name for name in globals() if not name.startswith('_'))

# Each operator is also reachable by its dunder name (operator.__add__ is
# add, operator.__not__ is not_); the helpers below are not operators.
_NOT_OPERATORS = frozenset({'attrgetter', 'itemgetter', 'methodcaller', 'countOf',
                            'indexOf', 'is_', 'is_not', 'length_hint', 'truth'})
for _name in __all__:
    if _name not in _NOT_OPERATORS:
        globals()[f"__{_name.rstrip('_')}__"] = globals()[_name]
del _name
