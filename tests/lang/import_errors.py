# ImportError / ModuleNotFoundError and their messages; failed modules are not cached
import sys
sys.path.insert(0, "pkgs")

try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import shapes.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_pkg.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from counter_mod import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import counter_mod.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
for attempt in range(2):
    try:
        import broken_mod
    except ValueError as e:
        print("attempt", attempt, e, "broken_mod" in sys.modules)
try:
    __import__("also_missing")
except ImportError as e:
    print(e)
m = __import__("shapes.util.mathx")
print(m.__name__)
m = __import__("shapes.util.mathx", fromlist=["PI"])
print(m.__name__)

import cyc_a
print(cyc_a.use_b(), cyc_a.cyc_b.use_a())
