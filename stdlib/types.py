"""types: names for the built-in types, and SimpleNamespace."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = None          # defined below
CellType = type((lambda x: lambda: x)(0).__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(sys)
GenericAlias = type(list[int])
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = None
del _f, _g, _C


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        if _repr_running(self):
            return "namespace(...)"
        try:
            items = ("{}={!r}".format(k, v) for k, v in self.__dict__.items())
            name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
            return "{}({})".format(name, ", ".join(items))
        finally:
            _repr_done(self)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


SimpleNamespace.__module__ = 'types'

_active = []


def _repr_running(obj):
    for x in _active:
        if x is obj:
            return True
    _active.append(obj)
    return False


def _repr_done(obj):
    for i in range(len(_active) - 1, -1, -1):
        if _active[i] is obj:
            del _active[i]
            return


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns, **(kwds or {}))


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    return tuple(bases)


def coroutine(func):
    """Convert regular generator function to a coroutine (not supported by atoll)."""
    raise NotImplementedError("coroutines are not supported by atoll")


def get_original_bases(cls):
    return cls.__dict__.get("__orig_bases__", cls.__bases__)
