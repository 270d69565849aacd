"""pprint: data structures laid out over lines to fit a width, as CPython 3.11's.

The rule: a value whose repr fits in the room left on its line is written as
that repr. A value that does not fit, if it is a container pprint knows (by
the __repr__ its type has), is spread out: its items go one per line (or
packed with compact=True), lined up one indent step inside the opening
bracket. Long strs and bytes are cut into adjacent literals. The output is
CPython's, byte for byte.

Two widths travel down the recursion: indent, the column a value starts at,
and allowance, how many characters must still follow it on its last line
(closing brackets, a comma)."""

import collections as _collections
import dataclasses as _dataclasses
import re as _re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = [
    "pprint", "pformat", "isreadable", "isrecursive", "saferepr",
    "PrettyPrinter", "pp",
]


def pprint(
    object, stream=None, indent=1, width=80, depth=None, *,
    compact=False, sort_dicts=True, underscore_numbers=False,
):
    """Write object's pretty form and a newline to stream (sys.stdout if None)."""
    printer = PrettyPrinter(
        stream=stream, indent=indent, width=width, depth=depth, compact=compact,
        sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(
    object, indent=1, width=80, depth=None, *,
    compact=False, sort_dicts=True, underscore_numbers=False,
):
    """Return object's pretty form as a str."""
    printer = PrettyPrinter(
        indent=indent, width=width, depth=depth, compact=compact,
        sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint, keeping dicts in insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _flat(object):
    """(repr, readable, recursive) of object, on one line and without depth limit."""
    return PrettyPrinter()._flat_repr(object, {}, None, 0)


def saferepr(object):
    """repr(object), with cycles shown as <Recursion ...> instead of recursing."""
    return _flat(object)[0]


def isreadable(object):
    """Whether eval() could rebuild object from saferepr(object)."""
    return _flat(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return _flat(object)[2]


class _Orderable:
    """A sort key for values that may not be comparable with each other.

    Sets and dict keys can mix types; those that refuse < are ordered by the
    text of their type, then by id, so sorting never fails."""

    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            return _fallback_rank(self.value) < _fallback_rank(other.value)


def _fallback_rank(value):
    return str(type(value)), id(value)


def _by_key(pair):
    """Sort key of a dict item: the key alone (keys are distinct, values never decide)."""
    return _Orderable(pair[0])


def _recursion(obj):
    """The text that stands for a container met again inside itself."""
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


def _class_name(obj):
    return obj.__class__.__name__


def _has_generated_repr(obj):
    """Whether obj is a dataclass instance shown by the __repr__ dataclasses wrote.

    Only that repr lists the fields, so only then may the fields be spread.
    atoll's dataclasses, like CPython's, give that __repr__ a __wrapped__
    function compiled under the name __create_fn__."""
    if isinstance(obj, type) or not _dataclasses.is_dataclass(obj):
        return False
    if not obj.__dataclass_params__.repr:
        return False
    made = getattr(obj.__repr__, '__wrapped__', None)
    return made is not None and '__create_fn__' in made.__qualname__


def _fill(parts, room, last_room):
    """Join consecutive parts greedily into reprs no longer than room.

    The piece that holds the final part must fit in last_room instead.
    Yields the reprs."""
    joined = None
    for n, part in enumerate(parts):
        limit = last_room if n == len(parts) - 1 else room
        if joined is not None and len(repr(joined + part)) > limit:
            yield repr(joined)
            joined = part
        else:
            joined = part if joined is None else joined + part
    yield repr(joined)


def _stack(out, pieces, indent, parens):
    """Write literal pieces one under the other, starting at column indent."""
    if parens:
        out.write('(')
    out.write(('\n' + ' ' * indent).join(pieces))
    if parens:
        out.write(')')


# The scalar types whose repr is always readable and never contains others.
_SCALARS = frozenset({str, bytes, bytearray, float, bool, type(None)})


class PrettyPrinter:
    """Lays values out to fit a width; pprint.pprint's options, kept for reuse."""

    def __init__(
        self, indent=1, width=80, depth=None, stream=None, *,
        compact=False, sort_dicts=True, underscore_numbers=False,
    ):
        """indent: columns each nesting level adds; width: the columns to fit
        in; depth: how deep containers are shown before '...' replaces them;
        stream: where pprint() writes (sys.stdout as it is now, if None);
        compact: pack several short items per line; sort_dicts: show dict
        items ordered by key; underscore_numbers: write ints as 1_000_000."""
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._width = width
        self._max_depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscores = underscore_numbers

    def pprint(self, object):
        """Write object's pretty form and a newline to the stream."""
        if self._stream is not None:    # sys.stdout is None without a console
            self._emit(object, self._stream, 0, 0, {}, 0)
            self._stream.write('\n')

    def pformat(self, object):
        """Return object's pretty form as a str."""
        out = _StringIO()
        self._emit(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        """Whether object contains itself."""
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        """Whether eval() could rebuild object from its one-line form."""
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (text, readable, recursive): object's form on one line.

        context holds the ids of the containers being shown (to find cycles),
        maxlevels the depth limit (0 or None: none), level the current depth.
        Subclasses override this to change how values are written."""
        return self._flat_repr(object, context, maxlevels, level)

    # -- the layout -------------------------------------------------------

    def _emit(self, obj, out, indent, allowance, context, level):
        """Write obj at column indent, spreading it over lines if it does not fit."""
        if id(obj) in context:
            out.write(_recursion(obj))
            return
        flat = self._repr(obj, context, level)
        if len(flat) > self._width - indent - allowance:
            spread = self._spreader(obj)
            if spread is not None:
                context[id(obj)] = 1
                spread(self, obj, out, indent, allowance, context, level + 1)
                del context[id(obj)]
                return
        out.write(flat)

    @staticmethod
    def _spreader(obj):
        """The function that spreads obj over lines, or None if it stays flat."""
        try:
            spread = _spreaders.get(type(obj).__repr__)
        except TypeError:           # a __repr__ that cannot be hashed
            spread = None
        if spread is None and _has_generated_repr(obj):
            spread = PrettyPrinter._spread_dataclass
        return spread

    def _repr(self, obj, context, level):
        return self.format(obj, context.copy(), self._max_depth, level)[0]

    def _pad(self, out):
        """After an opening bracket: the spaces that bring items to the next step."""
        out.write(' ' * (self._step - 1))

    def _spread_items(self, items, out, indent, allowance, context, level):
        """Write items after an opening bracket; allowance is the closer's room."""
        self._pad(out)
        indent += self._step
        items = list(items)
        if self._compact:
            self._pack_items(items, out, indent, allowance, context, level)
            return
        last = len(items) - 1
        for n, item in enumerate(items):
            if n:
                out.write(',\n' + ' ' * indent)
            self._emit(item, out, indent, allowance if n == last else 1,
                       context, level)

    def _pack_items(self, items, out, indent, allowance, context, level):
        """compact=True: as many flat items on each line as fit.

        An item takes its length plus two (', ' or the line's final ','
        with one column to spare); the last item must leave the allowance."""
        line_room = self._width - indent + 1
        room = line_room
        before = ''         # what separates the next item from the previous
        last = len(items) - 1
        for n, item in enumerate(items):
            if n == last:
                line_room -= allowance
                room -= allowance
            flat = self._repr(item, context, level)
            cost = len(flat) + 2
            if cost > room:             # start a new line
                room = line_room
                if before:
                    before = ',\n' + ' ' * indent
            if cost <= room:
                room -= cost
                out.write(before + flat)
                before = ', '
            else:                       # too long for any line: spread it
                out.write(before)
                before = ',\n' + ' ' * indent
                self._emit(item, out, indent, allowance if n == last else 1,
                           context, level)

    def _spread_pairs(self, pairs, out, indent, allowance, context, level):
        """Write a mapping's 'key: value' lines after its opening bracket."""
        self._pad(out)
        indent += self._step
        pairs = list(pairs)
        last = len(pairs) - 1
        for n, (key, value) in enumerate(pairs):
            if n:
                out.write(',\n' + ' ' * indent)
            head = self._repr(key, context, level) + ': '
            out.write(head)
            self._emit(value, out, indent + len(head),
                       allowance if n == last else 1, context, level)

    def _spread_fields(self, fields, out, indent, allowance, context, level):
        """Write 'name=value' lines, as namespaces and dataclasses show their fields."""
        fields = list(fields)
        last = len(fields) - 1
        for n, (name, value) in enumerate(fields):
            if n:
                out.write(',\n' + ' ' * indent)
            out.write(name + '=')
            if id(value) in context:
                # what the reprs of dataclasses and namespaces show for a cycle
                out.write('...')
            else:
                self._emit(value, out, indent + len(name) + 1,
                           allowance if n == last else 1, context, level)

    def _bracketed(self, opener, items, closer, out, indent, allowance, context, level):
        out.write(opener)
        self._spread_items(items, out, indent, allowance + len(closer),
                           context, level)
        out.write(closer)

    def _wrapped(self, name, inner, out, indent, allowance, context, level):
        """Write name(inner), inner laid out just inside the parenthesis."""
        out.write(name + '(')
        self._emit(inner, out, indent + len(name) + 1, allowance + 1,
                   context, level)
        out.write(')')

    # -- one spreader per kind of value; each gets level already deepened --

    def _spread_list(self, obj, out, indent, allowance, context, level):
        self._bracketed('[', obj, ']', out, indent, allowance, context, level)

    def _spread_tuple(self, obj, out, indent, allowance, context, level):
        closer = ',)' if len(obj) == 1 else ')'
        self._bracketed('(', obj, closer, out, indent, allowance, context, level)

    def _spread_set(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        items = sorted(obj, key=_Orderable)
        if obj.__class__ is set:
            self._bracketed('{', items, '}', out, indent, allowance, context, level)
        else:
            name = _class_name(obj)
            self._bracketed(name + '({', items, '})', out,
                            indent + len(name) + 1, allowance, context, level)

    def _spread_dict(self, obj, out, indent, allowance, context, level):
        pairs = obj.items()
        if self._sort_dicts:
            pairs = sorted(pairs, key=_by_key)
        out.write('{')
        self._spread_pairs(pairs, out, indent, allowance + 1, context, level)
        out.write('}')

    def _spread_ordered_dict(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        self._wrapped(_class_name(obj), list(obj.items()), out, indent,
                      allowance, context, level)

    def _spread_default_dict(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = _class_name(obj)
        indent += len(name) + 1
        factory = self._repr(obj.default_factory, context, level)
        out.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._spread_dict(obj, out, indent, allowance + 1, context, level)
        out.write(')')

    def _spread_counter(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = _class_name(obj)
        out.write(name + '({')
        # most common first, as Counter's own repr
        self._spread_pairs(obj.most_common(), out, indent + len(name) + 1,
                           allowance + 2, context, level)
        out.write('})')

    def _spread_chain_map(self, obj, out, indent, allowance, context, level):
        if not len(obj.maps):
            out.write(repr(obj))
            return
        name = _class_name(obj)
        indent += len(name) + 1
        out.write(name + '(')
        last = len(obj.maps) - 1
        for n, mapping in enumerate(obj.maps):
            if n:
                out.write(',\n' + ' ' * indent)
            self._emit(mapping, out, indent, allowance + 1 if n == last else 1,
                       context, level)
        out.write(')')

    def _spread_deque(self, obj, out, indent, allowance, context, level):
        if not len(obj):
            out.write(repr(obj))
            return
        name = _class_name(obj)
        indent += len(name) + 1
        if obj.maxlen is None:
            self._bracketed(name + '([', obj, '])', out, indent, allowance,
                            context, level)
            return
        out.write(name + '([')
        self._spread_items(obj, out, indent, 2, context, level)     # room for '],'
        maxlen = self._repr(obj.maxlen, context, level)
        out.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _spread_user_wrapper(self, obj, out, indent, allowance, context, level):
        # UserDict, UserList and UserString look like the value they wrap
        self._emit(obj.data, out, indent, allowance, context, level - 1)

    def _spread_mappingproxy(self, obj, out, indent, allowance, context, level):
        self._wrapped('mappingproxy', obj.copy(), out, indent, allowance,
                      context, level)

    def _spread_namespace(self, obj, out, indent, allowance, context, level):
        # SimpleNamespace's repr calls it "namespace"; subclasses go by their name
        if type(obj) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = _class_name(obj)
        out.write(name + '(')
        self._spread_fields(obj.__dict__.items(), out, indent + len(name) + 1,
                            allowance, context, level)
        out.write(')')

    def _spread_dataclass(self, obj, out, indent, allowance, context, level):
        name = _class_name(obj)
        fields = [(f.name, getattr(obj, f.name))
                  for f in _dataclasses.fields(obj) if f.repr]
        out.write(name + '(')
        self._spread_fields(fields, out, indent + len(name) + 1, allowance,
                            context, level)
        out.write(')')

    def _spread_str(self, obj, out, indent, allowance, context, level):
        """A long str as adjacent literals, cut at line ends and after spaces.

        At the top level they are parenthesised: bare adjacent literals
        would not read back as one expression there."""
        if not len(obj):
            out.write(repr(obj))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = obj.splitlines(True)
        pieces = []
        for n, line in enumerate(lines):
            last_room = room - allowance if n == len(lines) - 1 else room
            if len(repr(line)) <= last_room:
                pieces.append(repr(line))
            else:
                words = _re.findall(r'\S+\s*|\s+', line)
                pieces.extend(_fill(words, room, last_room))
        if len(pieces) == 1:
            out.write(pieces[0])
        else:
            _stack(out, pieces, indent, top)

    def _spread_bytes(self, obj, out, indent, allowance, context, level):
        """Long bytes as adjacent literals, cut between groups of four bytes."""
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        room = self._width - indent
        groups = [obj[i:i + 4] for i in range(0, len(obj), 4)]
        # CPython reserves the allowance only when the last group is short;
        # the output must match it.
        last_room = room - allowance if len(obj) % 4 else room
        _stack(out, list(_fill(groups, room, last_room)), indent, top)

    def _spread_bytearray(self, obj, out, indent, allowance, context, level):
        out.write('bytearray(')
        self._spread_bytes(bytes(obj), out, indent + 10, allowance + 1,
                           context, level + 1)
        out.write(')')

    # -- the one-line form ------------------------------------------------

    def _flat_repr(self, obj, context, maxlevels, level):
        """(text, readable, recursive) for format(): repr(obj), except that
        dicts, lists and tuples are walked here to sort dict keys, stop at
        the depth limit and show cycles."""
        typ = type(obj)
        if typ in _SCALARS:
            return repr(obj), True, False
        own_repr = getattr(typ, '__repr__', None)
        if issubclass(typ, int) and own_repr is int.__repr__:
            text = f'{obj:_d}' if self._underscores else repr(obj)
            return text, True, False
        if issubclass(typ, dict) and own_repr is dict.__repr__:
            return self._flat_container(obj, '{%s}', context, maxlevels, level)
        if issubclass(typ, list) and own_repr is list.__repr__:
            return self._flat_container(obj, '[%s]', context, maxlevels, level)
        if issubclass(typ, tuple) and own_repr is tuple.__repr__:
            shape = '(%s,)' if len(obj) == 1 else '(%s)'
            return self._flat_container(obj, shape, context, maxlevels, level)
        text = repr(obj)
        return text, (text and not text.startswith('<')), False

    def _flat_container(self, obj, shape, context, maxlevels, level):
        if not obj:
            return shape % '', True, False
        if maxlevels and level >= maxlevels:
            return shape % '...', False, id(obj) in context
        if id(obj) in context:
            return _recursion(obj), False, True
        context[id(obj)] = 1
        parts = []
        readable = True
        recursive = False
        for text, part_readable, part_recursive in self._flat_parts(
                obj, context, maxlevels, level + 1):
            parts.append(text)
            readable = readable and part_readable
            recursive = recursive or part_recursive
        del context[id(obj)]
        return shape % ', '.join(parts), readable, recursive

    def _flat_parts(self, obj, context, maxlevels, level):
        """(text, readable, recursive) of each item of a dict, list or tuple."""
        if not isinstance(obj, dict):
            for item in obj:
                text, readable, recursive = self.format(item, context, maxlevels, level)
                yield text, bool(readable), bool(recursive)
            return
        pairs = obj.items()
        if self._sort_dicts:
            pairs = sorted(pairs, key=_by_key)
        for key, value in pairs:
            ktext, kreadable, krecursive = self.format(key, context, maxlevels, level)
            vtext, vreadable, vrecursive = self.format(value, context, maxlevels, level)
            yield (ktext + ': ' + vtext, kreadable and vreadable,
                   bool(krecursive or vrecursive))


# The spreader for each __repr__: a subclass that keeps its base's __repr__
# is spread as its base is; one with a __repr__ of its own stays flat.
_spreaders = {
    dict.__repr__: PrettyPrinter._spread_dict,
    list.__repr__: PrettyPrinter._spread_list,
    tuple.__repr__: PrettyPrinter._spread_tuple,
    set.__repr__: PrettyPrinter._spread_set,
    frozenset.__repr__: PrettyPrinter._spread_set,
    str.__repr__: PrettyPrinter._spread_str,
    bytes.__repr__: PrettyPrinter._spread_bytes,
    bytearray.__repr__: PrettyPrinter._spread_bytearray,
    _types.SimpleNamespace.__repr__: PrettyPrinter._spread_namespace,
    _collections.OrderedDict.__repr__: PrettyPrinter._spread_ordered_dict,
    _collections.defaultdict.__repr__: PrettyPrinter._spread_default_dict,
    _collections.Counter.__repr__: PrettyPrinter._spread_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._spread_chain_map,
    _collections.deque.__repr__: PrettyPrinter._spread_deque,
    _collections.UserDict.__repr__: PrettyPrinter._spread_user_wrapper,
    _collections.UserList.__repr__: PrettyPrinter._spread_user_wrapper,
    _collections.UserString.__repr__: PrettyPrinter._spread_user_wrapper,
}
# atoll may have no mappingproxy type of its own (then it is dict, above).
if _types.MappingProxyType is not dict:
    _spreaders[_types.MappingProxyType.__repr__] = PrettyPrinter._spread_mappingproxy
# Code written for CPython registers extra spreaders in this table.
PrettyPrinter._dispatch = _spreaders
