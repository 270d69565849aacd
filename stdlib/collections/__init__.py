"""collections: container types beyond the builtins.

deque is atoll's C type (_collections); defaultdict, OrderedDict, Counter,
ChainMap, namedtuple and the UserDict/UserList/UserString wrappers are
written here, with CPython's behaviour and reprs."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import _collections
import _types
from _collections import deque
from collections import abc as _abc
from abc import update_abstractmethods as _update_abstractmethods
from itertools import chain as _chain
import keyword as _keyword
from operator import add as _add, sub as _sub
from operator import eq as _eq, ne as _ne, lt as _lt, le as _le, gt as _gt, ge as _ge

_abc.MutableSequence.register(deque)

# Objects whose repr is being built: meeting one again (a container that
# holds itself) prints '...' instead of recursing forever.
_reprs_in_progress = []


def _guarded_repr(obj, build):
    if any(item is obj for item in _reprs_in_progress):
        return '...'
    _reprs_in_progress.append(obj)
    try:
        return build(obj)
    finally:
        _reprs_in_progress.pop()


def _is_mapping(obj):
    # dict first: cheaper than the ABC check
    return isinstance(obj, dict) or isinstance(obj, _abc.Mapping)


def _dict_operand(merge):
    # the | operators of the dict subclasses take dicts only
    def checked(self, other):
        if isinstance(other, dict):
            return merge(self, other)
        return NotImplemented
    checked.__name__ = merge.__name__
    checked.__qualname__ = merge.__qualname__
    return checked


# --- defaultdict -------------------------------------------------------------------

class defaultdict(dict):
    """A dict that makes a missing key's value by calling default_factory
    (with no arguments) and stores it; with default_factory None, a missing
    key raises KeyError as in a dict. The other arguments are dict's."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        # the factory may be a method of this very dict
        factory = _guarded_repr(self.default_factory, repr)
        return f'{type(self).__name__}({factory}, {dict.__repr__(self)})'

    def copy(self):
        """A shallow copy, with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    @_dict_operand
    def __or__(self, other):
        merged = self.copy()
        merged.update(other)
        return merged

    @_dict_operand
    def __ror__(self, other):
        merged = type(self)(self.default_factory, other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# --- OrderedDict -------------------------------------------------------------------

class OrderedDict(dict):
    """A dict whose order can be changed (move_to_end, popitem at either
    end), and whose equality with another OrderedDict takes order into
    account. atoll's dict already keeps insertion order."""

    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """Set items from a mapping or (key, value) pairs, then keywords."""
        pairs = ((key, other[key]) for key in other.keys()) if hasattr(other, 'keys') else other
        for key, value in _chain(pairs, kwds.items()):
            self[key] = value

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first if
        *last* is false."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self) if last else iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move *key* to the end, or to the front if *last* is false."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        # a dict only appends: put the key first, then the others back
        others = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, others)

    def setdefault(self, key, default=None):
        """self[key] if present, else store and return *default*."""
        if key not in self:
            self[key] = default
        return self[key]

    def copy(self):
        """A shallow copy, of the same type."""
        return type(self)(self)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return _guarded_repr(self, lambda od: f'{type(od).__name__}({list(od.items())!r})')

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new ordered dictionary mapping each key of *iterable* to *value*."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __eq__(self, other):
        # between two OrderedDicts the order matters too
        same_items = dict.__eq__(self, other)
        if isinstance(other, OrderedDict) and same_items is True:
            return list(self) == list(other)
        return same_items

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    @_dict_operand
    def __or__(self, other):
        merged = type(self)(self)
        merged.update(other)
        return merged

    @_dict_operand
    def __ror__(self, other):
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# C types in CPython: messages name them by module, as their tp_name does
for _cls in (defaultdict, OrderedDict):
    _types.set_message_name(_cls, 'collections.' + _cls.__name__)
del _cls


# --- namedtuple --------------------------------------------------------------------

