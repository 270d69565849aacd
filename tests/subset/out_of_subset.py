# What atoll leaves out (SPEC §2 "Out") must fail with a clear error, never run differently.
snippets = {
    "match statement": "match command:\n    case 'go':\n        pass\n",
    "match on a list": "match [1, 2]:\n    case [a, b]:\n        pass\n",
    "match on a call": "match (x):\n    case 1:\n        pass\n",
    "match on a starred tuple": "match *a, b:\n    case _:\n        pass\n",
    "async def": "async def fetch():\n    pass\n",
    "await": "async def f():\n    await g()\n",
    "async for": "async def f():\n    async for x in y:\n        pass\n",
    "except*": "try:\n    pass\nexcept* ValueError:\n    pass\n",
    "complex literal": "z = 1 + 2j\n",
}
for what, src in snippets.items():
    try:
        compile(src, "<snippet>", "exec")
        print(f"{what}: compiled (should not)")
    except SyntaxError as e:
        print(f"{what}: SyntaxError: {e.msg} (line {e.lineno})")
# match is a soft keyword: as a name it still works
compile("match = [1]\nmatch[0] = match\nmatch: int = 2\nmatch(1)\n", "<snippet>", "exec")
print("match as a name: compiles")


class Meta(type):
    pass


try:
    class WithMeta(metaclass=Meta):
        pass
except TypeError as e:
    print("metaclass: TypeError:", e)
try:
    import threading
except ImportError as e:
    print("threading:", type(e).__name__ + ":", e)
match = "still a name"
print(match)
# a C extension module found on sys.path is an ImportError, even next to a
# .py module of the same name (CPython would load the extension first)
import os
import sys
import tempfile

folder = tempfile.mkdtemp()
open(os.path.join(folder, "fastmod.abi3.so"), "wb").close()
with open(os.path.join(folder, "fastmod.py"), "w") as f:
    f.write("print('the .py module ran')\n")
sys.path.insert(0, folder)
try:
    import fastmod
except ImportError as e:
    print("C extension:", type(e).__name__ + ":", str(e).replace(folder, "DIR"))
os.remove(os.path.join(folder, "fastmod.abi3.so"))
os.remove(os.path.join(folder, "fastmod.py"))
os.rmdir(folder)
# no tracing or profiling: a trace function is refused, None is accepted
try:
    sys.settrace(lambda frame, event, arg: None)
except NotImplementedError as e:
    print("sys.settrace: NotImplementedError:", e)
sys.settrace(None)
# complex: the type's name exists (isinstance checks and type tables run),
# making a value is refused
print("complex:", complex, isinstance(1.5, complex))
try:
    complex(1, 2)
except NotImplementedError as e:
    print("complex(1, 2): NotImplementedError:", e)
