# contextlib: ExitStack (push, callbacks, suppression, exception chaining, pop_all), contextmanager
# edge cases (throw, StopIteration, decorator reuse), ContextDecorator, redirection, suppress, chdir
import contextlib, io, os, sys
from contextlib import (contextmanager, suppress, redirect_stdout, redirect_stderr, closing,
                        nullcontext, ExitStack, AbstractContextManager, ContextDecorator, chdir)

class Loud:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self): print("enter", self.name); return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow

# push accepts an object with __exit__ or a plain callable; LIFO order
with ExitStack() as st:
    st.push(Loud("pushed"))
    st.push(lambda t, v, tb: print("plain exit", t))
    print(st.enter_context(Loud("a")))
    print(st.callback(print, "cb", 1, sep="-") is print)
# a callback that suppresses stops the exception for the ones below it
with ExitStack() as st:
    st.enter_context(Loud("outer"))
    st.enter_context(Loud("swallower", swallow=True))
    st.enter_context(Loud("inner"))
    raise KeyError("k")
print("suppressed by stack")
# an exception raised by a callback replaces the one in flight
def fail_exit(*exc):
    raise ValueError("from callback")
try:
    with ExitStack() as st:
        st.enter_context(Loud("first"))
        st.push(fail_exit)
        raise KeyError("body")
except ValueError as e:
    print("got", repr(e), repr(e.__context__))
try:
    with ExitStack() as st:
        st.push(fail_exit)
        st.push(fail_exit)
except ValueError as e:
    print("got", repr(e), repr(e.__context__))
# pop_all moves the callbacks away; close runs them
with ExitStack() as st:
    st.callback(print, "moved")
    kept = st.pop_all()
print("stack left")
print(type(kept).__name__); kept.close(); kept.close()
class MyStack(ExitStack): pass
s2 = MyStack(); print(type(s2.pop_all()).__name__)
try:
    ExitStack().enter_context(object())
except TypeError as e: print(e)
print(ExitStack().__enter__().__class__.__name__)

# contextmanager details
@contextmanager
def gen_cm(x):
    "gen doc"
    print("setup", x)
    try:
        yield x * 2
    except ZeroDivisionError as e:
        print("handled", e)
    finally:
        print("cleanup", x)
print(gen_cm.__name__, gen_cm.__doc__, gen_cm(1).__doc__, type(gen_cm(1)).__name__)
with gen_cm(3) as v:
    print("v", v); 1 / 0
print("went on")
@contextmanager
def other():
    try: yield
    except KeyError: raise IndexError("different")
try:
    with other(): raise KeyError("a")
except IndexError as e: print(type(e).__name__, e, type(e.__context__).__name__)
@contextmanager
def stop_inside():
    yield
try:
    with stop_inside(): raise StopIteration("si")
except StopIteration as e: print("StopIteration passed through", e)
@contextmanager
def yields_after_throw():
    try: yield
    except KeyError: yield
try:
    with yields_after_throw(): raise KeyError
except RuntimeError as e: print(e)
@contextmanager
def reraise():
    try: yield
    except RuntimeError: raise
try:
    with reraise(): raise RuntimeError("rt")
except RuntimeError as e: print("RuntimeError", e)
@contextmanager
def none_value():
    try: yield
    except KeyError as e: print("instance made:", type(e).__name__, e.args)
cm = none_value(); cm.__enter__(); print(cm.__exit__(KeyError, None, None))
# used as a decorator, a fresh generator per call
@gen_cm(7)
def twice_called(): print("body")
twice_called(); twice_called()
cm = gen_cm(1)
with cm: pass
try:
    with cm: pass
except (AttributeError, RuntimeError, TypeError) as e: print("reuse:", type(e).__name__)

# ContextDecorator and AbstractContextManager
class Deco(ContextDecorator):
    def __enter__(self): print("deco enter"); return self
    def __exit__(self, *exc): print("deco exit", exc[0]); return False
@Deco()
def work(a, b=2):
    "work doc"
    return a + b
print(work(1), work.__name__, work.__doc__)
class Plain(AbstractContextManager):
    def __exit__(self, *exc): return None
    pass
with Plain() as p: print(type(p).__name__)
print(Plain().__exit__(None, None, None))

# redirection (reentrant) and suppress
out, err = io.StringIO(), io.StringIO()
r = redirect_stdout(out)
with r:
    print("one")
    with r: print("two")
    print("three")
print(repr(out.getvalue()))
with redirect_stderr(err) as target:
    print("to err", file=sys.stderr)
print(target is err, repr(err.getvalue()))
with suppress(): pass
try:
    with suppress(): raise KeyError("not suppressed")
except KeyError as e: print("KeyError", e)
with suppress(LookupError): {}["x"]
print(suppress(KeyError).__exit__(None, None, None), suppress(KeyError).__enter__())
with closing(io.StringIO("abc")) as f: print(f.read())
print(f.closed)
with nullcontext() as n: print(n)
here = os.getcwd()
with chdir("/") as c:
    print(os.getcwd(), c)
print(os.getcwd() == here)
n = [0]
def fail_exit(*exc):
    n[0] += 1
    raise ValueError(f"cb{n[0]}")
def show(e):
    chain = []
    while e is not None:
        chain.append(repr(e)); e = e.__context__
    print(" <- ".join(chain))
for body in (False, True):
    n[0] = 0
    try:
        with ExitStack() as st:
            st.push(fail_exit)
            st.push(fail_exit)
            st.push(fail_exit)
            if body: raise KeyError("body")
    except Exception as e: show(e)
try:
    try:
        raise OSError("outer")
    except OSError:
        with ExitStack() as st:
            st.push(fail_exit)
            raise KeyError("body")
except Exception as e: show(e)
try:
    raise OSError("handled")
except OSError:
    st = ExitStack(); n[0] = 0
    st.push(fail_exit); st.push(fail_exit)
    try: st.close()
    except ValueError as e: show(e)
