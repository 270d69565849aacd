# importlib: import_module (absolute and relative), reload, find_spec and
# module_from_spec, the util helpers, and package resources.
import importlib
import importlib.machinery
import importlib.resources
import importlib.util
import os
import sys

sys.path.insert(0, "pkgs")
here = os.getcwd()


def rel(path):
    return None if path is None else str(path).replace(here + "/", "")


m = importlib.import_module("shapes.circle")
print(m.__name__, m is sys.modules["shapes.circle"])
print(importlib.import_module(".square", "shapes").__name__)
print(importlib.import_module("..circle", "shapes.util").__name__)
for args in [(".square",), ("no_such_mod_x",), ("...x", "shapes")]:
    try:
        importlib.import_module(*args)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)

spec = importlib.util.find_spec("counter_mod")
print(spec.name, rel(spec.origin), spec.submodule_search_locations, spec.parent, rel(spec.cached))
spec = importlib.util.find_spec("shapes")
print(spec.name, rel(spec.origin), [rel(p) for p in spec.submodule_search_locations], spec.parent)
print(importlib.util.find_spec("no_such_mod_x"), importlib.util.find_spec("sys").origin)
print(importlib.util.find_spec("json") is not None, importlib.util.find_spec("json.decoder") is not None)
ns = importlib.util.find_spec("nspkg")
print(ns.name, ns.origin, [rel(p) for p in ns.submodule_search_locations])
print("shapes.square" in sys.modules, importlib.util.find_spec(".square", "shapes").name)
try:
    importlib.util.find_spec("counter_mod.sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

# a module from a file, run by hand
path = os.path.join("pkgs", "lazy_mod.py")
spec = importlib.util.spec_from_file_location("loaded_by_hand", path)
mod = importlib.util.module_from_spec(spec)
print(type(mod).__name__, mod.__name__, "loaded_by_hand" in sys.modules)
spec.loader.exec_module(mod)
print(sorted(k for k in vars(mod) if not k.startswith("__"))[:5], rel(mod.__file__))

# reload runs the code again in the same module
tmp = "reload_target_%d" % os.getpid()
with open(os.path.join("pkgs", tmp + ".py"), "w") as f:
    f.write("value = 1\n")
target = importlib.import_module(tmp)
with open(os.path.join("pkgs", tmp + ".py"), "w") as f:
    f.write("value = 'two'\nextra = True\n")
again = importlib.reload(target)
print(again is target, target.value, target.extra)
os.remove(os.path.join("pkgs", tmp + ".py"))
try:
    importlib.reload("json")
except TypeError as e:
    print("TypeError:", e)
importlib.invalidate_caches()

print(importlib.util.resolve_name(".a", "pkg.sub"), importlib.util.resolve_name("x", None))
print(importlib.util.cache_from_source("/a/b/c.py"), importlib.util.source_from_cache("/a/b/__pycache__/c.cpython-311.pyc"))
print(importlib.machinery.SOURCE_SUFFIXES, ".py" in importlib.machinery.all_suffixes())

print(importlib.resources.read_text("shapes", "data.txt").strip())
print((importlib.resources.files("shapes") / "data.txt").read_text().strip())
print(importlib.resources.is_resource("shapes", "data.txt"), importlib.resources.is_resource("shapes", "util"))
with importlib.resources.path("shapes", "data.txt") as p:
    print(p.name, p.exists())
try:
    importlib.resources.files("counter_mod")
except TypeError as e:
    print("TypeError:", e)
