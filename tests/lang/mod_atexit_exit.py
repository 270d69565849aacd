# atexit callbacks run after sys.exit(): its status stays, even when a
# callback raises SystemExit itself (reported and ignored, as in CPython 3.11).
import atexit
import sys

atexit._clear()


class Exiter:
    def __repr__(self):
        return "<Exiter>"

    def __call__(self):
        print("exiter runs")
        sys.exit(7)


def goodbye(who):
    print("goodbye", who)
    print("to stderr", file=sys.stderr)


atexit.register(goodbye, "first")
atexit.register(Exiter())
atexit.register(goodbye, who="last")
try:
    sys.exit(3)
finally:
    print("finally runs before the callbacks")
