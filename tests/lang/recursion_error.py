# RecursionError: caught, the program continues, the limit is adjustable.
import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

# the stack is usable again after the error
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

# the error passes through try/finally blocks, running each finally
count = [0]
def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        count[0] += 1
try:
    with_finally(0)
except RecursionError:
    print("finally blocks ran:", count[0] > 900)

# mutual recursion hits the limit too
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, isinstance(e, RuntimeError))

# catching it at a deep level and returning normally
def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        return n
print("guarded reached a depth over 900:", guarded(0) > 900)

# raising the limit allows deeper recursion
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
try:
    depth(2500)
except RecursionError as e:
    print("again:", e)

# recursion through __repr__ of a self-containing list is handled, not an error
lst = [1]
lst.append(lst)
print(lst)
d = {}
d["self"] = d
print(d)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
