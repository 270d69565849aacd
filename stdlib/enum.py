"""Enumerations: named constants grouped in a class (Enum, IntEnum, StrEnum,
Flag, IntFlag), with CPython 3.11's public behaviour.

atoll has no metaclasses, so nothing happens while the class body runs:
Enum.__init_subclass__ turns the body's plain values into members once the
class exists, and _types.set_class_ops routes iter(), len(), in, reversed()
and repr() of an enum class to the __class_*__ classmethods below.
"""
import _types
from operator import and_, or_, xor
from types import MappingProxyType

__all__ = ['Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'Flag', 'IntFlag',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
           'auto', 'unique', 'EnumType', 'EnumMeta']


class _Unset:
    """The value of an auto() still waiting for _generate_next_value_."""
    def __repr__(self):
        return '_auto_null'

_UNSET = _Unset()


class auto:
    """Stands in the class body for a value the enum picks itself.

    Without a metaclass nothing is picked while the body runs, so A | B of
    two autos (a Flag alias) is itself an auto, worked out once A and B are."""
    def __init__(self, value=_UNSET):
        self.value = value
        self._parts = None

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    def _joined(self, op, left, right):
        joined = auto()
        joined._parts = (op, left, right)
        return joined

    def __or__(self, other):
        return self._joined(or_, self, other)

    def __ror__(self, other):
        return self._joined(or_, other, self)

    def __and__(self, other):
        return self._joined(and_, self, other)

    def __rand__(self, other):
        return self._joined(and_, other, self)

    def __xor__(self, other):
        return self._joined(xor, self, other)

    def __rxor__(self, other):
        return self._joined(xor, other, self)

    def _resolve(self):
        """The value of an auto built from others, once those are known."""
        op, left, right = self._parts
        return op(_known(left), _known(right))


def _known(value):
    if not isinstance(value, auto):
        return value
    return value._resolve() if value._parts is not None else value.value


# -- telling members from the rest of a class body --------------------------

def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_member(cls, name, value):
    if _is_dunder(name) or _is_sunder(name) or _is_descriptor(value):
        return False
    # a name mangled from __x belongs to the class, not to its members
    return not name.startswith('_%s__' % cls.__name__.lstrip('_'))


def _own(cls, name):
    """The raw attribute name as the first class of cls's MRO holds it, and
    that class; (None, None) when no class defines it."""
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name], base
    return None, None


def _plain(func):
    """A staticmethod or classmethod's function, anything else unchanged."""
    return getattr(func, '__func__', func)


# -- building the members of a new enum class -------------------------------

def _data_type(cls):
    """The class the members also are instances of (int for IntEnum), or
    None: the first non-enum base in the MRO that makes its own instances."""
    for base in cls.__mro__[1:]:
        if base is object or issubclass(base, Enum):
            continue
        if '__new__' in base.__dict__:
            return base
    return None


def _check_extensible(cls):
    for base in cls.__bases__:
        if issubclass(base, Enum) and base._member_names_:
            raise TypeError('%r cannot extend %r' % (cls, base))


def _take_constructors(cls):
    """A __new__ or __init__ written in the body builds members only: calling
    the class afterwards looks a member up, as EnumType.__call__ would."""
    for name, keep in (('__new__', '_new_member_'), ('__init__', '_init_member_')):
        if name in cls.__dict__:
            setattr(cls, keep, staticmethod(_plain(cls.__dict__[name])))
    cls.__new__ = Enum.__dict__['__new__']
    cls.__init__ = Enum.__dict__['__init__']


def _fix_text_methods(cls, dtype):
    """Members of a mixed-in enum show the enum's repr (and, unless it is a
    ReprEnum, its str and format) rather than the data type's."""
    if dtype is None:
        return
    for name in ('__repr__', '__str__', '__format__'):
        owner = _own(cls, name)[1]
        if owner is cls:
            continue
        if cls._keeps_data_text_ and name != '__repr__':
            if not getattr(owner, '_keeps_data_text_', False):
                setattr(cls, name, _data_text_method(dtype, name))
        elif not issubclass(owner, Enum):
            setattr(cls, name, next(base.__dict__[name] for base in cls.__mro__
                                    if issubclass(base, Enum) and name in base.__dict__))


def _data_text_method(dtype, name):
    func, owner = _own(dtype, name)
    if name == '__str__' and owner is object:
        func, owner = _own(dtype, '__repr__')
    return func


def _next_value(cls, name, last_values):
    gen = _plain(_own(cls, '_generate_next_value_')[0])
    return gen(name, 1, len(cls._member_names_), list(last_values))


