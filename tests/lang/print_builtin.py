# print: sep, end, file, flush, objects' __str__, None separators, and print to a file object
import sys


class Item:
    def __str__(self):
        return "Item!"


print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=None, end=None)
print(1, 2.5, None, True, [1, "x"], (1,), {"k": "v"}, Item(), sep=" | ")
print("no newline", end="")
print(" ... continued", end="\n\n")
print(*range(5), sep=", ", end=".\n")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print("x", "y", file=None)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collector()
print("hello", 42, sep="-", end="!", file=c)
print(file=c)
print(c.parts)
for bad in [lambda: print(sep=1), lambda: print(end=2), lambda: print(file=5), lambda: print("x", file=object())]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("é ✓ 😀", "\t|tab", repr("\x00"))
print(f"{'fmt':>6}", "%5.1f" % 2.25, "{:^7}".format("mid"))
