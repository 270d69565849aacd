"""The dataclass decorator of CPython 3.11: it reads a class's annotated
fields and adds __init__, __repr__, comparisons, hashing and freezing.

__init__ is compiled from generated source so that its signature, defaults
and argument errors are those of an ordinary function; the other methods are
closures over the field names."""

import copy
import keyword
import re
import sys
import types

__all__ = [
    'dataclass', 'make_dataclass', 'field', 'Field', 'fields', 'InitVar',
    'KW_ONLY', 'MISSING', 'FrozenInstanceError', 'asdict', 'astuple',
    'replace', 'is_dataclass',
]


class FrozenInstanceError(AttributeError):
    pass


# Sentinels. Their class names show in reprs, so they follow CPython's.
class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryMark:
    def __repr__(self):
        return '<factory>'


# the default of an __init__ parameter whose field has a default_factory
_HAS_DEFAULT_FACTORY = _FactoryMark()


class _FieldKind:
    """What an annotation declares: a field, a ClassVar or an InitVar."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_NO_METADATA = types.MappingProxyType({})


class InitVar:
    """Marks an __init__ parameter that is passed to __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        return 'dataclasses.InitVar[%s]' % (t.__name__ if isinstance(t, type) else repr(t))

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """How one field was declared; fields() returns these."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        # name, type and kind are filled in when the class is processed
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.kw_only = kw_only
        if metadata is None:
            metadata = _NO_METADATA
        self.metadata = types.MappingProxyType(metadata)

    def __repr__(self):
        shown = ('name', 'type', 'default', 'default_factory', 'init', 'repr',
                 'hash', 'compare', 'metadata', 'kw_only')
        parts = ['%s=%r' % (a, getattr(self, a)) for a in shown]
        parts.append('_field_type=%s' % (self._field_type,))
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        # a descriptor used as the default learns its name as it would have
        # had it been assigned in the class body directly
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)


class _DataclassParams:
    """The decorator's flags, kept on the class as __dataclass_params__."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, *flags):
        for name, value in zip(self.__slots__, flags):
            setattr(self, name, value)

    def __repr__(self):
        parts = ['%s=%r' % (a, getattr(self, a)) for a in self.__slots__]
        return '_DataclassParams(' + ','.join(parts) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Declare a field with options: a default or a default_factory (not
    both), whether it takes part in __init__, repr, hash and comparisons,
    free-form metadata, and whether its __init__ parameter is keyword-only."""
    if default_factory is not MISSING and default is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata,
                 kw_only)


# --- reading the class ---------------------------------------------------

# the head of a string annotation: an optional 'module.' and a name
_ANNOTATION_HEAD = re.compile(r'\s*(?:(\w+)\s*\.\s*)?(\w+)')


def _string_refers_to(cls, annotation, home, target):
    """Does the string annotation start with a name that, in cls's module,
    is target (or home.target)? Postponed annotations are not evaluated:
    only their head is looked up."""
    if not isinstance(annotation, str):
        return False
    m = _ANNOTATION_HEAD.match(annotation)
    module = sys.modules.get(cls.__module__)
    if m is None or module is None:
        return False
    scope = vars(module)
    if m.group(1):
        if scope.get(m.group(1)) is not home:
            return False
        scope = vars(home)
    return scope.get(m.group(2)) is target


def _is_classvar(cls, annotation):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    if annotation is typing.ClassVar:
        return True
    if (type(annotation) is typing._GenericAlias
            and annotation.__origin__ is typing.ClassVar):
        return True
    return _string_refers_to(cls, annotation, typing, typing.ClassVar)


def _is_initvar(cls, annotation):
    if annotation is InitVar or type(annotation) is InitVar:
        return True
    return _string_refers_to(cls, annotation, sys.modules[__name__], InitVar)


def _is_kw_only_marker(cls, annotation):
    return (annotation is KW_ONLY
            or _string_refers_to(cls, annotation, sys.modules[__name__], KW_ONLY))


def _has_factory(f):
    return f.default_factory is not MISSING


def _make_field(cls, name, annotation, kw_only_default):
    """The Field for one annotation of cls, checked."""
    value = getattr(cls, name, MISSING)
    f = value if isinstance(value, Field) else field(default=value)
    f.name = name
    f.type = annotation
    if _is_initvar(cls, annotation):
        kind = _FIELD_INITVAR
    elif _is_classvar(cls, annotation):
        kind = _FIELD_CLASSVAR
    else:
        kind = _FIELD
    f._field_type = kind
    if kind is not _FIELD and _has_factory(f):
        raise TypeError(f'field {name} cannot have a default factory')
    if kind is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
        return f
    if f.kw_only is MISSING:
        f.kw_only = kw_only_default
    # an unhashable default (a list, a dict...) would be shared by every
    # instance: almost always a bug
    if kind is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{name} is not allowed: use default_factory')
    return f


def _inherited_fields(cls):
    """The fields of cls's dataclass bases, base-most first, and whether any
    base is a dataclass and whether any is frozen."""
    found = {}
    any_dataclass = any_frozen = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is None:
            continue
        any_dataclass = True
        any_frozen = any_frozen or getattr(base, _PARAMS).frozen
        found.update(base_fields)
    return found, any_dataclass, any_frozen


def _own_fields(cls, kw_only):
    """The Fields cls's own annotations declare, in order."""
    annotations = cls.__dict__.get('__annotations__', {})
    result = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(cls, annotation):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            marker_seen = kw_only = True
        else:
            result.append(_make_field(cls, name, annotation, kw_only))
    # the class attribute becomes the plain default (or goes away)
    for f in result:
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return result


