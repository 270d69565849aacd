"""The names CPython's import machinery offers that programs use:
module specs, suffixes, and loaders for source files."""
import sys

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = [".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"]


def all_suffixes():
    """Every file suffix a module may have."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """Where a module comes from and how it is loaded (PEP 451)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        parts = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            parts.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            parts.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"ModuleSpec({', '.join(parts)})"

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name, self.loader, self.origin, self.submodule_search_locations) == \
            (other.name, other.loader, other.origin, other.submodule_search_locations)


class BuiltinImporter:
    """The modules written in C (sys.builtin_module_names)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None and fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin="built-in")
        return None

    @staticmethod
    def create_module(spec):
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass


class SourceFileLoader:
    """Runs a .py file as a module."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and (self.name, self.path) == (other.name, other.path)

    def __hash__(self):
        return hash((self.name, self.path))

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, name=None):
        return self.get_data(self.path).decode("utf-8")

    def is_package(self, name=None):
        return self.path.rpartition("/")[2] == "__init__.py"

    def create_module(self, spec):
        return None

    def get_code(self, name=None):
        return compile(self.get_source(), self.path, "exec")

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, name=None):
        import importlib.util
        spec = importlib.util.spec_from_file_location(name or self.name, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        self.exec_module(module)
        return sys.modules[spec.name]


class _EmbeddedLoader:
    """The modules atoll carries in its binary (<atoll>/NAME.py)."""

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        import importlib
        sys.modules[module.__name__] = module
        importlib.reload(module)

    def __repr__(self):
        return "<class '_EmbeddedLoader'>"


class _NamespaceLoader:
    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        pass
