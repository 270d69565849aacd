# sys.executable names the running interpreter's binary (absolute, an
# existing file); sys._base_executable is the same outside a venv.
import os
import sys

exe = sys.executable
print(type(exe).__name__, os.path.isabs(exe), os.path.isfile(exe))
print(os.path.basename(exe).startswith(("atoll", "python")))
print(sys._base_executable == exe)