# --- generating methods --------------------------------------------------

def _init_source(all_fields, positional, keyword_only, frozen, post_init, slots, ns):
    """The source of __init__; ns receives the objects the source names.

    Helper names are dunder-style because parameters (field names) shadow
    globals inside the body."""
    self_name = '__dataclass_self__' if any(f.name == 'self' for f in all_fields) else 'self'

    def param(f):
        ns[f'__dc_type_{f.name}__'] = f.type
        text = f'{f.name}: __dc_type_{f.name}__'
        if _has_factory(f):
            text += ' = __dc_factory_mark__'
        elif f.default is not MISSING:
            ns[f'__dc_default_{f.name}__'] = f.default
            text += f' = __dc_default_{f.name}__'
        return text

    params = [self_name] + [param(f) for f in positional]
    if keyword_only:
        params += ['*'] + [param(f) for f in keyword_only]
    # no default may precede a required positional parameter
    defaulted = False
    for f in positional:
        required = f.default is MISSING and not _has_factory(f)
        if required and defaulted:
            raise TypeError(f'non-default argument {f.name!r} '
                            'follows default argument')
        defaulted = defaulted or not required

    body = []
    for f in all_fields:
        value = _init_value(f, slots, ns)
        if value is None or f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f'__dc_setattr__({self_name}, {f.name!r}, {value})')
        else:
            body.append(f'{self_name}.{f.name} = {value}')
    if post_init:
        args = ', '.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.__post_init__({args})')
    lines = [f'def __init__({", ".join(params)}) -> None:']
    lines += ['    ' + line for line in body or ['pass']]
    return '\n'.join(lines) + '\n'


def _init_value(f, slots, ns):
    """The expression __init__ stores in field f, or None to store nothing."""
    if _has_factory(f):
        ns[f'__dc_factory_{f.name}__'] = f.default_factory
        call = f'__dc_factory_{f.name}__()'
        if not f.init:
            return call
        return f'{call} if {f.name} is __dc_factory_mark__ else {f.name}'
    if f.init:
        return f.name
    # with __slots__ there is no class attribute to fall back on
    if slots and f.default is not MISSING:
        ns[f'__dc_default_{f.name}__'] = f.default
        return f'__dc_default_{f.name}__'
    return None


def _compile(cls, name, source, ns):
    """Run the source of one def in the namespace ns and return the function.

    Generated source rather than closures: atoll runs plain attribute loads
    several times faster than a loop of getattr calls."""
    ns['__name__'] = cls.__module__
    exec(source, ns)
    return ns[name]


def _make_init(cls, all_fields, positional, keyword_only, frozen, slots):
    ns = {'__dc_factory_mark__': _HAS_DEFAULT_FACTORY,
          '__dc_setattr__': object.__setattr__}
    source = _init_source(all_fields, positional, keyword_only, frozen,
                          hasattr(cls, '__post_init__'), slots, ns)
    return _compile(cls, '__init__', source, ns)


def _tuple_of(obj, names):
    """Source of a tuple of obj's attributes names: '(obj.a,obj.b,)'."""
    return '(' + ''.join(f'{obj}.{n},' for n in names) + ')'


