# What cannot run in another interpreter gets a clear InterpreterError (and
# nothing starts): closures, lambdas, built-ins, bound methods, classes,
# and functions without a module-level name.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work


def outer():
    captured = 5

    def inner():
        return captured
    return inner


def outer_plain():
    def nested():
        return 1
    return nested


class K:
    def method(self):
        return 1


if __name__ == "__main__":
    a = si.create("a")
    k = K()
    targets = [("lambda", lambda: 1), ("closure", outer()), ("nested function", outer_plain()),
               ("builtin", len), ("bound method", k.method), ("builtin method", [].append),
               ("class", K), ("instance", k), ("int", 5), ("None", None)]
    for name, target in targets:
        for how in ("run", "call"):
            try:
                getattr(a, how)(target)
                print(name, how, "started")
            except si.InterpreterError as e:
                print(name, how, "->", type(e).__name__ + ":", e)
    print(a.is_running(), a.running())
    # a function found by name must still exist there by that name
    a.exec("print('nothing ran:', sorted(k for k in globals() if not k.startswith('__')))")
    a.destroy()
