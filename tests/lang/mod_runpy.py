# runpy.run_module and runpy.run_path: the namespace they return, what they
# change in sys while the code runs (and put back), their errors.
import os
import runpy
import sys

sys.path.insert(0, "runpy_mods")
here = os.getcwd()


def show(g, *names):
    print({n: g[n] for n in names})


g = runpy.run_module("rp_script")
show(g, "__name__", "__package__", "__doc__", "seen", "in_modules")
print(g["result"])
print(os.path.relpath(g["__file__"], here), "rp_script" in sys.modules, "__builtins__" in g)
# where CPython would keep the bytecode (atoll writes none); None for run_path
print(os.path.relpath(g["__cached__"], here))

g = runpy.run_module("rp_script", {"given": 1, "__name__": "overridden"}, "chosen")
show(g, "__name__", "seen")

argv0 = sys.argv[0]
g = runpy.run_module("rp_script", run_name="some.pkg.mod", alter_sys=True)
show(g, "__name__", "__package__", "in_modules")
print(g["result"][3], sys.argv[0] == argv0, "some.pkg.mod" in sys.modules)

g = runpy.run_module("rp_pkg")
show(g, "__name__", "__package__")
g = runpy.run_module("rp_pkg.__main__", run_name="__main__")
show(g, "__name__")

g = runpy.run_path(os.path.join("runpy_mods", "rp_script.py"))
show(g, "__name__", "__package__", "result", "in_modules")
print(g["__file__"], g["__cached__"], "<run_path>" in sys.modules, sys.argv[0] == argv0)
g = runpy.run_path("runpy_mods/rp_script.py", {"given": [1, 2]}, "a.b")
show(g, "__name__", "__package__", "seen")

for name in ["no_such_module", "rp_nomain", "rp_pkg.no_such", "no_such_pkg.mod", "rp_script.sub", ".rp_script"]:
    try:
        runpy.run_module(name)
    except ImportError as e:
        print(type(e).__name__, e)

try:
    runpy.run_module("rp_pkg.fails")
except KeyError as e:
    print("KeyError from the module:", e)
try:
    runpy.run_path("runpy_mods/no_such_file.py")
except OSError as e:
    print(type(e).__name__, e.errno)