def _split_field_names(names):
    # one string of names separated by spaces and/or commas, or an iterable
    if not isinstance(names, str):
        return [str(name) for name in names]
    return names.replace(',', ' ').split()


def _renamed_fields(fields):
    # rename=True: a name that is not usable becomes _<its position>
    seen = set()
    result = []
    for position, name in enumerate(fields):
        unusable = (not name.isidentifier() or _keyword.iskeyword(name)
                    or name.startswith('_') or name in seen)
        result.append(f'_{position}' if unusable else name)
        seen.add(name)
    return result


def _check_names(typename, fields, renamed):
    for name in (typename, *fields):
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _keyword.iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in fields:
        if name.startswith('_') and not renamed:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)


def _compiled_new(typename, fields):
    # __new__ is compiled from source so that it takes the fields as named
    # parameters and reports a missing or unexpected one by name, as CPython's
    params = ', '.join(('_cls',) + fields)
    source = f'def __new__({params}):\n    return _make_tuple(_cls, [{", ".join(fields)}])\n'
    scope = {'_make_tuple': tuple.__new__, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    exec(source, scope)
    return scope['__new__']


def _namedtuple_methods(typename, fields, signature):
    size = len(fields)
    item_format = ', '.join(f'{name}=%r' for name in fields)

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != size:
            raise TypeError(f'Expected {size} arguments, got {len(made)}')
        return made
    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        """The type name, then each field as name=value."""
        return f'{type(self).__name__}({item_format % self})'

    def _asdict(self):
        """A dict of the field names and values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """The values as a plain tuple, for copy and pickle."""
        return tuple(self)

    __new__ = _compiled_new(typename, fields)
    __new__.__doc__ = f'Create new instance of {typename}({signature})'
    methods = {'__new__': __new__, '_make': _make, '_replace': _replace,
               '__repr__': __repr__, '_asdict': _asdict, '__getnewargs__': __getnewargs__}
    for name, function in methods.items():
        function.__name__ = name
        function.__qualname__ = f'{typename}.{name}'
    methods['_make'] = classmethod(_make)
    return methods


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass named *typename* whose items can also be read as
    attributes, named by *field_names* (a sequence, or one string of names
    separated by spaces or commas)."""
    typename = str(typename)
    fields = _split_field_names(field_names)
    if rename:
        fields = _renamed_fields(fields)
    fields = tuple(fields)
    _check_names(typename, fields, rename)
    if defaults is not None:
        defaults = (*defaults,)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
    # the parameter list as CPython shows it, a 1-tuple with its comma
    signature = ', '.join(fields) + (',' if len(fields) == 1 else '')
    namespace = _namedtuple_methods(typename, fields, signature)
    # the defaults belong to the last fields
    namespace['_field_defaults'] = {}
    if defaults is not None:
        namespace['__new__'].__defaults__ = defaults
        namespace['_field_defaults'] = dict(zip(fields[len(fields) - len(defaults):], defaults))
    namespace.update({
        '__doc__': f'{typename}({signature})',
        '__slots__': (),
        '_fields': fields,
        '__match_args__': fields,
    })
    for position, name in enumerate(fields):
        namespace[name] = _collections._tuplegetter(position, f'Alias for field number {position}')
    if module is None:
        module = _collections._caller_module(1) or '__main__'
    namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


# --- Counter -----------------------------------------------------------------------

class Counter(dict):
    """A dict counting hashable things (a bag, or multiset): each key maps
    to its count, and a missing key counts 0.

    >>> Counter('abracadabra').most_common(2)
    [('a', 5), ('b', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """Absent elements count zero (and are not stored)."""
        return 0

    def total(self):
        """The sum of all the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The (element, count) pairs, most common first (all of them, or
        the first *n*); equal counts keep the order of first insertion."""
        ranked = sorted(self.items(), key=lambda item: item[1], reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """An iterator repeating each element as many times as its count
        (elements with a count below one are left out)."""
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements or from a mapping of
        counts (unlike dict.update, which would replace them)."""
        if iterable is not None:
            if not _is_mapping(iterable):
                for element in iterable:
                    self[element] += 1
            elif self:
                for element, count in iterable.items():
                    self[element] = count + self[element]
            else:
                dict.update(self, iterable)     # nothing to add to: plain copy
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take away counts, as update() adds them; counts may go to zero
        or below."""
        if iterable is not None:
            if _is_mapping(iterable):
                for element, count in iterable.items():
                    self[element] = self[element] - count
            else:
                for element in iterable:
                    self[element] -= 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy, of the same type."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, element):
        # deleting an element that is not counted is not an error
        if element in self:
            super().__delitem__(element)

    def _all_counts(self, other, test):
        # test() holds for the counts of every element of either counter
        return all(test(self[key], other[key]) for key in _chain(self, other))

    __hash__ = None

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            shown = dict(self.most_common())
        except TypeError:       # counts that cannot be ordered: as stored
            shown = dict(self)
        return f'{type(self).__name__}({shown!r})'

    def _combined(self, other, combine):
        # the binary operators make a plain Counter of the positive results
        # of combining the two counts of each element (self's first)
        result = Counter()
        for key in dict.fromkeys(_chain(self, other)):
            count = combine(self[key], other[key])
            if count > 0:
                result[key] = count
        return result

    def __pos__(self):
        return Counter({key: count for key, count in self.items() if count > 0})

    def __neg__(self):
        return Counter({key: -count for key, count in self.items() if count < 0})

    def _drop_non_positive(self):
        for key in [key for key, count in self.items() if not count > 0]:
            del self[key]
        return self

    def __iadd__(self, other):
        for key, count in other.items():
            self[key] += count
        return self._drop_non_positive()

    def __isub__(self, other):
        for key, count in other.items():
            self[key] -= count
        return self._drop_non_positive()

    def __ior__(self, other):
        for key, count in other.items():
            if count > self[key]:
                self[key] = count
        return self._drop_non_positive()

    def __iand__(self, other):
        for key, count in self.items():
            if other[key] < count:
                self[key] = other[key]
        return self._drop_non_positive()


def _counter_operator(name, compute):
    # comparisons and binary operators apply between Counters only
    def operator(self, other):
        if isinstance(other, Counter):
            return compute(self, other)
        return NotImplemented
    operator.__name__ = name
    operator.__qualname__ = f'Counter.{name}'
    return operator


_COUNTER_OPERATORS = {
    '__eq__': lambda mine, theirs: mine._all_counts(theirs, _eq),
    '__ne__': lambda mine, theirs: not mine == theirs,
    '__le__': lambda mine, theirs: mine._all_counts(theirs, _le),
    '__lt__': lambda mine, theirs: mine != theirs and mine <= theirs,
    '__ge__': lambda mine, theirs: mine._all_counts(theirs, _ge),
    '__gt__': lambda mine, theirs: mine != theirs and mine >= theirs,
    '__add__': lambda mine, theirs: mine._combined(theirs, _add),
    '__sub__': lambda mine, theirs: mine._combined(theirs, _sub),
    '__or__': lambda mine, theirs: mine._combined(theirs, max),
    # on a tie, CPython keeps the count of the right operand
    '__and__': lambda mine, theirs: mine._combined(theirs, lambda a, b: min(b, a)),
}
for _name, _compute in _COUNTER_OPERATORS.items():
    setattr(Counter, _name, _counter_operator(_name, _compute))


# --- ChainMap ----------------------------------------------------------------------

class ChainMap(_abc.MutableMapping):
    """A view of several mappings as one: lookups try each mapping of the
    list *maps* in turn, while writes and deletions change only the first."""

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            # a try, not `in`: a defaultdict makes the value on lookup
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        # not through __missing__
        if key in self:
            return self[key]
        return default

    def _merged_keys(self):
        # every key once, in the order of the last mapping first
        return dict.fromkeys(_chain.from_iterable(reversed(self.maps)))

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _guarded_repr(self, lambda chain: f'{type(chain).__name__}'
                             f'({", ".join(repr(m) for m in chain.maps)})')

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict, dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A ChainMap with a copy of the first mapping and the same others."""
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with *m* (or a new dict), updated with the keywords,
        in front of the current mappings."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of all the mappings but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        """Remove and return a (key, value) pair of the first mapping."""
        first = self.maps[0]
        try:
            return first.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        """Remove *key* from the first mapping and return its value."""
        first = self.maps[0]
        try:
            return first.pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        """Empty the first mapping; the others are left alone."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return type(self)(merged)


# --- UserDict, UserList, UserString ------------------------------------------------
# Wrappers keeping their contents in self.data, meant to be subclassed.

def _unwrapped(value, wrapper):
    return value.data if isinstance(value, wrapper) else value


def _compare_data(wrapper, op):
    # a comparison of self.data with the other operand (unwrapped if it is
    # a wrapper of the same kind)
    def compare(self, other):
        return op(self.data, _unwrapped(other, wrapper))
    compare.__name__ = f'__{op.__name__}__'
    compare.__qualname__ = f'{wrapper.__name__}.{compare.__name__}'
    return compare


class UserDict(_abc.MutableMapping):
    """A dict-like wrapper around the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        # a subclass may define __missing__, as for dict
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _unwrapped(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_unwrapped(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _unwrapped(other, UserDict)
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.data = self.data.copy()
        return clone

    def copy(self):
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        # a subclass: copy its other state around an empty data, then
        # refill through its own __setitem__
        import copy
        contents, self.data = self.data, {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = contents
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class UserList(_abc.MutableSequence):
    """A list-like wrapper around the list self.data."""

    def __init__(self, initlist=None):
        self.data = [] if initlist is None else list(_unwrapped(initlist, UserList))

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def _as_list(self, other):
        # the other operand of + and +=, as a list
        other = _unwrapped(other, UserList)
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.data = self.data[:]
        return clone

    def copy(self):
        return type(self)(self)

    def extend(self, other):
        self.data.extend(_unwrapped(other, UserList))


class UserString(_abc.Sequence):
    """A str-like wrapper around the str self.data. The str methods are
    delegated (below); those giving a str give a UserString instead."""

    def __init__(self, seq):
        self.data = seq.data if isinstance(seq, UserString) else str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data,)

    def __contains__(self, char):
        return _unwrapped(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        other = _unwrapped(other, UserString)
        return type(self)(self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)


for _wrapper in (UserList, UserString):
    for _op in (_eq, _ne, _lt, _le, _gt, _ge):
        _method = _compare_data(_wrapper, _op)
        setattr(_wrapper, _method.__name__, _method)


def _delegate(wrapper, data_type, name, rewrap):
    # wrapper.<name>: the data_type method applied to self.data, wrapped
    # arguments unwrapped; if rewrap, a data_type result is wrapped again
    data_method = getattr(data_type, name)

    def method(self, *args, **kwargs):
        args = [_unwrapped(arg, wrapper) for arg in args]
        result = data_method(self.data, *args, **kwargs)
        if rewrap and isinstance(result, data_type):
            return type(self)(result)
        return result
    method.__name__ = name
    method.__qualname__ = f'{wrapper.__name__}.{name}'
    method.__doc__ = data_method.__doc__
    return method


for _name in ('append', 'insert', 'pop', 'remove', 'clear', 'count', 'index',
              'reverse', 'sort'):
    setattr(UserList, _name, _delegate(UserList, list, _name, False))
# insert was abstract when the class was made
_update_abstractmethods(UserList)

# the str methods; UserString hands back the str result of these as it is
_PLAIN_STR_RESULTS = frozenset({'format', 'format_map', 'join'})
for _name in dir(str):
    if not _name.startswith('_') and _name != 'maketrans':
        setattr(UserString, _name,
                _delegate(UserString, str, _name, _name not in _PLAIN_STR_RESULTS))
UserString.maketrans = staticmethod(str.maketrans)
del _wrapper, _op, _method, _name, _compute
