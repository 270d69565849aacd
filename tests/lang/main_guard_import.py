# __name__ and the main guard: a module's guarded code runs only as a script; functions still importable
import sys
sys.path.insert(0, "pkgs")
import guarded_mod


def main():
    print("main of the test, __name__ =", __name__)
    print(guarded_mod.main(["from test"]), guarded_mod.CALLS, guarded_mod.__doc__)
    return 0


if __name__ == "__main__":
    status = main()
    print("exit status would be", status)
