# Namespace packages (PEP 420): directories without __init__.py import as packages
import sys
sys.path.insert(0, "pkgs")
import nspkg.inner.leaf as leaf
print(leaf.NAME, leaf.SIB)
import nspkg
print(type(nspkg).__name__, nspkg.__name__, nspkg.__package__, hasattr(nspkg, "__file__"), len(list(nspkg.__path__)))
from nspkg.inner import sibling
print(sibling.VALUE, "nspkg.inner" in sys.modules)
import pkgs.counter_mod as via_parent
print(via_parent.__name__, via_parent.value)
try:
    import nspkg.missing
except ModuleNotFoundError as e:
    print(e)
