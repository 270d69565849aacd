# sys.builtin_module_names: the modules compiled into the interpreter, a
# sorted tuple of str. The exact list differs between implementations and
# builds (CPython's `math` may be a shared library), so only what holds for
# both is checked.
import sys

names = sys.builtin_module_names
print(type(names).__name__)
print(all(type(n) is str for n in names))
print(list(names) == sorted(names), len(set(names)) == len(names))
for name in ["sys", "builtins", "atexit", "gc", "itertools", "posix", "_abc", "_collections",
             "_functools", "_operator", "_sre", "_warnings"]:
    print(name, name in names)
# modules that are files, not compiled in
for name in ["os", "json", "collections", "functools", "re", "random"]:
    print(name, name in names)
# every one of them imports
for name in names:
    __import__(name)
print("imported")
