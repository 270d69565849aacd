# types: SimpleNamespace and the type names; PEP 585 subscripts of C container types
import types, sys
ns = types.SimpleNamespace(a=1, b="x"); ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), types.SimpleNamespace())
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType), isinstance(sys, types.ModuleType), types.GenericAlias, type(None) is types.NoneType)
def g(): yield
print(isinstance(g(), types.GeneratorType), types.MethodType.__name__, type(types.SimpleNamespace))
from collections import deque, OrderedDict
from collections.abc import Mapping, Iterable, Callable
import functools
print(deque[int], OrderedDict[str, int], functools.partial[int])
