"""typing: the run-time face of type hints. Subscripting its names builds
alias objects that print the way CPython prints them (typing.List[int],
typing.Optional[str]); TypeVar, Generic, Protocol, NamedTuple and TypedDict
work in class statements. As in CPython, nothing is checked at run time."""

import collections
import collections.abc
import functools
import sys
import _abc
import _collections

__all__ = """
    Annotated Any Callable ClassVar Concatenate Final ForwardRef Generic Literal
    Optional ParamSpec Protocol Tuple Type TypeVar TypeVarTuple Union
    AbstractSet ByteString Container ContextManager Hashable ItemsView Iterable
    Iterator KeysView Mapping MappingView MutableMapping MutableSequence
    MutableSet Sequence Sized ValuesView Awaitable AsyncIterator AsyncIterable
    Coroutine Collection AsyncGenerator AsyncContextManager Reversible
    SupportsAbs SupportsBytes SupportsComplex SupportsFloat SupportsIndex
    SupportsInt SupportsRound ChainMap Counter Deque Dict DefaultDict List
    OrderedDict Set FrozenSet NamedTuple TypedDict Generator BinaryIO IO Match
    Pattern TextIO AnyStr assert_type assert_never cast clear_overloads
    dataclass_transform final get_args get_origin get_overloads get_type_hints
    is_typeddict LiteralString Never NewType no_type_check
    no_type_check_decorator NoReturn NotRequired overload ParamSpecArgs
    ParamSpecKwargs Required reveal_type runtime_checkable Self Text
    TYPE_CHECKING TypeAlias TypeGuard Unpack
""".split()

TYPE_CHECKING = False
_BuiltinAlias = type(list[int])     # what list[int] makes, typing's cousin
_FunctionType = type(lambda: None)


