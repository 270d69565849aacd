# raise SystemExit / sys.exit() / sys.exit(None) exit with status 0; it can be caught.
import sys

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit, code =", e.code, "args =", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no argument: code =", e.code)
try:
    raise SystemExit("text", 2)
except SystemExit as e:
    print("two args: code =", e.code)
# SystemExit is not an Exception: "except Exception" lets it through
try:
    try:
        sys.exit(7)
    except Exception:
        print("not reached")
except BaseException as e:
    print("escaped except Exception:", type(e).__name__, e.code)
print("exiting with None")
raise SystemExit
