# weakref.finalize's API: calling it, detach, peek, alive, atexit, reprs;
# the live ones with atexit set run at exit, newest first.
import re
import weakref


def show(s):
    print(re.sub(r"0x[0-9a-f]+", "0x?", s))


class O:
    pass


o = O()
f = weakref.finalize(o, print, "finalized", 1, sep="-")
print(f.alive, f.atexit, f.peek()[0] is o, f.peek()[1:])
show(repr(f))
print(f(), f.alive, f.atexit, f(), f.peek(), f.detach())
show(repr(f))
g = weakref.finalize(o, lambda *a, **k: (a, k), 1, x=2)
print(g(), g.alive, g())
h = weakref.finalize(o, print, "h")
obj, fn, args, kw = h.detach()
print(obj is o, fn is print, args, kw, h.alive, h(), h.detach())
h.atexit = False
print(h.atexit)
try:
    weakref.finalize(1, print)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.finalize(o)
except TypeError as e:
    print("TypeError:", type(e).__name__)
print(type(f).__name__, isinstance(f, weakref.finalize), weakref.getweakrefcount(o) >= 0)

keep = [O() for _ in range(4)]
e1 = weakref.finalize(keep[0], print, "at exit: first")
e2 = weakref.finalize(keep[1], print, "at exit: second")
e3 = weakref.finalize(keep[2], print, "never: atexit is false")
e3.atexit = False
e4 = weakref.finalize(keep[3], print, "never: detached")
e4.detach()
e5 = weakref.finalize(keep[0], print, "at exit: third, same object")
print(e3.atexit, e2.atexit, e4.atexit, e4.alive)
print("end of script")
