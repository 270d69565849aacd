# sys: argv, path, modules, stdout/stderr writes, maxsize, version_info, recursion limit, exit codes
import sys
print(len(sys.argv), sys.argv[0])
print(type(sys.path).__name__, sys.path[0].endswith("lang"), "sys" in sys.modules, type(sys.modules).__name__)
n = sys.stdout.write("written directly\n")
print(n, sys.stdout.write(""), hasattr(sys.stdout, "flush"))
sys.stdout.flush()
sys.stderr.write("to stderr\n")
print("to stderr via print", file=sys.stderr)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 > sys.maxsize, type(sys.maxsize))
print(sys.version_info[:2] >= (3, 0), sys.version_info.major, type(sys.version_info.minor).__name__)
print(sys.version_info >= (3, 11), isinstance(sys.version, str), sys.byteorder in ("little", "big"))
limit = sys.getrecursionlimit()
print(limit >= 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


try:
    deep(500)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(limit)
print(deep(300))
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(callable(sys.exit), sys.float_info.max > 1e300, sys.int_info.bits_per_digit > 0 if hasattr(sys, "int_info") else True)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.getdefaultencoding(), sys.stdout.encoding.lower().replace("-", ""))
sys.exit(3)
