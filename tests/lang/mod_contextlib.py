# contextlib: contextmanager (exceptions in, suppression, misuse), suppress, redirect_stdout, closing, nullcontext, ExitStack
import contextlib, io, sys
from contextlib import contextmanager, suppress, redirect_stdout, closing, nullcontext, ExitStack
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    raise KeyError("k")
print("after")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with redirect_stdout(buf):
    print("to buffer")
print(repr(buf.getvalue()))
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as v: print(v)
with ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")
@tag("deco")
def decorated(): print("in function")
decorated()
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield
    yield
try:
    with twice(): pass
except RuntimeError as e: print(e)
try:
    with ExitStack() as st:
        st.enter_context(5)
except TypeError as e: print(e)
