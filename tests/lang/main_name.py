# __name__ is "__main__" in the main script; module-level dunders.
print(sorted(globals()), __annotations__, __cached__, __doc__, __spec__, __package__)
import sys

def main():
    print("main() called")
    return 0

print(__name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
print(type(__builtins__).__name__ in ("module", "dict"), "__file__" in globals(), __doc__)
print(sys.argv[0].endswith("main_name.py"), len(sys.argv))
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__")))
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
