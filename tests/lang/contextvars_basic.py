# contextvars: ContextVar get/set/reset with Tokens, Context as a mapping,
# copy_context snapshots, Context.run, and the errors.
import contextvars
import re

from contextvars import Context, ContextVar, Token, copy_context


def show(x):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(x)))


var = ContextVar("var", default=1)
other = ContextVar("other")
show(var)
show(other)
print(var.name, var.get(), var.get(5), other.get("fallback"))
try:
    other.get()
except LookupError as e:
    print("LookupError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))

tok = var.set(2)
show(tok)
print(tok.var is var, tok.old_value is Token.MISSING, Token.MISSING)
print(var.get())
snapshot = copy_context()
var.set(3)
print(var.get(), snapshot[var], len(snapshot), var in snapshot, other in snapshot)
print(list(snapshot.keys()) == [var], list(snapshot.values()), snapshot.get(other, "absent"))

tok2 = var.set(10)
var.reset(tok2)
print("after reset:", var.get())
try:
    var.reset(tok2)
except RuntimeError as e:
    print("RuntimeError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))
try:
    other.reset(tok)
except ValueError as e:
    print("ValueError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))


def inside(n):
    var.set(n)
    other.set("set inside")
    return var.get(), other.get()


print(snapshot.run(inside, 42))
print("outside:", var.get(), other.get("unset outside"))
print("snapshot now:", snapshot[var], snapshot[other])


def reenter():
    snapshot.run(print, "never")


try:
    snapshot.run(reenter)
except RuntimeError as e:
    print("RuntimeError:", re.sub(r" at 0x[0-9a-f]+", "", str(e)))

empty = Context()
print(len(empty), empty.run(var.get), empty.run(lambda: other.get("none in an empty context")))
try:
    empty[var]
except KeyError:
    print("KeyError for a variable it lacks")
try:
    empty["name"]
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    ContextVar(1)
except TypeError as e:
    print("TypeError:", e)
print(ContextVar[int] is ContextVar, type(snapshot).__name__, Context.__module__)
copy = snapshot.copy()
print(copy == snapshot, copy is snapshot)
