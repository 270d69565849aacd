# sys.modules as the import cache: pre-seeded entries, removal and re-execution, None entries
import sys
sys.path.insert(0, "pkgs")


class Fake:
    __name__ = "fake_module"
    answer = 42


sys.modules["fake_module"] = Fake()
import fake_module
print(fake_module.answer, type(fake_module).__name__)
from fake_module import answer
print(answer)

import counter_mod
first = counter_mod
counter_mod.value = "changed"
del sys.modules["counter_mod"]
import counter_mod
print(counter_mod is first, counter_mod.value, first.value)

sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["blocked_mod"]
print("blocked_mod" in sys.modules)
import shapes.util
print("shapes" in sys.modules, "shapes.util" in sys.modules, "shapes.circle" in sys.modules)
