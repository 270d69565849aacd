import sys


def fail():
    raise ValueError("from the module run with -m")


print("before", sys.argv[1:])
fail()
