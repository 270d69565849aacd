# sys.exit(n) ends the program with status n; finally blocks still run.
import sys

def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("cleanup in finally")
    print("not reached")

main()
print("not reached either")
