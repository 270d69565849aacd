# an uncaught ModuleNotFoundError: traceback and exit status 1
import sys
sys.path.insert(0, "pkgs")
print("before")
from counter_mod import nope_nope
