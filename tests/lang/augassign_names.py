# Augmented assignment on names, for every operator, with ints, floats, bigs, strs.

def ops(x, y):
    r = []
    a = x; a += y; r.append(a)
    a = x; a -= y; r.append(a)
    a = x; a *= y; r.append(a)
    a = x; a /= y; r.append(a)
    a = x; a //= y; r.append(a)
    a = x; a %= y; r.append(a)
    a = x; a **= y; r.append(a)
    return r

def bitops(x, y):
    r = []
    a = x; a &= y; r.append(a)
    a = x; a |= y; r.append(a)
    a = x; a ^= y; r.append(a)
    a = x; a <<= y; r.append(a)
    a = x; a >>= y; r.append(a)
    return r

print(ops(17, 5))
print(ops(-17, 5))
print(ops(17, -5))
print(ops(7.5, 2))
print(ops(2 ** 70, 3))
print(bitops(12, 3))
print(bitops(-12, 3))
print(bitops(2 ** 70 + 5, 7))
print(bitops(True, 1))
s = "ab"
s += "cd"
s *= 2
print(s)
t = (1,)
t += (2, 3)
t *= 2
print(t)
# module-level names
g = 10
g += 1
g <<= 2
g -= 4
g //= 3
g **= 2
g %= 50
print(g)
# in a function with a global
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter, bump())
# and through a closure
def outer():
    n = 0
    def inc(step):
        nonlocal n
        n += step
        return n
    inc(5); inc(6)
    return n
print(outer())
# errors
for stmt in ("a = 1; a += 'x'", "a = 'x'; a -= 'y'", "a = []; a *= 1.5", "a = 1; a /= 0",
             "a = 2; a **= -1; a %= 0", "a = 1.0; a //= 0", "a = [1]; a @= [2]",
             "a = 1; a <<= -1", "a = 1; a >>= -2", "a = None; a |= 1"):
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
def unbound():
    a += 1
    a = 0
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
