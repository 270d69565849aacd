# Keyword arguments, keyword-only parameters and **kwargs.

def f(a, b, c=3):
    return (a, b, c)

print(f(1, 2), f(1, b=2), f(a=1, b=2), f(c=30, b=20, a=10), f(1, 2, c=0))

def kwonly(a, *, key, default="d"):
    return a, key, default
print(kwonly(1, key="k"), kwonly(a=0, default="x", key="y"))

def star_kwonly(*args, sep=" ", end=""):
    return sep.join(str(a) for a in args) + end
print(star_kwonly(1, 2, 3), star_kwonly(1, 2, sep="-", end="!"))

def collect(a, **kw):
    return a, kw
print(collect(1), collect(1, x=2, y=3), collect(a=5, z=0))
# **kwargs keeps the call order
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(b=1, **{"c": 2, "a": 3}, d=4))
# keyword names that match no parameter go into **kwargs, even "self"-like names
def method_like(self, **kw):
    return self, kw
print(method_like(1, other=2, this=3))
# a parameter named like a builtin
def shadow(list=None, dict=None, str="s"):
    return list, dict, str
print(shadow(dict=1, list=2))
# keyword arguments with default None and mixed *args
def mix(a, b=None, *rest, flag=False, **opts):
    return a, b, rest, flag, opts
print(mix(1))
print(mix(1, 2, 3, 4, flag=True, color="red"))
print(mix(b=2, a=1, extra=[]))
# kwargs dict is a fresh dict each call
def fresh(**kw):
    kw["seen"] = True
    return kw
d = {"x": 1}
print(fresh(**d), d)
# unicode keyword names
def uni(**kw):
    return kw
print(uni(café=1, naïve=2))
# keyword-only after *args with no default must be given
def need(*args, must):
    return args, must
print(need(must=0), need(1, 2, must=3))
# errors
tests = [
    lambda: f(1, 2, d=4),
    lambda: f(1, a=1, b=2),
    lambda: kwonly(1, 2),
    lambda: kwonly(1),
    lambda: need(1, 2),
    lambda: collect(1, a=2),
    lambda: f(),
    lambda: f(1, c=3),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
