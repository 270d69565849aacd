# input(): stdin is /dev/null in the test runner, so input() meets EOF
import sys
try:
    input()
except EOFError as e:
    print("EOFError:", repr(e), e.args)
try:
    input("prompt> ")
except EOFError:
    print("\nEOFError with prompt")
print(sys.stdin.read() == "", sys.stdin.readline() == "")
for line in sys.stdin:
    print("never")
print("done")
