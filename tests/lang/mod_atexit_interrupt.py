# An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython does,
# but only after the atexit callbacks ran and their output was flushed.
import atexit
import sys

atexit._clear()
atexit.register(print, "callback runs before the SIGINT")
atexit.register(print, "to stderr", file=sys.stderr)
print("raising")
raise KeyboardInterrupt