def _make_repr(cls, names):
    fields_text = ', '.join(f'{n}={{self.{n}!r}}' for n in names)
    # ids of the instances whose repr is under way: a cycle shows as '...'
    ns = {'__dc_active__': set()}
    source = ('def __repr__(self):\n'
              '    key = id(self)\n'
              '    if key in __dc_active__:\n'
              "        return '...'\n"
              '    __dc_active__.add(key)\n'
              '    try:\n'
              f'        return f"{{self.__class__.__qualname__}}({fields_text})"\n'
              '    finally:\n'
              '        __dc_active__.discard(key)\n')
    fn = _compile(cls, '__repr__', source, ns)

    # pprint recognises a dataclass's own repr by a __wrapped__ function
    # whose qualified name mentions __create_fn__ (CPython's generator)
    def marker(self):
        return fn(self)
    marker.__qualname__ = '__create_fn__.<locals>.__repr__'
    fn.__wrapped__ = marker
    return fn


def _make_compare(cls, name, op, names):
    source = (f'def {name}(self, other):\n'
              '    if other.__class__ is self.__class__:\n'
              f'        return {_tuple_of("self", names)} {op} {_tuple_of("other", names)}\n'
              '    return NotImplemented\n')
    return _compile(cls, name, source, {})


def _make_hash(cls, names):
    source = f'def __hash__(self):\n    return hash({_tuple_of("self", names)})\n'
    return _compile(cls, '__hash__', source, {})


def _make_frozen(cls, names):
    """__setattr__ and __delattr__ refusing to touch fields (or anything on
    an instance of cls itself)."""
    ns = {'__dc_cls__': cls, '__dc_fields__': frozenset(names),
          '__dc_error__': FrozenInstanceError}
    guard = '    if type(self) is __dc_cls__ or name in __dc_fields__:\n'
    setter = ('def __setattr__(self, name, value):\n' + guard +
              '        raise __dc_error__(f"cannot assign to field {name!r}")\n'
              '    super(__dc_cls__, self).__setattr__(name, value)\n')
    deleter = ('def __delattr__(self, name):\n' + guard +
               '        raise __dc_error__(f"cannot delete field {name!r}")\n'
               '    super(__dc_cls__, self).__delattr__(name)\n')
    return (_compile(cls, '__setattr__', setter, ns),
            _compile(cls, '__delattr__', deleter, ns))


def _add_method(cls, name, fn):
    """Install fn as cls.name unless the class defines it; True if it did."""
    if name in cls.__dict__:
        return False
    fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    setattr(cls, name, fn)
    return True


def _has_own_hash(cls):
    """Did the class body define __hash__? (Read before __eq__ is added.)"""
    own = cls.__dict__.get('__hash__', MISSING)
    # a class body defining __eq__ gets __hash__ = None implicitly: that is
    # not a hash the user wrote
    return not (own is MISSING or (own is None and '__eq__' in cls.__dict__))


def _hash_rule(cls, unsafe_hash, eq, frozen, explicit):
    """'add', 'none' or None (leave __hash__ alone), per the documented table."""
    if unsafe_hash:
        if explicit:
            raise TypeError(f'Cannot overwrite attribute __hash__ '
                            f'in class {cls.__name__}')
        return 'add'
    if explicit or not eq:
        return None
    return 'add' if frozen else 'none'


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _signature_doc(cls):
    """'Name(a: int, b: str = 'x')', the docstring of an undocumented class:
    its __init__'s parameters after self. atoll's code objects have no
    co_flags, so a *args or **kwargs parameter is not shown."""
    init = cls.__init__
    code = getattr(init, '__code__', None)
    if code is None:        # object.__init__: no parameters
        return f'{cls.__name__}()'
    notes = init.__annotations__

    def text(name, default):
        s = name
        if name in notes:
            s += f': {_annotation_text(notes[name])}'
        if default is not MISSING:
            s += (' = ' if name in notes else '=') + repr(default)
        return s

    count, names = code.co_argcount, code.co_varnames
    defaults = init.__defaults__ or ()
    first_default = count - len(defaults)
    params = [text(names[i], defaults[i - first_default] if i >= first_default else MISSING)
              for i in range(1, count)]
    if code.co_posonlyargcount > 1:
        params.insert(code.co_posonlyargcount - 1, '/')
    keyword_only = names[count:count + code.co_kwonlyargcount]
    if keyword_only:
        kwdefaults = init.__kwdefaults__ or {}
        params += ['*'] + [text(n, kwdefaults.get(n, MISSING)) for n in keyword_only]
    doc = f'{cls.__name__}({", ".join(params)})'
    if notes.get('return') is not None:
        doc += f' -> {_annotation_text(notes["return"])}'
    return doc


