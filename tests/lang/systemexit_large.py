# An exit status is taken modulo 256 by the OS; True counts as 1.
import sys

print("exit with True")
sys.stdout.flush()
try:
    sys.exit(True)
except SystemExit as e:
    print("code", e.code, type(e.code).__name__)
sys.exit(258)
