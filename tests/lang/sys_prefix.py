# sys.prefix and its kin name where the interpreter is installed: absolute,
# the base_ ones the same outside a venv; sys.platlibdir is "lib".
import os
import sys

for name in ("prefix", "base_prefix", "exec_prefix", "base_exec_prefix"):
    value = getattr(sys, name)
    print(name, type(value).__name__, os.path.isabs(value), value == sys.prefix)
print(sys.platlibdir)
