# Finders on sys.meta_path are asked before the file system: a finder's
# spec, its loader's create_module/exec_module, and None to pass.
import importlib.abc
import importlib.machinery
import importlib.util
import sys


class Virtual(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Makes modules named virtual_* out of thin air."""

    def find_spec(self, fullname, path, target=None):
        print("asked for", fullname, "path given:", path is not None)
        if fullname.startswith("virtual_") or fullname.startswith("vpkg"):
            return importlib.util.spec_from_loader(fullname, self, is_package=fullname == "vpkg")
        return None

    def create_module(self, spec):
        return None          # the default module

    def exec_module(self, module):
        module.made_by = "Virtual"
        module.name_seen = module.__name__
        if module.__name__ == "virtual_fails":
            raise RuntimeError("cannot make it")


finder = Virtual()
sys.meta_path.insert(0, finder)
import virtual_one
print(virtual_one.made_by, virtual_one.name_seen, virtual_one.__spec__.name, virtual_one.__loader__ is finder)
import virtual_one as again
print(again is virtual_one)
import vpkg.virtual_child
print(vpkg.virtual_child.made_by, vpkg.__path__ == [])
try:
    import virtual_fails
except RuntimeError as e:
    print("RuntimeError:", e, "virtual_fails" in sys.modules)
import colorsys             # not virtual: the finder passes
print(colorsys.__name__)
sys.meta_path.remove(finder)
try:
    import virtual_two
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
