"""importlib.util: finding modules without importing them, and making
modules from specs."""
import sys
import _imp
from importlib import _resolve
from importlib.machinery import (BuiltinImporter, ModuleSpec, SourceFileLoader, _EmbeddedLoader,
                                 _NamespaceLoader)

MAGIC_NUMBER = b"\xa7\r\r\n"


def resolve_name(name, package):
    """The absolute name of a relative module name."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    return _resolve(name, package)


def _spec_of_module(module, name):
    spec = getattr(module, "__spec__", None)
    if spec is not None:
        return spec
    # atoll's modules carry no spec: describe the one found
    file = getattr(module, "__file__", None)
    if file is None and name in sys.builtin_module_names:
        return ModuleSpec(name, BuiltinImporter, origin="built-in")
    where = _imp.locate(name) if file is None else None
    if where is not None and where[0] == "embedded":
        return _make_spec(name, where)
    spec = spec_from_file_location(name, file) if file else ModuleSpec(name, None)
    if hasattr(module, "__path__") and spec is not None:
        spec.submodule_search_locations = list(module.__path__)
    return spec


def _make_spec(name, where):
    kind, origin, locations = where
    if kind == "builtin":
        return ModuleSpec(name, BuiltinImporter, origin=origin)
    if kind == "embedded":
        spec = ModuleSpec(name, _EmbeddedLoader(), origin=origin)
    elif kind == "namespace":
        spec = ModuleSpec(name, _NamespaceLoader(), is_package=True)
    elif kind == "extension":
        raise ImportError(f"cannot import {name}: atoll cannot load C extension modules ({origin!r})")
    else:
        return spec_from_file_location(name, origin, submodule_search_locations=locations)
    if locations is not None:
        spec.submodule_search_locations = list(locations)
    return spec


def find_spec(name, package=None):
    """Where `import name` would find the module, as a ModuleSpec, or None.
    The parent packages of a dotted name are imported; the module itself
    is not (unless it already was: its own spec is returned then)."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_module(module, fullname)
    where = _imp.locate(fullname)
    return None if where is None else _make_spec(fullname, where)


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for a module in a file (a .py file unless a loader is given)."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        if not location.endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is None and location.rpartition("/")[2] == "__init__.py":
        submodule_search_locations = [location.rpartition("/")[0]]
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    if location.endswith(".py"):
        spec.cached = cache_from_source(location)
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module a loader provides."""
    if is_package is None and hasattr(loader, "is_package"):
        is_package = loader.is_package(name)
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module set up from spec, not yet run (loader.exec_module runs it).
    A module the loader's create_module gives keeps what it already has."""
    module = None
    if spec.loader is not None and hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    for attr, value in (("__name__", spec.name), ("__loader__", spec.loader), ("__package__", spec.parent)):
        if getattr(module, attr, None) is None:
            setattr(module, attr, value)
    module.__spec__ = spec
    if spec.submodule_search_locations is not None and getattr(module, "__path__", None) is None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
    return module


def _load_from_finders(name, path):
    """sys.meta_path's say on importing name (vm/import.c asks before its
    own search): the module a finder's spec loads, or None."""
    for finder in list(sys.meta_path):
        find_spec = getattr(finder, "find_spec", None)
        if find_spec is None:
            loader = finder.find_module(name, path) if hasattr(finder, "find_module") else None
            if loader is not None:
                return loader.load_module(name)
            continue
        spec = find_spec(name, path, None)
        if spec is None:
            continue
        if spec.loader is None:
            raise ImportError(f"missing loader for {name!r}", name=name)
        module = module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)
            raise
        return sys.modules[name]
    return None


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where CPython would keep the compiled code of a source file."""
    head, _, tail = str(path).rpartition("/")
    stem = tail.rpartition(".")[0] or tail
    tag = f".opt-{optimization}" if optimization not in (None, "") else ""
    cached = f"__pycache__/{stem}.cpython-311{tag}.pyc"
    return f"{head}/{cached}" if head else cached


def source_from_cache(path):
    """The source file a __pycache__ file was compiled from."""
    head, _, tail = str(path).rpartition("/")
    folder = head.rpartition("/")
    if folder[2] != "__pycache__":
        raise ValueError(f"__pycache__ not bottom-level directory in {path!r}")
    if tail.count(".") not in (2, 3):
        raise ValueError(f"expected only 2 or 3 dots in {tail!r}")
    stem = tail.split(".")[0]
    return f"{folder[0]}/{stem}.py" if folder[0] else f"{stem}.py"


def decode_source(source_bytes):
    """Source bytes as text, universal newlines applied."""
    return source_bytes.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
