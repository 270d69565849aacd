# An exception while a module executes: the traceback shows the import line and the module's own line
import sys
sys.path.insert(0, "pkgs")
print("importing")
import broken_mod
