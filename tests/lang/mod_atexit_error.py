# An uncaught exception: its traceback is printed, then the atexit callbacks
# run (one that raises is reported and the others go on), and the status is
# still 1. Output of the callbacks is flushed before the process ends.
import atexit
import sys

atexit._clear()


class Failing:
    def __init__(self, exc):
        self.exc = exc

    def __repr__(self):
        return f"<Failing {type(self.exc).__name__}>"

    def __call__(self):
        print("failing runs")
        raise self.exc


def nested():
    raise ValueError("from a helper")


class Deep:
    def __repr__(self):
        return "<Deep>"

    def __call__(self):
        nested()


atexit.register(print, "last callback to run", end="")
atexit.register(Deep())
atexit.register(Failing(KeyError("k")))
atexit.register(lambda: print("a lambda runs", file=sys.stderr))
atexit.register(Failing(RuntimeError("with a message")))
print("before the error")
raise ZeroDivisionError("the script fails")
