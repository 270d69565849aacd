"""importlib.resources: data files that ship inside a package, read
through the package rather than by path."""
import contextlib
import functools
import pathlib
import warnings
from importlib import import_module

__all__ = ["Package", "Resource", "as_file", "contents", "files", "is_resource", "open_binary",
           "open_text", "path", "read_binary", "read_text"]

Package = str
Resource = str


def _package(package):
    module = import_module(package) if isinstance(package, str) else package
    if getattr(module, "__path__", None) is None:
        raise TypeError(f"{package!r} is not a package")
    return module


def files(package):
    """The package's folder, as a pathlib.Path (a Traversable)."""
    module = _package(package)
    file = getattr(module, "__file__", None)
    if file:
        return pathlib.Path(file).parent
    locations = list(module.__path__)
    if locations:
        return pathlib.Path(locations[0])
    # a package embedded in atoll's binary has no data files
    return pathlib.Path("<atoll>") / module.__name__.replace(".", "/")


@contextlib.contextmanager
def as_file(path):
    """A real file system path for a Traversable (it already is one)."""
    yield pathlib.Path(path)


def _resource(package, resource):
    name = str(resource)
    parent, _, _ = name.rpartition("/")
    if parent or name in (".", ".."):
        raise ValueError(f"{resource!r} must be only a file name")
    return files(package) / name


def _legacy(func):
    """The functions before files(): 3.11 warns that they are deprecated."""
    @functools.wraps(func)
    def warned(*args, **kwargs):
        warnings.warn(f"{func.__name__} is deprecated. Use files() instead. Refer to "
                      "https://importlib-resources.readthedocs.io/en/latest/using.html"
                      "#migrating-from-legacy for migration advice.", DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return warned


@_legacy
def open_binary(package, resource):
    return _resource(package, resource).open("rb")


@_legacy
def open_text(package, resource, encoding="utf-8", errors="strict"):
    return _resource(package, resource).open("r", encoding=encoding, errors=errors)


@_legacy
def read_binary(package, resource):
    return _resource(package, resource).read_bytes()


@_legacy
def read_text(package, resource, encoding="utf-8", errors="strict"):
    with open_text(package, resource, encoding, errors) as f:
        return f.read()


@_legacy
def path(package, resource):
    """A context manager giving the resource's path."""
    return as_file(_resource(package, resource))


@_legacy
def is_resource(package, name):
    """Whether name is a file (not a folder) in the package."""
    candidate = files(package) / str(name)
    return candidate.is_file()


@_legacy
def contents(package):
    """The names in the package's folder."""
    folder = files(package)
    return [entry.name for entry in folder.iterdir()] if folder.is_dir() else []