def _type_name(obj):
    """How obj is spelled inside the repr of an alias."""
    if isinstance(obj, _BuiltinAlias):
        return repr(obj)
    if obj is ...:
        return '...'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _names_of(args):
    return ', '.join(_type_name(a) for a in args)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _checked_arg(arg, message):
    """Validates one argument of a subscript, turning None and strings into
    the types they stand for."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol, ClassVar, Final):
        raise TypeError(f"{arg} is not valid as type argument")
    if isinstance(arg, _SpecialForm) and arg._name in _FORMS_USABLE_BARE:
        return arg
    if isinstance(arg, _SpecialForm) or arg is Generic or arg is Protocol:
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{message} Got {arg!r:.100}.")
    return arg


# --- special forms ---------------------------------------------------------------
#
# A special form is an object, not a class: each carries the function that
# handles its subscription (None for the forms that take no subscript).

_FORMS_USABLE_BARE = {'Any', 'LiteralString', 'NoReturn', 'Never', 'Self', 'TypeAlias'}


class _SpecialForm:
    """A typing construct such as Union or ClassVar."""

    def __init__(self, name, doc, subscript=None):
        self._name = self.__name__ = self.__qualname__ = name
        self.__doc__ = doc
        self._subscript = subscript

    def __getitem__(self, params):
        if self._subscript is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._subscript(self, params)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


def _one_type(message):
    """The subscription of a form that wraps exactly one type, such as
    ClassVar[int]; message(form) is the complaint about a tuple."""
    def subscript(form, param):
        return _GenericAlias(form, (_checked_arg(param, message(form)),))
    return subscript


def _union_of(form, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    members = []
    for param in _as_tuple(params):
        param = _checked_arg(param, "Union[arg, ...]: each arg must be a type.")
        # a union inside a union contributes its members
        for member in (param.__args__ if isinstance(param, _UnionAlias) else (param,)):
            if member not in members:
                members.append(member)
    if len(members) == 1:
        return members[0]
    optional = len(members) == 2 and type(None) in members
    return _UnionAlias(form, tuple(members), name='Optional' if optional else None)


def _optional_of(form, param):
    return Union[_checked_arg(param, f"{form} requires a single type."), type(None)]


def _literal_of(form, params):
    values = []
    for value in _as_tuple(params):
        values.extend(value.__args__ if isinstance(value, _LiteralAlias) else (value,))
    try:
        # 1 and True are different literals: compare the types too
        first = {}
        for value in values:
            first.setdefault((value, type(value)), value)
        values = list(first.values())
    except TypeError:       # unhashable values are kept as given
        pass
    return _LiteralAlias(form, tuple(values))


def _concatenate_of(form, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(params[-1], ParamSpec) and params[-1] is not ...:
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    return _GenericAlias(form, params)


def _single(form):
    return f'{form} accepts only single type.'


def _single_key(form):
    return f'{form._name} accepts only a single type.'


def _any_subscript(form, params):
    # CPython's Any is a class, and complains as classes do
    raise TypeError("type 'Any' is not subscriptable")


Any = _SpecialForm('Any', 'Stands for a value of any type at all.', _any_subscript)
NoReturn = _SpecialForm('NoReturn', 'The return type of a function that never returns.')
Never = _SpecialForm('Never', 'The type with no values.')
Self = _SpecialForm('Self', 'The type of the instance a method is called on.')
LiteralString = _SpecialForm('LiteralString', 'A string built only from literals.')
TypeAlias = _SpecialForm('TypeAlias', 'Marks an assignment as the definition of a type alias.')
ClassVar = _SpecialForm('ClassVar', 'Marks a class attribute that instances do not set.',
                        _one_type(_single))
Final = _SpecialForm('Final', 'Marks a name that is assigned once and never again.',
                     _one_type(_single))
TypeGuard = _SpecialForm('TypeGuard', 'The return type of a function that narrows its argument.',
                         _one_type(_single))
Unpack = _SpecialForm('Unpack', 'Unpacks a TypeVarTuple or a tuple type.', _one_type(_single))
Required = _SpecialForm('Required', 'Marks a TypedDict key that must be present.',
                        _one_type(_single_key))
NotRequired = _SpecialForm('NotRequired', 'Marks a TypedDict key that may be missing.',
                           _one_type(_single_key))
Union = _SpecialForm('Union', 'Union[X, Y]: a value of type X or of type Y.', _union_of)
Optional = _SpecialForm('Optional', 'Optional[X] is Union[X, None].', _optional_of)
Literal = _SpecialForm('Literal', 'The type whose values are exactly the ones given.', _literal_of)
Concatenate = _SpecialForm('Concatenate', 'Prepends parameters to a ParamSpec in a Callable.',
                           _concatenate_of)


class ForwardRef:
    """A type named by a string, evaluated when the hints are asked for."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__, self.__forward_module__ = arg, module
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        self.__forward_evaluated__, self.__forward_value__ = False, None

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        # evaluated afresh each time: the namespaces may differ between calls
        value = eval(self.__forward_arg__, globalns, localns)
        self.__forward_evaluated__, self.__forward_value__ = True, value
        return value

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return self.__forward_arg__ == other.__forward_arg__
        return NotImplemented

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


# --- type variables ------------------------------------------------------------------

