"""Module docstring of the test."""
# Module objects: attributes, __name__ of imported modules vs __main__, module __getattr__/__dir__ (PEP 562)
import sys
sys.path.insert(0, "pkgs")
import lazy_mod
import nostar_mod

print(__name__, lazy_mod.__name__, type(lazy_mod).__name__)
print(lazy_mod.eager, lazy_mod.lazy_value, lazy_mod.computed_twice)
try:
    lazy_mod.missing
except AttributeError as e:
    print(e)
print(dir(lazy_mod))
print(hasattr(lazy_mod, "lazy_value"), getattr(lazy_mod, "nope", "default"))
lazy_mod.added = 5
print(lazy_mod.added, "added" in vars(lazy_mod))
del lazy_mod.added
print(hasattr(lazy_mod, "added"))
print(lazy_mod.run_main_guard())
print(repr(sys).startswith("<module 'sys'"), str(nostar_mod).startswith("<module 'nostar_mod' from"))
print(sorted(k for k in vars(nostar_mod) if not k.startswith("__")))
print(__doc__)
