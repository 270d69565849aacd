# *args and **kwargs: what they receive, their types, and passing them on.

def va(*args):
    return type(args).__name__, args, len(args)

print(va(), va(1), va(1, "two", [3]))

def both(*args, **kwargs):
    return args, kwargs
print(both(), both(1, 2, a=3), both(*range(3), **{"k": "v"}))

def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3))

def forward(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b=0, *more, c=None, **extra):
    return a, b, more, c, extra
print(forward(1), forward(1, 2, 3, c=4, d=5), forward(b=1, a=0))

# sum of any number of arguments
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(101)), total(1.5, 2.5, start=10))

# building a wrapper that logs its arguments
def logged(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@logged
def add(x, y=1):
    return x + y
print(add(5), add(5, y=10))

# kwargs names that are not identifiers are allowed through **
def anykw(**kw):
    return kw
print(anykw(**{"not an identifier": 1, "1x": 2}))
# args can be modified locally without affecting the caller
def mutate(*args):
    args = args + (99,)
    return args
t = (1, 2)
print(mutate(*t), t)
# a very long argument list
print(len(va(*range(1000))[1]), total(*[1] * 500))
# recursion with *args
def flatten(*items):
    out = []
    for it in items:
        if isinstance(it, (list, tuple)):
            out.extend(flatten(*it))
        else:
            out.append(it)
    return out
print(flatten(1, [2, [3, (4, 5)]], 6))
print(max(*[3, 9, 2]), min(4, *(1, 7)), print(*[], sep=","))
