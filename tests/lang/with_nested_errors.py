# with: failures in __enter__ and __exit__, nested managers unwinding, suppression and returns from inside
class CM:
    def __init__(self, name, fail_enter=False, fail_exit=False, suppress=False):
        self.name, self.fail_enter, self.fail_exit, self.suppress = name, fail_enter, fail_exit, suppress

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError(f"{self.name} cannot enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise ValueError(f"{self.name} cannot exit")
        return self.suppress


def run(*managers, body=None):
    try:
        with managers[0]:
            if len(managers) > 1:
                with managers[1]:
                    if body:
                        body()
            elif body:
                body()
        return "completed"
    except Exception as e:
        return f"{type(e).__name__}: {e} (context: {type(e.__context__).__name__ if e.__context__ else None})"


def boom():
    raise KeyError("body")


print(run(CM("a"), CM("b", fail_enter=True)))
print(run(CM("a"), CM("b", fail_exit=True)))
print(run(CM("a"), CM("b", fail_exit=True), body=boom))
print(run(CM("a", suppress=True), CM("b"), body=boom))
print(run(CM("a"), CM("b", suppress=True), body=boom))
print(run(CM("a", fail_exit=True), CM("b", suppress=True), body=boom))


def returns_inside():
    with CM("r"):
        with CM("s"):
            return "returned"


print(returns_inside())


def suppress_in_loop():
    done = []
    for i in range(3):
        with CM(f"loop{i}", suppress=True):
            if i == 1:
                raise IndexError(i)
            done.append(i)
    return done


print(suppress_in_loop())
