# The names a module imported from a .py file starts with: __file__, and
# __cached__, where CPython would keep its bytecode (set even when none is
# written; atoll writes none); the main script's __cached__ is None.
import os
import sys

sys.path.insert(0, "meta_mods")
import meta_mod
import meta_pkg.sub

print(repr(__cached__))
for m in (meta_mod, meta_pkg, meta_pkg.sub):
    print(m.__name__, os.path.relpath(m.__file__), os.path.relpath(m.__cached__))
print([os.path.relpath(p) for p in meta_pkg.__path__])
print(os.path.exists(meta_mod.__file__), "__cached__" in vars(meta_mod))
