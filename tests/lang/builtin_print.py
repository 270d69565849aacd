# print: sep, end, file=sys.stderr, flush, and how it converts its arguments.
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1, "x"], ("t",), {"k": "v"}, sep=" | ")
print("to stderr", file=sys.stderr)
print("stderr", "with", "sep", sep="-", file=sys.stderr, end="!\n")
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep="+")
print("x", sep=None, end=None)
print("multi\nline", "text")
print("", "", sep="[]")
print(sep="unused", end="only end\n")
# str() is used, not repr(), for top-level arguments
class Both:
    def __str__(self):
        return "str of Both"
    def __repr__(self):
        return "repr of Both"
print(Both(), [Both()])
# errors
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError", e)
sys.stdout.write("written directly\n")
sys.stderr.write("direct to stderr\n")
print("done", file=sys.stdout)
print(file=sys.stderr)