class _Variable:
    """What TypeVar, ParamSpec and TypeVarTuple share."""

    def _set_variance(self, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")


class TypeVar(_Variable):
    """A type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self._set_variance(covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__module__ = _collections._caller_module(1)


class TypeVarTuple(_Variable):
    """A variable standing for any number of types."""

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = _collections._caller_module(1)

    def __repr__(self):
        return self.__name__


class _ParamSpecPart:
    """P.args or P.kwargs, for the ParamSpec P in __origin__."""

    def __init__(self, spec):
        self.__origin__ = spec

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._suffix}'


class ParamSpecArgs(_ParamSpecPart):
    _suffix = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    _suffix = 'kwargs'


class ParamSpec(_Variable):
    """A variable standing for the parameters of a callable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self._set_variance(covariant, contravariant)
        self.__name__ = name
        self.__bound__ = bound
        self.__module__ = _collections._caller_module(1)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


def _typing_var(name, *constraints, **options):
    var = TypeVar(name, *constraints, **options)
    var.__module__ = 'typing'
    return var


AnyStr = _typing_var('AnyStr', bytes, str)
# the variables the generic aliases below are written with in CPython
T = _typing_var('T')
KT = _typing_var('KT')
VT = _typing_var('VT')
T_co = _typing_var('T_co', covariant=True)
V_co = _typing_var('V_co', covariant=True)
VT_co = _typing_var('VT_co', covariant=True)
T_contra = _typing_var('T_contra', contravariant=True)
CT_co = _typing_var('CT_co', covariant=True, bound=type)


# --- aliases ----------------------------------------------------------------------------

def _variables_in(args):
    """The type variables args mention, each once, in order of appearance;
    classes are opaque (List[MyGeneric] has no parameters)."""
    found = []
    for arg in args:
        if isinstance(arg, _Variable):
            inner = (arg,)
        elif isinstance(arg, type):
            inner = ()
        else:
            inner = getattr(arg, '__parameters__', ())
        for var in inner:
            if var not in found:
                found.append(var)
    return tuple(found)


def _generic_after(alias, bases):
    """Whether a base after alias in a class statement brings Generic in."""
    for base in bases[bases.index(alias) + 1:]:
        if isinstance(base, _Alias) or (isinstance(base, type) and issubclass(base, Generic)):
            return True
    return False


def _too_many_or_few(what, got, expected):
    amount = 'many' if got > expected else 'few'
    return TypeError(f"Too {amount} arguments for {what}; actual {got}, expected {expected}")


class _Alias:
    """What List and List[int] share: calling makes an instance of the
    origin, class statements derive from the origin, and attributes the alias
    lacks are read from the origin."""

    def __init__(self, origin, name, inst):
        self.__origin__ = origin
        self._name = name
        self._inst = inst

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except AttributeError:      # instances without a __dict__
            pass
        return made

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name is None:      # Generic[T] or a user's generic class
            if origin is Generic and (Protocol in bases or _generic_after(self, bases)):
                return ()
            return (origin,)
        # an alias of a builtin or an ABC: the class becomes generic as well
        entries = () if origin in bases else (origin,)
        return entries if _generic_after(self, bases) else entries + (Generic,)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        origin = self.__dict__.get('__origin__')
        if origin is not None and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(origin, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_Alias):
    """A subscripted alias: List[int], Dict[str, T], ClassVar[int], Stack[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, name, inst)
        self.__args__ = _as_tuple(args)
        self.__parameters__ = _variables_in(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def _identity(self):
        """What equality and hashing compare."""
        return (self.__origin__, self.__args__)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self):
        return hash(self._identity())

    def __getitem__(self, args):
        # Dict[str, T][int]: the alias's variables are replaced, in order
        args = _as_tuple(args)
        variables = self.__parameters__
        if not variables:
            raise TypeError(f"{self} is not a generic class")
        if len(args) != len(variables):
            raise _too_many_or_few(self, len(args), len(variables))
        binding = dict(zip(variables, args))
        return self.copy_with(tuple(_substitute(a, binding) for a in self.__args__))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_name(self.__origin__)
        # Tuple[()] keeps the brackets eval-able
        return f'{head}[{_names_of(self.__args__) or "()"}]'

    def __reduce__(self):
        origin = self.__origin__
        return (getattr(origin, '__getitem__', origin), (self.__args__,))


def _substitute(arg, binding):
    if isinstance(arg, _Variable):
        return binding.get(arg, arg)
    inner = _variables_in((arg,))
    if inner:
        return arg[tuple(binding.get(v, v) for v in inner)]
    return arg


class _CallableAlias(_GenericAlias):
    """Callable[[int, str], bool]: the parameter types, then the result."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return super().__repr__()
        return f'typing.Callable[[{_names_of(args[:-1])}], {_type_name(args[-1])}]'


class _UnionAlias(_GenericAlias):
    """Union[int, str]: order and repetition do not matter."""

    def _identity(self):
        return frozenset((a, type(a)) for a in self.__args__)

    def copy_with(self, args):
        return Union[args]

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return f'typing.Optional[{_type_name(other)}]'
        return f'typing.Union[{_names_of(args)}]'

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)


class _LiteralAlias(_GenericAlias):
    """Literal[1, 'a']: a set of values, where 1 and True differ."""

    def _identity(self):
        return frozenset((a, type(a)) for a in self.__args__)