_ORDER_METHODS = (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>='))


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields, has_dataclass_base, has_frozen_base = _inherited_fields(cls)
    for f in _own_fields(cls, kw_only):
        all_fields[f.name] = f
    if has_dataclass_base and has_frozen_base != bool(frozen):
        if frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
        raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
    setattr(cls, _FIELDS, all_fields)
    explicit_hash = _has_own_hash(cls)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    # __init__ takes the fields and the InitVars (init=False ones too: they
    # may have a factory to run)
    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    stored = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f.name for f in stored if f.compare]

    if init:
        _add_method(cls, '__init__', _make_init(cls, init_fields, positional,
                                                keyword_only, frozen, slots))
    if repr:
        _add_method(cls, '__repr__', _make_repr(cls, [f.name for f in stored if f.repr]))
    if eq:
        _add_method(cls, '__eq__', _make_compare(cls, '__eq__', '==', compared))
    if order:
        for name, op in _ORDER_METHODS:
            if not _add_method(cls, name, _make_compare(cls, name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')
    if frozen:
        for fn in _make_frozen(cls, [f.name for f in stored]):
            if not _add_method(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')
    hash_rule = _hash_rule(cls, unsafe_hash, eq, frozen, explicit_hash)
    if hash_rule == 'none':
        cls.__hash__ = None
    elif hash_rule == 'add':
        hashed = [f.name for f in stored if (f.compare if f.hash is None else f.hash)]
        fn = _make_hash(cls, hashed)
        fn.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = fn

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_doc(cls)
    if match_args:
        if '__match_args__' not in cls.__dict__:
            cls.__match_args__ = tuple(f.name for f in positional)
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        # atoll cannot rebuild the class with real slots: record the names
        cls.__slots__ = tuple(f.name for f in positional)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Turn the annotated class into a dataclass, adding the methods the
    flags ask for. Usable as @dataclass or @dataclass(...)."""
    def decorate(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)
    return decorate if cls is None else decorate(cls)


# --- working with dataclasses --------------------------------------------

def fields(class_or_instance):
    """The Fields of a dataclass or instance (not ClassVars or InitVars)."""
    try:
        declared = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in declared.values() if f._field_type is _FIELD)


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _convert(obj, as_tuple, factory):
    """A deep copy of obj, with dataclass instances turned into what
    factory makes of their (name, value) pairs, or of their values."""
    def inner(value):
        return _convert(value, as_tuple, factory)
    if _is_instance(obj):
        if as_tuple:
            return factory([inner(getattr(obj, f.name)) for f in fields(obj)])
        return factory([(f.name, inner(getattr(obj, f.name))) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        items = [inner(v) for v in obj]
        if isinstance(obj, tuple) and hasattr(obj, '_fields'):
            # a namedtuple's constructor takes its items as arguments
            return type(obj)(*items)
        return type(obj)(items)
    if isinstance(obj, dict):
        return type(obj)((inner(k), inner(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, False, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, True, tuple_factory)


def _field_spec(item):
    """(name, type, Field-or-default or MISSING) from a make_dataclass item."""
    if isinstance(item, str):
        return item, 'typing.Any', MISSING
    if len(item) == 2:
        return item[0], item[1], MISSING
    if len(item) == 3:
        return item[0], item[1], item[2]
    raise TypeError(f'Invalid field: {item!r}')


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """A new dataclass named cls_name; fields holds names, (name, type) or
    (name, type, Field or default) items."""
    body = dict(namespace or {})
    annotations = {}
    for item in fields:
        name, annotation, spec = _field_spec(item)
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation
        if spec is not MISSING:
            body[name] = spec
    body['__annotations__'] = annotations
    body['__module__'] = 'types'     # where 3.11's types.new_class leaves it
    cls = type(cls_name, bases, body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed."""
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        kind, given = f._field_type, f.name in changes
        if kind is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if given:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif not given:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)
