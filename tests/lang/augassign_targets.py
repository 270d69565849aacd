# Augmented assignment on attributes and subscripts: the target expression is
# evaluated once, then get, operate, set.

log = []

class Obj:
    def __init__(self):
        self.__dict__["v"] = 1
    def __getattr__(self, name):
        log.append("getattr " + name)
        raise AttributeError(name)
    def __setattr__(self, name, value):
        log.append("setattr %s=%r" % (name, value))
        self.__dict__[name] = value

class Seq:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        log.append("get %r" % (k,))
        return self.data.get(repr(k), 0)
    def __setitem__(self, k, v):
        log.append("set %r=%r" % (k, v))
        self.data[repr(k)] = v

def key(k):
    log.append("key %r" % (k,))
    return k

def obj(o):
    log.append("obj")
    return o

o = Obj()
obj(o).v += 10
print(o.v, log)
log.clear()
s = Seq()
obj(s)[key("a")] += 5
obj(s)[key("a")] *= 3
print(s.data, log)
log.clear()
obj(s)[key(1):key(2)] -= 7
print(s.data, log)
log.clear()

# every operator on attributes and subscripts
class N:
    pass
n = N()
n.x = 100
lst = [100]
d = {"k": 100}
for op in ["+=", "-=", "*=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "/="]:
    n.x = 100; lst[0] = 100; d["k"] = 100
    exec("n.x %s 3" % op)
    exec("lst[0] %s 3" % op)
    exec("d['k'] %s 3" % op)
    print(op, n.x, lst[0], d["k"])
# lists extend in place through +=; tuples make a new object
a = [1]
alias = a
a += [2]
print(a, alias, a is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
# += on a tuple element that is a list: mutates, then fails to store
tt = ([1],)
try:
    tt[0] += [2]
except TypeError as e:
    print("TypeError", e, tt)
# nested subscripts
m = [[1, 2], [3, 4]]
m[1][0] += 30
m[-1][-1] **= 2
print(m)
dd = {"a": {"b": 1}}
dd["a"]["b"] += 1
print(dd)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    n.missing += 1
except AttributeError as e:
    print("AttributeError", e)
