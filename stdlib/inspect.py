"""inspect: looking at live objects - what kind of thing a value is, the
members of a class, the call signature of a function, the source text of a
function or class.

atoll's own code, written against CPython 3.11's documented and observed
behaviour. What atoll cannot offer: frames are not objects a program can see
(currentframe() returns None; no stack, getframeinfo), and built-in functions carry no
signature metadata, so signature() raises ValueError for them."""

import collections
import enum
import functools
import linecache
import os
import sys
import types

__all__ = [
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
    'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isawaitable',
    'isasyncgenfunction', 'isasyncgen', 'isbuiltin', 'isroutine', 'isabstract',
    'ismethoddescriptor', 'isdatadescriptor', 'isgetsetdescriptor',
    'ismemberdescriptor', 'istraceback', 'isframe', 'iscode',
    'getmembers', 'getmro', 'getdoc', 'cleandoc', 'getmodule', 'unwrap',
    'signature', 'Signature', 'Parameter', 'BoundArguments',
    'formatannotation', 'getfullargspec', 'FullArgSpec', 'getcallargs',
    'getfile', 'getsourcefile', 'getabsfile', 'findsource', 'getsourcelines',
    'getsource', 'getblock', 'getmodulename', 'get_annotations', 'currentframe',
]

# co_flags bits, CPython's numbering (atoll's code objects report the same)
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


_ModuleType = types.ModuleType
_MethodType = types.MethodType
_FunctionType = types.FunctionType
_GeneratorType = types.GeneratorType
_TracebackType = types.TracebackType
_CodeType = types.CodeType
_BuiltinFunctionType = types.BuiltinFunctionType
_SlotWrapper = types.WrapperDescriptorType


# --- what kind of object --------------------------------------------------------------

