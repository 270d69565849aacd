"""types: names for the types of built-in objects, found by asking a sample
object of each for its type; SimpleNamespace; new_class and resolve_bases."""

import sys
import _types


def _sample_function():
    pass


def _sample_generator():
    yield


class _Sample:
    def method(self):
        pass


def _traceback_type():
    try:
        raise TypeError
    except TypeError as caught:
        return type(caught.__traceback__)


FunctionType = LambdaType = type(_sample_function)
CodeType = type(_sample_function.__code__)
CellType = type((lambda cell: lambda: cell)(0).__closure__[0])
GeneratorType = type(_sample_generator())
MethodType = type(_Sample().method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
MappingProxyType = type(type.__dict__)
ModuleType = type(sys)
GenericAlias = type(list[int])
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
TracebackType = _traceback_type()
FrameType = None        # atoll's frames are not objects a program can see
del _sample_function, _sample_generator, _Sample, _traceback_type

# the namespaces whose repr is being made: a namespace inside itself shows
# as namespace(...)
_in_repr = set()


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _in_repr:
            return name + "(...)"
        _in_repr.add(id(self))
        try:
            fields = [f"{key}={value!r}" for key, value in self.__dict__.items()]
        finally:
            _in_repr.discard(id(self))
        return f"{name}({', '.join(fields)})"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None     # mutable

    def __reduce__(self):
        return (type(self), (), self.__dict__)


SimpleNamespace.__module__ = 'types'
# CPython's messages name the C type with its module: "unhashable type:
# 'types.SimpleNamespace'"
_types.set_message_name(SimpleNamespace, 'types.SimpleNamespace')


def resolve_bases(bases):
    """bases with each object that is not a class replaced by what its
    __mro_entries__ gives (PEP 560); bases itself when none is."""
    resolved = []
    replaced = False
    for base in bases:
        entries = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if entries is None:
            resolved.append(base)
        else:
            resolved.extend(entries(bases))
            replaced = True
    return tuple(resolved) if replaced else bases


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Makes a class as a class statement would; exec_body(namespace) fills
    in its body."""
    namespace = {}
    if exec_body is not None:
        exec_body(namespace)
    resolved = resolve_bases(bases)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return type(name, tuple(resolved), namespace, **(kwds or {}))


def coroutine(func):
    """Generator-based coroutines: atoll has no coroutines."""
    raise NotImplementedError("coroutines are not supported by atoll")


def get_original_bases(cls):
    """The bases cls was written with, before __mro_entries__ replaced any."""
    return cls.__dict__.get("__orig_bases__", cls.__bases__)
