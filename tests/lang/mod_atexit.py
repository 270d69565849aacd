# atexit: registration, unregistration by ==, the order callbacks run in
# (last registered first), their arguments, and what they do to the list
# while it runs. CPython's site module may register a callback of its own:
# _clear() first, so that the counts are the script's.
import atexit
import functools

atexit._clear()
print(atexit._ncallbacks())


def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))


class Named:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Named) and other.name == self.name

    __hash__ = None

    def __call__(self):
        print("named", self.name)

    def __repr__(self):
        return f"Named({self.name!r})"


# register returns the function, so it works as a decorator
@atexit.register
def plain():
    print("plain")


print(plain.__name__)
print(atexit.register(say, 1, 2, k="v") is say)
atexit.register(Named("a"))
atexit.register(Named("b"))
atexit.register(Named("a"))
print(atexit._ncallbacks())

# every registration of an equal function goes; the count keeps their slots
atexit.unregister(Named("a"))
print(atexit._ncallbacks())
print(atexit.unregister(lambda: None))

# _run_exitfuncs runs them now, last first, and forgets them
atexit._run_exitfuncs()
print(atexit._ncallbacks())

# errors
for args in [(), (1,), ("not callable",)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print("TypeError:", e)
for args in [(), (1, 2)]:
    try:
        atexit.unregister(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    atexit._ncallbacks(1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(atexit) if not n.startswith("__")))

# _clear forgets without running
atexit.register(say, "cleared")
atexit._clear()
print(atexit._ncallbacks())

# A callback that unregisters one not yet run skips it; one registered while
# they run waits for the next run, which at exit never comes.
def late():
    print("late: must not run")


def unregister_b():
    print("unregister_b")
    atexit.unregister(Named("b"))
    atexit.register(late)


atexit.register(Named("b"))
atexit.register(unregister_b)
atexit.register(functools.partial(say, "partial", end="!"))
atexit.register(print, "a", "b", sep="-")
print("end of the script")