def _new_member(cls, name, value, dtype):
    # a tuple value gives the arguments, except to a tuple data type
    spread = isinstance(value, tuple) and not (dtype and issubclass(dtype, tuple))
    args = value if spread else (value,)
    new = getattr(cls, '_new_member_', None)
    if new is not None:
        member = new(cls, *args)
    elif dtype is None:
        member = object.__new__(cls)
    else:
        member = dtype.__new__(cls, *args)
    if '_value_' not in getattr(member, '__dict__', {}):
        member._value_ = value if dtype is None else dtype(*args)
    member._name_ = name
    init = getattr(cls, '_init_member_', None)
    if init is not None:
        init(member, *args)
    return member


def _find_value(cls, value):
    """The member holding value, or None."""
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):     # unhashable values are searched below
        pass
    for member in cls._member_map_.values():
        if member._value_ == value:
            return member
    return None


def _add_member(cls, name, value, dtype):
    member = _new_member(cls, name, value, dtype)
    found = _find_value(cls, member._value_)
    if found is not None:
        member = found                 # same value: name is an alias
    elif cls._is_canonical_(member._value_):
        cls._member_names_.append(name)
    cls._member_map_[name] = member
    try:
        cls._value2member_map_.setdefault(member._value_, member)
    except TypeError:
        pass
    setattr(cls, name, member)


def _build_members(cls, dtype):
    body = [(name, value) for name, value in list(cls.__dict__.items())
            if _is_member(cls, name, value)]
    last_values = []
    for name, value in body:
        if isinstance(value, auto):
            if value._parts is not None:
                value.value = value._resolve()
            elif value.value is _UNSET:
                value.value = _next_value(cls, name, last_values)
            value = value.value
        last_values.append(value)
        _add_member(cls, name, value, dtype)


def _make_enum(cls):
    _check_extensible(cls)
    _take_constructors(cls)
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls.__members__ = MappingProxyType(cls._member_map_)
    dtype = _data_type(cls)
    cls._member_type_ = object if dtype is None else dtype
    _fix_text_methods(cls, dtype)
    _build_members(cls, dtype)


# -- the functional API: Enum('Color', 'RED GREEN') -------------------------

def _pairs(enum_cls, names, start):
    """(name, value) pairs from a string, a list of names or of pairs, or a
    mapping."""
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if hasattr(names, 'items'):
        return list(names.items())
    names = list(names)
    if not names or not isinstance(names[0], str):
        return [tuple(pair) for pair in names]
    gen = _plain(_own(enum_cls, '_generate_next_value_')[0])
    pairs = []
    for count, name in enumerate(names):
        pairs.append((name, gen(name, start, count, [v for _, v in pairs])))
    return pairs


def _create(enum_cls, name, names, module, qualname, mixin, start, boundary):
    body = dict(_pairs(enum_cls, names, start))
    body['__module__'] = module if module is not None else enum_cls.__module__
    if qualname is not None:
        body['__qualname__'] = qualname
    bases = (enum_cls,) if mixin is None else (mixin, enum_cls)
    if boundary is None:
        return type(name, bases, body)
    return type(name, bases, body, boundary=boundary)


# -- Enum -------------------------------------------------------------------

