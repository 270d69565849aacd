"""importlib: the import system as functions (import_module, reload).

atoll's import system is written in C (vm/import.c); this package exposes
what programs ask of it: importing by name, reloading, finding where a
module would come from (importlib.util.find_spec), package resources and
installed distributions' metadata."""
import sys
import _imp

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __import__


def _resolve(name, package):
    """An absolute module name for a relative one (leading dots)."""
    level = len(name) - len(name.lstrip("."))
    if not level:
        return name
    if not package:
        raise TypeError("the 'package' argument is required to perform a relative import for " + repr(name))
    parts = package.rsplit(".", level - 1)
    if len(parts) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = parts[0]
    rest = name[level:]
    return base + "." + rest if rest else base


def import_module(name, package=None):
    """Imports a module by name (relative to package when it starts with
    dots) and returns it: the module itself, not its top-level package."""
    absolute = _resolve(name, package)
    __import__(absolute)
    return sys.modules[absolute]


def reload(module):
    """Runs a module's code again in its own namespace; returns it."""
    return _imp.reload(module)


def invalidate_caches():
    """Nothing to do: atoll looks at the file system on each import (and
    its compiled code cache checks files' times and sizes)."""