def ismodule(object):
    """True for module objects."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """True for classes (instances of type or of a metaclass)."""
    return isinstance(object, type)  # metaclasses derive from type


def ismethod(object):
    """True for bound methods of Python functions."""
    # atoll binds slot wrappers (object().__str__) and built-in class methods
    # (__init_subclass__) as methods too, where CPython makes method-wrapper
    # and built-in method objects: those do not count
    return isinstance(object, _MethodType) and not isinstance(
        object.__func__, (_SlotWrapper, _BuiltinFunctionType))


def isfunction(object):
    """True for functions written in Python (def and lambda)."""
    return isinstance(object, _FunctionType)


def _code_has(f, flag):
    # methods and partials stand for the function inside them
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            break
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(object):
    """True for functions whose calls make generators (they contain yield)."""
    return _code_has(object, CO_GENERATOR)


def iscoroutinefunction(object):
    """True for functions defined with async def (atoll has none)."""
    return _code_has(object, CO_COROUTINE)


def isasyncgenfunction(object):
    """True for asynchronous generator functions (atoll has none)."""
    return _code_has(object, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """True for generator objects."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """True for coroutine objects (atoll has none)."""
    kind = getattr(types, 'CoroutineType', None)
    return kind is not None and isinstance(object, kind)


def isasyncgen(object):
    """True for asynchronous generator objects (atoll has none)."""
    kind = getattr(types, 'AsyncGeneratorType', None)
    return kind is not None and isinstance(object, kind)


def isawaitable(object):
    """True for objects an await expression accepts."""
    return iscoroutine(object) or hasattr(type(object), '__await__')


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, _TracebackType)


def isframe(object):
    """True for frame objects; atoll shows none to programs."""
    kind = getattr(types, 'FrameType', None)
    return kind is not None and isinstance(object, kind)


def iscode(object):
    """True for code objects."""
    return isinstance(object, _CodeType)


def isbuiltin(object):
    """True for functions and methods implemented in C."""
    return isinstance(object, _BuiltinFunctionType)


def _plain_callable(object):
    return isclass(object) or ismethod(object) or isfunction(object)


def ismethoddescriptor(object):
    """True for descriptors with __get__ but no __set__ (str.join, ...),
    other than classes, methods and functions."""
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """True for descriptors defining __set__ or __delete__ (property, ...)."""
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


_GETSET = type(types.FunctionType.__dict__['__code__'])


def _member_descriptor_type():
    class Slotted:
        __slots__ = ('slot',)
    kind = type(Slotted.__dict__.get('slot'))
    return None if kind is type(None) else kind


_MEMBER = _member_descriptor_type()


def isgetsetdescriptor(object):
    """True for attributes of C types computed by getter functions."""
    return isinstance(object, _GETSET)


def ismemberdescriptor(object):
    """True for slot descriptors (atoll's __slots__ make none)."""
    return _MEMBER is not None and isinstance(object, _MEMBER)


def isroutine(object):
    """True for any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    """True for classes that still have abstract methods."""
    if not isclass(object):
        return False
    try:
        return bool(object.__abstractmethods__)
    except AttributeError:
        return False


# --- members, classes, documentation ----------------------------------------------------

def getmro(cls):
    """The classes cls inherits from, cls first, in method resolution order."""
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) pairs of the attributes of object, sorted by name, kept
    when predicate(value) is true. For a class, attributes of its bases count
    too, and names dir() lists but getattr cannot fetch come from the
    __dict__ of the class that holds them."""
    owners = ()
    if isclass(object):
        owners = (object,) + tuple(getmro(object))
    names = dir(object)
    found = {}
    for name in names:
        if name in found:
            continue
        try:
            value = getattr(object, name)
        except AttributeError:
            for owner in owners:
                if name in owner.__dict__:
                    value = owner.__dict__[name]
                    break
            else:
                continue
        if predicate is None or predicate(value):
            found[name] = value
    return sorted(found.items(), key=lambda pair: pair[0])


def cleandoc(doc):
    """A docstring without the indentation of its continuation lines: tabs
    expanded, the first line's leading blanks and the common leading blanks
    of the others removed, blank lines at either end dropped."""
    rows = doc.expandtabs().split('\n')
    widths = [len(row) - len(row.lstrip()) for row in rows[1:] if row.lstrip()]
    cut = min(widths) if widths else 0
    rows = [rows[0].lstrip()] + [row[cut:] for row in rows[1:]]
    while rows and not rows[-1]:
        rows.pop()
    start = 0
    while start < len(rows) and not rows[start]:
        start += 1
    return '\n'.join(rows[start:])


def _owner_class(func):
    # the class a function was defined in, from its qualified name
    module = sys.modules.get(getattr(func, '__module__', None))
    path = getattr(func, '__qualname__', '').split('.')[:-1]
    if not path or module is None or '<locals>' in path:
        return None
    holder = module
    for part in path:
        holder = getattr(holder, part, None)
        if holder is None:
            return None
    return holder if isclass(holder) else None


def _inherited_doc(object):
    # 3.11: a class, method or property without a docstring takes the one of
    # the same-named thing along the MRO
    if isclass(object):
        for base in object.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    name = getattr(object, '__name__', None)
    cls = None
    if ismethod(object):
        owner = object.__self__
        cls = owner if isclass(owner) else type(owner)
        for base in cls.__mro__:
            if name in base.__dict__:
                cls = base
                break
    elif isfunction(object):
        cls = _owner_class(object)
    elif isinstance(object, property):
        fget = object.fget
        name = getattr(fget, '__name__', None)
        cls = _owner_class(fget) if isfunction(fget) else None
    if cls is None or name is None:
        return None
    for base in cls.__mro__[1:]:
        if name in base.__dict__:
            doc = getattr(getattr(base, name), '__doc__', None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    """The object's docstring cleaned by cleandoc; one inherited from a base
    class when the object has none; None when there is no string."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodulename(path):
    """The module name a file path would import as, or None."""
    base = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if base.endswith(suffix) and len(base) > len(suffix):
            return base[:-len(suffix)]
    return None


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if isinstance(name, str) and name in sys.modules:
        return sys.modules[name]
    label = getattr(object, '__name__', None)
    if isbuiltin(object) and label is not None:
        # atoll's built-in functions carry no __module__: find who holds them
        for module in [sys.modules.get('builtins')] + list(sys.modules.values()):
            if module is not None and getattr(module, label, None) is object:
                return module
    try:
        path = _filename if _filename is not None else getabsfile(object)
    except TypeError:
        return None
    for module in list(sys.modules.values()):
        known = getattr(module, '__file__', None)
        if isinstance(known, str) and os.path.normcase(os.path.abspath(known)) == path:
            return module
    main = sys.modules.get('__main__')
    if main is not None and label is not None and getattr(main, label, None) is object:
        return main
    return None


def unwrap(func, *, stop=None):
    """The innermost function of a chain of __wrapped__ attributes (as
    functools.wraps makes), stopping early where stop(f) is true."""
    start = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(start))
        seen.add(id(func))
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's annotations (a function, class or module); string
    annotations evaluated when eval_str is true."""
    if isclass(obj):
        found = obj.__dict__.get('__annotations__', None)
        home = getattr(sys.modules.get(obj.__module__), '__dict__', None)
        local_ns = dict(vars(obj))
    elif ismodule(obj):
        found = getattr(obj, '__annotations__', None)
        home = obj.__dict__
        local_ns = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        inner = unwrap(obj)
        while isinstance(inner, functools.partial):
            inner = unwrap(inner.func)
        home = getattr(inner, '__globals__', None)
        local_ns = None
    else:
        raise TypeError('{!r} is not a module, class, or callable.'.format(obj))
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError('{!r}.__annotations__ is neither a dict nor None'.format(obj))
    result = dict(found)
    if eval_str:
        g = home if globals is None else globals
        l = local_ns if locals is None else locals
        for key, value in result.items():
            if isinstance(value, str):
                result[key] = eval(value, g, l)
    return result


# --- signatures -------------------------------------------------------------------------

class _empty:
    """Marks a parameter without default or annotation, a signature without
    return annotation."""


class _void:
    """Marks an argument of replace() that was not given."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_WORDS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_WORDS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    """An annotation as signatures show it: classes by qualified name (the
    module left out for builtins), typing forms without 'typing.'."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: its name, kind, default value and
    annotation (Parameter.empty where there is none). Immutable."""

    __slots__ = ('_spec',)         # (name, kind, default, annotation)

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('%s parameters cannot have default values' % kind.description)
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a %s' % type(name).__name__)
        if not name.isidentifier():
            raise ValueError('%r is not a valid parameter name' % name)
        self._spec = (name, kind, default, annotation)

    name = property(lambda self: self._spec[0])
    kind = property(lambda self: self._spec[1])
    default = property(lambda self: self._spec[2])
    annotation = property(lambda self: self._spec[3])

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        old_name, old_kind, old_default, old_note = self._spec
        return type(self)(old_name if name is _void else name,
                          old_kind if kind is _void else kind,
                          default=old_default if default is _void else default,
                          annotation=old_note if annotation is _void else annotation)

    def __str__(self):
        text, kind, default, note = self._spec
        if note is not _empty:
            text = '%s: %s' % (text, formatannotation(note))
        if default is not _empty:
            text += (' = ' if note is not _empty else '=') + repr(default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(kind, '')
        return stars + text

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __hash__(self):
        return hash(self._spec)

    def __eq__(self, other):
        if isinstance(other, Parameter):
            return self is other or self._spec == other._spec
        return NotImplemented


class BoundArguments:
    """The result of Signature.bind: which argument went to which parameter.
    `arguments` is a dict (parameter name -> value) in parameter order;
    `args` and `kwargs` rebuild a call from it."""

    __slots__ = ('arguments', '_sig')

    def __init__(self, signature, arguments):
        self._sig = signature
        self.arguments = arguments

    signature = property(lambda self: self._sig)

    @property
    def args(self):
        out = []
        for param in self._sig.parameters.values():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or param.name not in self.arguments:
                break
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        by_keyword = False
        for param in self._sig.parameters.values():
            if not by_keyword:
                if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    by_keyword = True
                elif param.name not in self.arguments:
                    # a gap: whatever follows can only be passed by name
                    by_keyword = True
                    continue
            if not by_keyword or param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == _VAR_KEYWORD:
                out.update(value)
            else:
                out[param.name] = value
        return out

    def apply_defaults(self):
        """Fill in the defaults of parameters that got no argument: the
        declared default, () for *args, {} for **kwargs."""
        given = self.arguments
        filled = {}
        for param in self._sig.parameters.values():
            if param.name in given:
                filled[param.name] = given[param.name]
            elif param.default is not _empty:
                filled[param.name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[param.name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[param.name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if isinstance(other, BoundArguments):
            return self is other or (self._sig, self.arguments) == (other._sig, other.arguments)
        return NotImplemented

    def __repr__(self):
        shown = ', '.join('%s=%r' % pair for pair in self.arguments.items())
        return '<%s (%s)>' % (type(self).__name__, shown)


class Signature:
    """The parameters a callable accepts and its return annotation.
    signature(f) or Signature.from_callable(f) makes one; str() of it reads
    like the parameter list of a def."""

    __slots__ = ('_params', '_returns')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = collections.OrderedDict()
        if parameters is not None:
            parameters = list(parameters)
            if __validate_parameters__:
                _check_order(parameters)
            for param in parameters:
                if param.name in table:
                    raise ValueError('duplicate parameter name: %r' % param.name)
                table[param.name] = param
        self._params = types.MappingProxyType(table)
        self._returns = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of any callable (see signature())."""
        return _signature_of(obj, cls, follow_wrapped, globals, locals, eval_str, True)

    parameters = property(lambda self: self._params)
    return_annotation = property(lambda self: self._returns)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parameters (a sequence) or return annotation."""
        return type(self)(self._params.values() if parameters is _void else parameters,
                          return_annotation=self._returns if return_annotation is _void
                          else return_annotation)

    def _key(self):
        # keyword-only parameters compare in any order
        every = self._params.values()
        return (tuple(p for p in every if p.kind != _KEYWORD_ONLY),
                frozenset(p for p in every if p.kind == _KEYWORD_ONLY), self._returns)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if isinstance(other, Signature):
            return self is other or self._key() == other._key()
        return NotImplemented

    def _bind(self, args, kwargs, partial):
        params = list(self._params.values())
        kwargs = dict(kwargs)
        bound = {}
        taken = 0
        # positional arguments, left to right
        for param in params:
            if taken == len(args):
                break
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = tuple(args[taken:])
                taken = len(args)
                break
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                raise TypeError('multiple values for argument %r' % param.name)
            bound[param.name] = args[taken]
            taken += 1
        if taken < len(args):
            raise TypeError('too many positional arguments')
        # the rest by keyword, or their defaults
        catch_all = None
        for param in params:
            if param.kind == _VAR_KEYWORD:
                catch_all = param
                continue
            if param.kind == _VAR_POSITIONAL or param.name in bound:
                continue
            if param.kind != _POSITIONAL_ONLY and param.name in kwargs:
                bound[param.name] = kwargs.pop(param.name)
                continue
            if param.kind == _POSITIONAL_ONLY and param.name in kwargs and not any(
                    p.kind == _VAR_KEYWORD for p in params):
                raise TypeError('%r parameter is positional only, but was passed as a keyword'
                                % param.name)
            if not partial and param.default is _empty:
                raise TypeError('missing a required argument: %r' % param.name)
        if kwargs:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument %r' % next(iter(kwargs)))
            bound[catch_all.name] = kwargs
        return BoundArguments(self, bound)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError when the
        call would fail."""
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """As bind, but parameters may stay without an argument."""
        return self._bind(args, kwargs, True)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __str__(self):
        parts = []
        slash_due = False
        star_due = True
        for param in self._params.values():
            kind = param.kind
            if slash_due and kind != _POSITIONAL_ONLY:
                parts.append('/')
                slash_due = False
            if kind == _POSITIONAL_ONLY:
                slash_due = True
            elif kind == _VAR_POSITIONAL:
                star_due = False
            elif kind == _KEYWORD_ONLY and star_due:
                parts.append('*')
                star_due = False
            parts.append(str(param))
        if slash_due:
            parts.append('/')
        text = '(%s)' % ', '.join(parts)
        if self._returns is not _empty:
            text += ' -> %s' % formatannotation(self._returns)
        return text


def _check_order(parameters):
    # kinds must not decrease; positional parameters without a default may
    # not follow ones with a default
    last = _POSITIONAL_ONLY
    defaulted = False
    for param in parameters:
        kind = param.kind
        if kind < last:
            raise ValueError('wrong parameter order: %s parameter before %s parameter'
                             % (last.description, kind.description))
        if kind > last:
            last = kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is _empty:
                if defaulted:
                    raise ValueError('non-default argument follows default argument')
            else:
                defaulted = True


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: functions, methods (self left out),
    classes (from __init__ or __new__), functools.partial objects, instances
    with __call__. A __signature__ attribute wins; __wrapped__ is followed."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _without_first(sig):
    # a method bound to its instance: the first parameter is already given
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _from_function(cls, func, globals, locals, eval_str):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    notes = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    make = Parameter
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(make(name, kind, default=default,
                            annotation=notes.get(name, _empty)))
    at = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[at]
        params.append(make(name, _VAR_POSITIONAL, annotation=notes.get(name, _empty)))
    for name in names[npos:npos + nkw]:
        params.append(make(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                            annotation=notes.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at + 1 if code.co_flags & CO_VARARGS else at]
        params.append(make(name, _VAR_KEYWORD, annotation=notes.get(name, _empty)))
    return cls(params, return_annotation=notes.get('return', _empty),
               __validate_parameters__=False)


def _after_partial(sig, part):
    # the signature left once a partial has supplied its arguments: the
    # positional ones consume leading parameters; a keyword one becomes the
    # parameter's default and turns it and every later positional-or-keyword
    # parameter keyword-only (*args then has nothing left to take)
    try:
        given = sig.bind_partial(*part.args, **part.keywords)
    except TypeError:
        raise ValueError('partial object %r has incorrect arguments' % part)
    params = list(sig.parameters.values())
    out = []
    keyword_from_here = False
    for param in params:
        name = param.name
        kind = param.kind
        if name in given.arguments and kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) \
                and name not in part.keywords:
            continue                       # filled positionally
        if kind == _VAR_POSITIONAL:
            if keyword_from_here:
                continue
            if name in given.arguments:
                out.append(param)          # extra positionals went to *args; more may come
                continue
        if name in part.keywords:
            if kind == _POSITIONAL_ONLY:
                raise ValueError('partial object %r has incorrect arguments' % part)
            if kind == _POSITIONAL_OR_KEYWORD:
                keyword_from_here = True
            out.append(param.replace(default=part.keywords[name],
                                     kind=_KEYWORD_ONLY if kind != _VAR_KEYWORD else kind))
            continue
        if keyword_from_here and kind == _POSITIONAL_OR_KEYWORD:
            out.append(param.replace(kind=_KEYWORD_ONLY))
            continue
        out.append(param)
    # keyword-only parameters that came from positional ones go before the
    # existing keyword-only ones, as they stand in the list already
    ordered = sorted(out, key=lambda p: p.kind)
    return sig.replace(parameters=ordered)


def _python_method(cls, name):
    # a method the class (or a base other than object/type) defines in Python
    try:
        found = getattr(cls, name)
    except AttributeError:
        return None
    if isbuiltin(found) or ismethoddescriptor(found) and not isinstance(
            found, (staticmethod, classmethod)) or type(found).__name__ in (
            'wrapper_descriptor', 'method-wrapper'):
        return None
    if found is getattr(object, name, None) or found is getattr(type, name, None):
        return None
    return found


def _signature_of(obj, cls, follow_wrapped, globals, locals, eval_str, skip_bound):
    again = lambda o: _signature_of(o, cls, follow_wrapped, globals, locals, eval_str, skip_bound)
    if not callable(obj):
        raise TypeError('%r is not a callable object' % (obj,))
    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _without_first(sig) if skip_bound else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return again(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object %r in __signature__ attribute' % (sig,))
            return sig
    if isfunction(obj):
        return _from_function(cls, obj, globals, locals, eval_str)
    if isinstance(obj, functools.partial):
        return _after_partial(again(obj.func), obj)
    if isinstance(obj, (staticmethod, classmethod)):
        return again(obj.__func__)
    if isbuiltin(obj) or ismethoddescriptor(obj) or type(obj).__name__ in (
            'wrapper_descriptor', 'method-wrapper'):
        raise ValueError('no signature found for builtin %r' % (obj,))
    if isclass(obj):
        call = _python_method(type(obj), '__call__')
        if call is not None:
            return _without_first(again(call))
        for base in obj.__mro__:
            if base is object:
                break
            if '__new__' in base.__dict__ and _python_method(obj, '__new__') is not None:
                return _without_first(again(_python_method(obj, '__new__')))
            if '__init__' in base.__dict__ and _python_method(obj, '__init__') is not None:
                return _without_first(again(_python_method(obj, '__init__')))
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__ or obj is object:
            return cls()
        raise ValueError('no signature found for builtin type %r' % (obj,))
    call = _python_method(type(obj), '__call__')
    if call is not None:
        return _without_first(again(call))
    raise ValueError('callable %r is not supported by signature' % (obj,))


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The parameters of func as a FullArgSpec named tuple (bound methods
    keep their first parameter; __wrapped__ is not followed)."""
    try:
        sig = _signature_of(func, Signature, False, None, None, False, False)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    args, kwonly, defaults, kwdefaults, notes = [], [], [], {}, {}
    varargs = varkw = None
    for param in sig.parameters.values():
        if param.annotation is not _empty:
            notes[param.name] = param.annotation
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif param.kind == _VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == _KEYWORD_ONLY:
            kwonly.append(param.name)
            if param.default is not _empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, notes)


def getcallargs(func, /, *positional, **named):
    """A dict of parameter name -> value for a call of func, defaults
    included (a bound method's instance counts as its first argument)."""
    if ismethod(func):
        positional = (func.__self__,) + positional
        func = func.__func__
    sig = _signature_of(func, Signature, False, None, None, False, False)
    bound = sig.bind(*positional, **named)
    bound.apply_defaults()
    # positional parameters, then *args, **kwargs, then the keyword-only ones
    rank = {_POSITIONAL_ONLY: 0, _POSITIONAL_OR_KEYWORD: 0, _VAR_POSITIONAL: 1,
            _VAR_KEYWORD: 2, _KEYWORD_ONLY: 3}
    order = sorted(sig.parameters.values(), key=lambda p: rank[p.kind])
    return {p.name: bound.arguments[p.name] for p in order if p.name in bound.arguments}


# --- source text ------------------------------------------------------------------------

def getfile(object):
    """The name of the file a module, class, method, function, traceback or
    code object comes from; TypeError for built-in ones."""
    if ismodule(object):
        path = getattr(object, '__file__', None)
        if path is not None:
            return path
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(getattr(object, '__module__', None))
        path = getattr(module, '__file__', None)
        if path is not None:
            return path
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        frame = getattr(object, 'tb_frame', None)
        code = getattr(frame, 'f_code', None)
        if code is None:
            raise TypeError('atoll cannot reach the frame of {!r}'.format(object))
        object = code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    """The .py file object's source is in, or None when there is none."""
    path = getfile(object)
    if not path.endswith('.py'):
        return None
    if os.path.exists(path) or path in linecache.cache:
        return path
    return None


def getabsfile(object, _filename=None):
    """getsourcefile (or getfile) made absolute and case-normalised."""
    path = _filename or getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(path))


class _Scan:
    """Walks source lines keeping track of brackets and of triple-quoted
    strings, to tell where a logical line ends and whether a physical line
    starts inside a string."""

    def __init__(self):
        self.depth = 0
        self.quote = None

    def feed(self, line):
        """Advances over line; returns True when the line starts outside any
        string or bracket (its indentation means something)."""
        fresh = self.quote is None and self.depth == 0
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            if self.quote is not None:
                if ch == '\\':
                    i += 2
                    continue
                if line.startswith(self.quote, i):
                    i += len(self.quote)
                    self.quote = None
                    continue
                if len(self.quote) == 1 and ch == '\n':
                    self.quote = None
                i += 1
                continue
            if ch == '#':
                break
            if ch in '\'"':
                triple = line[i:i + 3]
                self.quote = triple if triple in ('"""', "'''") else ch
                i += len(self.quote)
                continue
            if ch in '([{':
                self.depth += 1
            elif ch in ')]}':
                self.depth = max(0, self.depth - 1)
            i += 1
        if self.quote is not None and len(self.quote) == 1:
            self.quote = None
        return fresh

    def open(self):
        return self.depth > 0 or self.quote is not None


def _indent(line):
    return len(line.expandtabs()) - len(line.expandtabs().lstrip())


def _code_only(line):
    # a line that is neither blank nor only a comment
    text = line.strip()
    return bool(text) and not text.startswith('#')


def getblock(lines):
    """The lines of the def or class statement (decorators included) that
    starts lines: its header and the body indented beneath it."""
    scan = _Scan()
    i = 0
    base = None
    # decorators and the header, up to the logical line ending in ':'
    while i < len(lines):
        line = lines[i]
        scan.feed(line)
        i += 1
        if base is None:
            base = _indent(line)
        if scan.open():
            continue
        text = line.split('#')[0].strip() if '#' in line and '"' not in line and "'" not in line \
            else line.strip()
        stripped = text.lstrip()
        if stripped.startswith('@'):
            continue
        if stripped.startswith(('def ', 'class ', 'async def ')):
            if not text.endswith(':'):
                return lines[:i]           # the body is on the header line
            break
        if stripped.startswith('lambda') or 'lambda' in stripped:
            return lines[:i]
        if text.endswith(':'):
            break
        return lines[:i]
    end = i
    while i < len(lines):
        line = lines[i]
        fresh = scan.feed(line)
        i += 1
        if not fresh:
            end = i
            continue
        if not _code_only(line):
            continue
        if _indent(line) <= base:
            break
        end = i
    return lines[:end]


def _class_lines(lines, qualname):
    # the index of the class statement whose qualified name is qualname,
    # moved up to its first decorator
    scan = _Scan()
    nest = []                                # (indent, name, is_function)
    for index, line in enumerate(lines):
        if not scan.feed(line) or not _code_only(line):
            continue
        width = _indent(line)
        while nest and nest[-1][0] >= width:
            nest.pop()
        text = line.strip()
        for word, is_func in (('class ', False), ('def ', True), ('async def ', True)):
            if text.startswith(word):
                name = text[len(word):].split('(')[0].split(':')[0].strip()
                path = []
                for _, outer, outer_func in nest:
                    path.append(outer)
                    if outer_func:
                        path.append('<locals>')
                if not is_func and '.'.join(path + [name]) == qualname:
                    top = index
                    while top > 0 and lines[top - 1].strip().startswith('@'):
                        top -= 1
                    return top
                nest.append((width, name, is_func))
                break
    return None


def findsource(object):
    """(all lines of the source file, index of the line object starts at);
    OSError when the source cannot be found."""
    path = getsourcefile(object)
    if path is None:
        path = getfile(object)
        if not (path.startswith('<') and path.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, path)
    if module is not None:
        lines = linecache.getlines(path, module.__dict__)
    else:
        lines = linecache.getlines(path)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        index = _class_lines(lines, object.__qualname__)
        if index is None:
            raise OSError('could not find class definition')
        return lines, index
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object) or isframe(object):
        raise OSError('could not find code object')
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        index = object.co_firstlineno - 1
        if index >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, index
    raise OSError('could not find code object')


def getsourcelines(object):
    """(the lines of object's source, number of its first line); a module's
    lines come whole with number 0."""
    object = unwrap(object)
    lines, index = findsource(object)
    if ismodule(object):
        return lines, 0
    return getblock(lines[index:]), index + 1


def currentframe():
    """None: atoll's frames are not objects a program can see (the value
    the documentation gives for implementations without frame support)."""
    return None


def getsource(object):
    """The source text of a module, class, method or function."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)