class _AnnotatedAlias(_GenericAlias):
    """Annotated[int, meta...]: a type with metadata attached."""

    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def _identity(self):
        return (self.__origin__, self.__metadata__)

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_name(self.__origin__)}, {extras}]'


class _BareAlias(_Alias):
    """An unsubscripted alias of a builtin or an ABC: List, Mapping..."""
    _subscripted = _GenericAlias

    def __init__(self, origin, nparams, name, inst=True):
        super().__init__(origin, name, inst)
        self._nparams = nparams
        self.__doc__ = f'A generic version of {_type_name(origin)}.'

    def _parameters(self, item):
        params = tuple(_checked_arg(p, "Parameters to generic types must be types.")
                       for p in _as_tuple(item))
        if len(params) != self._nparams:
            raise _too_many_or_few(self, len(params), self._nparams)
        return params

    def __getitem__(self, item):
        return self.copy_with(self._parameters(item))

    def copy_with(self, params):
        return self._subscripted(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _BareAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)


class _BareTuple(_BareAlias):
    """Tuple: any number of parameters, or Tuple[X, ...]."""

    def _parameters(self, item):
        return _as_tuple(item)


class _BareCallable(_BareAlias):
    """Callable: subscripted as Callable[[args...], result] or Callable[..., result]."""
    _subscripted = _CallableAlias

    def _parameters(self, item):
        if not isinstance(item, tuple) or len(item) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = item
        return (*args, result) if isinstance(args, list) else (args, result)


