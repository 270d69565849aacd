# types: SimpleNamespace's repr (also of itself and of subclasses), equality
# and arguments; new_class and resolve_bases with __mro_entries__
import types
from typing import List, Generic, TypeVar

def tryit(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

ns = types.SimpleNamespace(b=2, a="x")
ns.me = ns
ns.inner = types.SimpleNamespace(self=1)
print(ns, repr(ns) == str(ns))
class Point(types.SimpleNamespace): pass
p = Point(x=1, y=2)
print(p, p == types.SimpleNamespace(x=1, y=2), p != types.SimpleNamespace(x=1), p == {"x": 1, "y": 2})
tryit(lambda: types.SimpleNamespace({"a": 1}))
tryit(lambda: hash(types.SimpleNamespace()))
del p.x
print(p, vars(p), types.SimpleNamespace.__module__)
bases = (int, List[int])
print(types.resolve_bases(bases), types.resolve_bases((int, str)))
T = TypeVar("T")
def body(ns): ns["hello"] = lambda self: "hi " + type(self).__name__
C = types.new_class("C", (Generic[T],), exec_body=body)
print(C, C().hello(), C.__orig_bases__, C.__parameters__, C.__mro__)
D = types.new_class("D", (dict,))
print(D(a=1), "__orig_bases__" in D.__dict__)
print(types.FunctionType is types.LambdaType, isinstance(iter([]).__next__, types.BuiltinFunctionType), types.NoneType, types.EllipsisType, types.NotImplementedType)