class Enum:
    """A class whose attributes are its only instances: each has a name and
    a value, and calling the class with a value returns the member."""
    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    _keeps_data_text_ = False
    _kind_ = 'enum'
    _boundary_ = None

    def __init_subclass__(cls, boundary=None, **kwds):
        super().__init_subclass__(**kwds)
        if boundary is not None:
            cls._boundary_ = boundary
        _make_enum(cls)

    def __new__(cls, value, names=None, *, module=None, qualname=None,
                type=None, start=1, boundary=None):
        if names is not None:
            return _create(cls, value, names, module, qualname, type, start,
                           boundary)
        if isinstance(value, cls):
            return value
        if not cls._member_map_:
            raise TypeError('%r has no members defined' % (cls,))
        member = _find_value(cls, value)
        return member if member is not None else _call_missing(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        numbers = [v for v in last_values if isinstance(v, int)]
        return max(numbers) + 1 if numbers else start

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _is_canonical_(cls, value):
        return True

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    # a Flag value no member names (Perm(0)) has no name
    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # what EnumType does for the class itself in CPython
    @classmethod
    def __class_iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    @classmethod
    def __class_reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    @classmethod
    def __class_len__(cls):
        return len(cls._member_names_)

    @classmethod
    def __class_contains__(cls, value):
        if not isinstance(value, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and "
                            "'EnumType'" % type(value).__name__)
        return isinstance(value, cls) and value._name_ in cls._member_map_

    @classmethod
    def __class_repr__(cls):
        return '<%s %r>' % (cls._kind_, cls.__name__)

    @classmethod
    def __class_getitem__(cls, name):
        return cls._member_map_[name]

_types.set_class_ops(Enum)
Enum.__members__ = MappingProxyType(Enum._member_map_)

# enum classes are plain classes here: the name exists for isinstance checks
# and annotations written for CPython
EnumType = EnumMeta = type


def _call_missing(cls, value):
    found = cls._missing_(value)
    if isinstance(found, cls) or (cls._boundary_ is EJECT and type(found) is int):
        return found
    not_valid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    if found is None:
        raise not_valid
    try:
        raise not_valid
    except ValueError:          # CPython shows the ValueError as the context
        raise TypeError('error in %s._missing_: returned %r instead of None '
                        'or a valid member' % (cls.__name__, found))


class ReprEnum(Enum):
    """An enum whose members keep their data type's str() and format();
    only repr() names the member."""
    _keeps_data_text_ = True


class IntEnum(int, ReprEnum):
    """Members are ints too."""


class StrEnum(str, ReprEnum):
    """Members are strs too; auto() gives the lower-cased name."""

    def __new__(cls, *args):
        if not isinstance(args[0], str):
            raise TypeError('%r is not a string' % (args[0],))
        member = str.__new__(cls, *args)
        member._value_ = str(*args)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What calling a Flag does with bits that no member names: raise
    (STRICT), drop them (CONFORM), return a plain int (EJECT) or keep them."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()

STRICT, CONFORM, EJECT, KEEP = list(FlagBoundary)


def _bits_text(value, width):
    return '0b0 ' + format(value, 'b').zfill(width)


def _invalid_flag(cls, value):
    width = max(value.bit_length(), cls._flag_mask_.bit_length())
    return ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                      % (cls, value, _bits_text(value, width),
                         _bits_text(cls._flag_mask_, width)))


class Flag(Enum, boundary=STRICT):
    """Members are bits: they combine with |, & and ^ into values that
    name the members they hold (Perm.R|W)."""
    _kind_ = 'flag'
    _flag_mask_ = 0

    def __init_subclass__(cls, **kwds):
        super().__init_subclass__(**kwds)
        mask = 0
        for member in cls._member_map_.values():
            mask |= member._value_
        cls._flag_mask_ = mask

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        numbers = [v for v in last_values if isinstance(v, int)]
        if not numbers:
            return start
        return 2 ** max(numbers).bit_length()

    @classmethod
    def _is_canonical_(cls, value):
        # one bit set: multi-bit and zero members are aliases of combinations
        return isinstance(value, int) and value > 0 and value & (value - 1) == 0

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if value < 0:
            value &= 2 ** cls._flag_mask_.bit_length() - 1
        extra = value & ~cls._flag_mask_
        if extra and cls._boundary_ is STRICT:
            raise _invalid_flag(cls, value)
        if extra and cls._boundary_ is CONFORM:
            value, extra = value & cls._flag_mask_, 0
        if extra and cls._boundary_ is EJECT:
            return value
        return cls._value2member_map_.setdefault(value, _combination(cls, value, extra))

    def _members(self):
        return _single_bits(type(self), self._value_)

    def __iter__(self):
        return iter(self._members())

    def __len__(self):
        return len(self._members())

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def _with(self, other, op):
        if not isinstance(other, type(self)):
            return NotImplemented
        return type(self)(op(self._value_, other._value_))

    def __or__(self, other):
        return self._with(other, or_)

    def __and__(self, other):
        return self._with(other, and_)

    def __xor__(self, other):
        return self._with(other, xor)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        return type(self)(self._flag_mask_ & ~self._value_)


def _single_bits(cls, value):
    """The single-bit members value holds, in definition order."""
    members = (cls._member_map_[name] for name in cls._member_names_)
    return [m for m in members if m._value_ & value == m._value_]


def _combination(cls, value, extra):
    """A new member for a value no single member holds (Perm.R|W)."""
    if cls._member_type_ is object:
        member = object.__new__(cls)
    else:
        member = cls._member_type_.__new__(cls, value)
    member._value_ = value
    names = [m._name_ for m in _single_bits(cls, value)]
    if names and extra:
        names.append(str(extra))
    member._name_ = '|'.join(names) if names else None
    return member


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are ints too: they combine with plain ints as well."""

    def _with(self, other, op):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(op(self._value_, int(other)))

    # int's operators come first in the MRO: name Flag's again (they call
    # the _with above, which takes plain ints too)
    __or__, __and__, __xor__ = Flag.__or__, Flag.__and__, Flag.__xor__
    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: refuse an enum in which two names share a value."""
    aliases = ['%s -> %s' % (name, member._name_)
               for name, member in enumeration.__members__.items()
               if name != member._name_]
    if aliases:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(aliases)))
    return enumeration