class Annotated:
    """Annotated[T, x, ...]: the type T, with metadata for other tools."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        return _AnnotatedAlias(_checked_arg(params[0], "Annotated[t, ...]: t must be a type."),
                               params[1:])


# --- Generic and Protocol ------------------------------------------------------------------

class Generic:
    """The base of user-defined generic classes: class Stack(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = tuple(_checked_arg(p, "Parameters to generic types must be types.")
                       for p in _as_tuple(params))
        if cls is Generic or cls is Protocol:
            if not all(isinstance(p, _Variable) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        elif not cls.__parameters__:
            raise TypeError(f"{cls} is not a generic class")
        elif len(params) != len(cls.__parameters__):
            raise _too_many_or_few(cls, len(params), len(cls.__parameters__))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, **options):
        super().__init_subclass__(**options)
        bases = cls.__dict__.get('__orig_bases__', ())
        # Generic[...] among the bases fixes the order of the variables
        explicit = [b for b in bases if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
        cls.__parameters__ = explicit[0].__parameters__ if explicit else _variables_in(bases)


# names in a class body that do not make a protocol member
_NOT_MEMBERS = frozenset("""
    __module__ __qualname__ __doc__ __dict__ __weakref__ __slots__ __annotations__
    __init__ __new__ __init_subclass__ __subclasshook__ __class_getitem__
    __parameters__ __orig_bases__ __orig_class__ __args__ __abstractmethods__
    __protocol_attrs__ __next_in_mro__ _is_protocol _is_runtime_protocol
    _MutableMapping__marker
""".split())


def _protocol_members(proto):
    """The attributes a class must have to satisfy the protocol proto."""
    members = set()
    for klass in proto.__mro__[:-1]:
        if klass is Protocol or klass is Generic:
            continue
        for name in (*klass.__dict__, *getattr(klass, '__annotations__', {})):
            if name not in _NOT_MEMBERS and not name.startswith('_abc_'):
                members.add(name)
    return members


def _require_runtime(proto):
    if not proto._is_runtime_protocol:
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")


def _class_provides(cls, name):
    """Whether the first class in cls's MRO that sets name sets it to
    something other than None (None opts out of a protocol)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False


def _instance_provides(obj, proto, name):
    if not hasattr(obj, name):
        return False
    return not callable(getattr(proto, name, None)) or getattr(obj, name) is not None


def _protocol_init(self, *args, **kwargs):
    """The __init__ protocols get: a protocol is not instantiated; a concrete
    class deriving from one runs the next __init__ its MRO defines."""
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    for klass in cls.__mro__[:-1]:
        init = klass.__dict__.get('__init__')
        if init is not None and init is not _protocol_init:
            return init(self, *args, **kwargs)
    object.__init__(self, *args, **kwargs)


class Protocol(Generic):
    """The base of protocol classes, which describe structural types."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, **options):
        super().__init_subclass__(**options)
        # a protocol names Protocol among its direct bases; other subclasses
        # are concrete classes
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if cls.__init__ is object.__init__:
            cls.__init__ = _protocol_init

    @classmethod
    def __instancecheck__(cls, instance):
        if not cls._is_protocol:
            return cls in type(instance).__mro__
        _require_runtime(cls)
        if cls in type(instance).__mro__:
            return True
        return all(_instance_provides(instance, cls, name) for name in _protocol_members(cls))

    @classmethod
    def __subclasscheck__(cls, other):
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in other.__mro__:
            return True
        if not cls._is_protocol:
            return False
        _require_runtime(cls)
        members = _protocol_members(cls)
        # a class cannot be told to have a data member its instances set
        if not all(callable(getattr(cls, name, None)) for name in members):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        return all(_class_provides(other, name) for name in members)


# atoll has no metaclasses: _abc routes isinstance/issubclass to the hooks above
_abc.set_hooks(Protocol)


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() test a protocol class."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# --- aliases of the builtin and collection classes ----------------------------------------

def _abc_alias(name, nparams, abc_name=None):
    return _BareAlias(getattr(collections.abc, abc_name or name), nparams, name)


List = _BareAlias(list, 1, 'List', inst=False)
Dict = _BareAlias(dict, 2, 'Dict', inst=False)
Set = _BareAlias(set, 1, 'Set', inst=False)
FrozenSet = _BareAlias(frozenset, 1, 'FrozenSet', inst=False)
Type = _BareAlias(type, 1, 'Type', inst=False)
Tuple = _BareTuple(tuple, -1, 'Tuple', inst=False)
Callable = _BareCallable(collections.abc.Callable, 2, 'Callable')
DefaultDict = _BareAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _BareAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _BareAlias(collections.Counter, 1, 'Counter')
ChainMap = _BareAlias(collections.ChainMap, 2, 'ChainMap')
Deque = _BareAlias(collections.deque, 1, 'Deque')
Text = str

Hashable = _abc_alias('Hashable', 0)
Sized = _abc_alias('Sized', 0)
ByteString = _abc_alias('ByteString', 0)
Awaitable = _abc_alias('Awaitable', 1)
AsyncIterable = _abc_alias('AsyncIterable', 1)
AsyncIterator = _abc_alias('AsyncIterator', 1)
Iterable = _abc_alias('Iterable', 1)
Iterator = _abc_alias('Iterator', 1)
Reversible = _abc_alias('Reversible', 1)
Container = _abc_alias('Container', 1)
Collection = _abc_alias('Collection', 1)
AbstractSet = _abc_alias('AbstractSet', 1, 'Set')
MutableSet = _abc_alias('MutableSet', 1)
Sequence = _abc_alias('Sequence', 1)
MutableSequence = _abc_alias('MutableSequence', 1)
MappingView = _abc_alias('MappingView', 1)
KeysView = _abc_alias('KeysView', 1)
ValuesView = _abc_alias('ValuesView', 1)
Mapping = _abc_alias('Mapping', 2)
MutableMapping = _abc_alias('MutableMapping', 2)
ItemsView = _abc_alias('ItemsView', 2)
AsyncGenerator = _abc_alias('AsyncGenerator', 2)
Coroutine = _abc_alias('Coroutine', 3)
Generator = _abc_alias('Generator', 3)

import contextlib as _contextlib
# atoll's contextlib has no asynchronous ABC: both aliases share the origin
ContextManager = _BareAlias(_contextlib.AbstractContextManager, 1, 'ContextManager')
AsyncContextManager = _BareAlias(_contextlib.AbstractContextManager, 1, 'AsyncContextManager')


# --- protocols of one method ----------------------------------------------------------------

def _protocol_of(name, method, doc):
    """A runtime-checkable protocol whose one member is method."""
    def member(self, *args):
        pass
    member.__name__ = method
    namespace = {'__slots__': (), '__doc__': doc, '__module__': 'typing', method: member}
    return runtime_checkable(type(name, (Protocol,), namespace))


SupportsInt = _protocol_of('SupportsInt', '__int__', "Anything int() accepts through __int__.")
SupportsFloat = _protocol_of('SupportsFloat', '__float__',
                             "Anything float() accepts through __float__.")
SupportsComplex = _protocol_of('SupportsComplex', '__complex__',
                               "Anything complex() accepts through __complex__.")
SupportsBytes = _protocol_of('SupportsBytes', '__bytes__',
                             "Anything bytes() accepts through __bytes__.")
SupportsIndex = _protocol_of('SupportsIndex', '__index__', "Anything usable as an index.")
SupportsAbs = _protocol_of('SupportsAbs', '__abs__', "Anything abs() accepts.")
SupportsRound = _protocol_of('SupportsRound', '__round__', "Anything round() accepts.")


# --- NamedTuple and TypedDict --------------------------------------------------------------

def _typed_namedtuple(name, fields, module, defaults=()):
    """A collections.namedtuple whose __annotations__ record the field types."""
    types = {}
    for field, tp in fields:
        types[field] = _checked_arg(tp, f"field {field} annotation must be a type")
    made = collections.namedtuple(name, list(types), defaults=defaults, module=module)
    made.__annotations__ = made.__new__.__annotations__ = types
    return made


# what a NamedTuple class body may not define, and what it takes over from
# the namedtuple it is made from
_NAMEDTUPLE_RESERVED = frozenset(
    '__new__ __init__ __getnewargs__ _fields _field_defaults _make _replace _asdict _source'.split())
_NAMEDTUPLE_TAKEN = ('__new__', '_make', '_replace', '__repr__', '_asdict', '__getnewargs__',
                     '_fields', '_field_defaults', '__match_args__')


class _NamedTupleRoot(tuple):
    """What a class statement deriving from NamedTuple derives from: its
    __init_subclass__ gives the class a namedtuple's machinery."""

    def __init_subclass__(cls, **kwargs):
        if _NamedTupleRoot not in cls.__bases__:
            return      # a subclass of a NamedTuple class is an ordinary class
        own = cls.__dict__
        for key in own:
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        types = own.get('__annotations__', {})
        with_default = []
        for field in types:
            if field in own:
                with_default.append(field)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{plural} {', '.join(with_default)}")
        made = _typed_namedtuple(cls.__name__, types.items(), cls.__module__,
                                 [own[field] for field in with_default])
        for key in _NAMEDTUPLE_TAKEN:
            if key == '__repr__' and '__repr__' in own:
                continue
            setattr(cls, key, made.__dict__[key])
        if own.get('__doc__') is None:
            cls.__doc__ = made.__doc__
        for field in made._fields:
            setattr(cls, field, made.__dict__[field])
        cls.__annotations__ = dict(types)


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple with field types: class Point(NamedTuple): x: int."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _typed_namedtuple(typename, fields, _collections._caller_module(1))


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleRoot,)


class _TypedDictRoot(dict):
    """What a TypedDict class derives from; at run time a plain dict."""

    def __init_subclass__(cls, total=True, **kwargs):
        own = cls.__dict__.get('__annotations__', {})
        required, optional, merged = set(), set(), {}
        for base in reversed(cls.__mro__[1:]):
            merged.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        merged.update(own)
        for key, tp in own.items():
            marker = getattr(tp, '__origin__', None)
            if marker is Required or (marker is not NotRequired and total):
                required.add(key)
            else:
                optional.add(key)
        cls.__annotations__ = merged
        cls.__total__ = total
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys; at run time a plain dict."""
    namespace = {'__annotations__': dict(kwargs if fields is None else fields),
                 '__module__': _collections._caller_module(1)}
    return type(typename, (_TypedDictRoot,), namespace, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDictRoot,)


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, type) and issubclass(tp, _TypedDictRoot) and tp is not _TypedDictRoot


# --- functions and decorators ----------------------------------------------------------------

def cast(typ, val):
    """Returns val: the cast only informs a type checker."""
    return val


def assert_type(val, typ, /):
    """Returns val: the assertion is for a type checker."""
    return val


def assert_never(arg, /):
    """Raises: a type checker proves the call unreachable."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def reveal_type(obj, /):
    """Reports the run-time type of obj on stderr and returns obj."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


# (module, qualified name) -> the functions decorated with @overload
_overloads = {}


def _overload_key(func):
    func = getattr(func, '__func__', func)      # classmethod, staticmethod
    return (getattr(func, '__module__', None), getattr(func, '__qualname__', None))


def _overloaded_stub(*args, **kwds):
    """What @overload leaves in place of a signature."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Records func as one signature of an overloaded function."""
    _overloads.setdefault(_overload_key(func), []).append(func)
    return _overloaded_stub


def get_overloads(func):
    """The signatures @overload recorded for func."""
    return list(_overloads.get(_overload_key(func), ()))


def clear_overloads():
    """Forgets every signature @overload recorded."""
    _overloads.clear()


def final(f):
    """Marks a method or class as not to be overridden; sets __final__."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):     # objects that take no attributes
        pass
    return f


def no_type_check(arg):
    """Marks arg's annotations as not being type hints."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Makes decorator's results behave as if @no_type_check were applied."""
    @functools.wraps(decorator)
    def marking(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return marking


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Records on its target that it makes dataclass-like classes."""
    settings = {'eq_default': eq_default, 'order_default': order_default,
                'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
                'kwargs': kwargs}

    def mark(target):
        target.__dataclass_transform__ = settings
        return target
    return mark


class NewType:
    """A distinct name for a type; calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = _collections._caller_module(1)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def get_origin(tp):
    """The unsubscripted form of tp: list for List[int], Union for Optional[str]."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_Alias, _BuiltinAlias)):
        return tp.__origin__
    return Generic if tp is Generic else None


def get_args(tp):
    """The arguments tp was subscripted with."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if not isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        return ()
    args = tp.__args__
    if isinstance(tp, _CallableAlias) and args[0] is not ...:
        return (list(args[:-1]), args[-1])
    return args


def _resolve(hint, globalns, localns):
    """hint with strings and forward references evaluated, also inside aliases."""
    if hint is None:
        return type(None)
    if isinstance(hint, str):
        hint = ForwardRef(hint)
    if isinstance(hint, ForwardRef):
        return _resolve(hint._evaluate(globalns, localns), globalns, localns)
    if isinstance(hint, _GenericAlias) and not isinstance(hint, _LiteralAlias):
        args = tuple(_resolve(a, globalns, localns) if isinstance(a, ForwardRef) else a
                     for a in hint.__args__)
        if args != hint.__args__:
            return hint.copy_with(args)
    return hint


def _plain(hint, include_extras):
    if not include_extras and isinstance(hint, _AnnotatedAlias):
        return hint.__origin__
    return hint


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """obj's annotations (with those of its bases for a class), strings
    evaluated and None written as NoneType."""
    if isinstance(obj, type):
        # a class's own annotations only: its bases are visited one by one
        owners = [(k, k.__dict__.get('__annotations__', {})) for k in reversed(obj.__mro__)]
    elif isinstance(obj, type(sys)) or hasattr(obj, '__annotations__'):
        owners = [(obj, getattr(obj, '__annotations__', {}))]
    else:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    hints = {}
    for owner, annotations in owners:
        own_globals = _globals_of(owner) if globalns is None else globalns
        for name, hint in annotations.items():
            hints[name] = _plain(_resolve(hint, own_globals, localns), include_extras)
    return hints


def _globals_of(owner):
    """The global namespace owner's string annotations are evaluated in."""
    if isinstance(owner, type(sys)):
        return owner.__dict__
    found = getattr(owner, '__globals__', None)
    if found is None:
        module = sys.modules.get(getattr(owner, '__module__', None), None)
        found = getattr(module, '__dict__', {})
    return found


# the IO names exist for annotations; they are plain classes here
class IO(Generic[AnyStr]):
    """The type of what open() returns."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """The type of a file opened in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """The type of a file opened in text mode."""
    __slots__ = ()


def __getattr__(name):
    # Pattern and Match need re, which most programs that import typing do
    # not: made on first use
    if name in ('Pattern', 'Match'):
        import re
        alias = _BareAlias(getattr(re, name), 1, name)
        globals()[name] = alias
        return alias
    raise AttributeError(f"module 'typing' has no attribute '{name}'")
