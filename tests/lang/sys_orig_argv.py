# sys.orig_argv: the command line the interpreter was started with, its own
# name and options included; sys.argv is its tail.
import os
import sys

print(type(sys.orig_argv).__name__, sys.orig_argv[1:], sys.argv)
print(os.path.basename(sys.orig_argv[0]).startswith(("atoll", "python")))
print(sys.orig_argv[-len(sys.argv):] == sys.argv)
