# raise with a class, an instance, arguments; invalid raises.

def attempt(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), "args=%r" % (e.args,))

def r1():
    raise ValueError
def r2():
    raise ValueError("message")
def r3():
    raise ValueError("a", 2, None)
def r4():
    raise KeyError("key")
def r5():
    raise TypeError()
def r6():
    e = RuntimeError("prepared")
    raise e
def r7():
    raise 42
def r8():
    raise "string"
def r9():
    raise object
def r10():
    raise StopIteration(5)
def r11():
    class NotExc:
        pass
    raise NotExc()
def r12():
    raise Exception from 5
def r13():
    raise KeyboardInterrupt
def r14():
    raise SystemExit(3)
def r15():
    raise int
def r16():
    raise ZeroDivisionError("custom", "args")

for f in (r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16):
    attempt(f)

# str() of exceptions with zero, one and several args
print(repr(str(ValueError())), str(ValueError("one")), str(ValueError("a", "b")))
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("k")))
print(str(ValueError(42)), str(ValueError(None)), repr(ValueError(None)), repr(Exception()))
# args can be read and replaced
e = ValueError("x", "y")
e.args = ("z",)
print(e, e.args)
# raising the same instance twice
inst = IndexError("again")
for i in range(2):
    try:
        raise inst
    except IndexError as e:
        print(i, e is inst)
# raise in a conditional expression position (raise is a statement; use a helper)
def fail(msg):
    raise AssertionError(msg)
try:
    x = 1 if False else fail("from helper")
except AssertionError as e:
    print("AssertionError", e)
# StopIteration's value and OSError's errno/strerror
s = StopIteration("v")
print(s.value, StopIteration().value)
o = OSError(2, "No such file")
print(o.errno, o.strerror, o, o.args)
