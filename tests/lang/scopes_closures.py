# Scopes: LEGB, closures over loop variables, nonlocal counters, class attributes vs closures, del of names
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x
    return inner()


print(outer())


def shadow():
    print(len("abc"))
    len_ = len

    def len(v):  # noqa: local shadows builtin
        return "custom"
    return len("x"), len_("xy")


print(shadow())


def make_counter():
    count = 0

    def incr(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return incr, get


incr, get = make_counter()
incr()
incr(5)
print(get())
incr2, get2 = make_counter()
print(incr2(), get())


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


def early_binding():
    return [(lambda i=i: i)() for i in range(3)]


print(late_binding(), early_binding())


def unbound():
    try:
        print(y)
        y = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()


def deleted():
    z = 1
    del z
    try:
        z
    except NameError as e:
        print(type(e).__name__, e)


deleted()


def free_deleted():
    v = 1

    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)


free_deleted()
g = 1


def use_global():
    global g, new_global
    g += 1
    new_global = "created"


use_global()
print(g, new_global)


def nested_nonlocal():
    a = 0

    def level1():
        def level2():
            nonlocal a
            a += 10
        level2()
        return a
    return level1()


print(nested_nonlocal())


class Klass:
    value = 1

    def method(self):
        try:
            return value
        except NameError as e:
            return f"NameError: {e}"


print(Klass().method())


def closure_in_class():
    secret = "closure"

    class C:
        def get(self):
            return secret
        attr = secret
    return C().get(), C.attr


print(closure_in_class())


def cell_rebinding():
    fs = []
    v = 1
    fs.append(lambda: v)
    v = 2
    fs.append(lambda: v)
    return [f() for f in fs]


print(cell_rebinding())
print([f.__closure__ is None for f in (outer, make_counter()[0])])
print(make_counter()[0].__code__.co_freevars, outer.__code__.co_varnames if hasattr(outer, "__code__") else None)


def gen_closure():
    total = 0

    def add(v):
        nonlocal total
        total += v
        return total
    yield add
    yield total


gc = gen_closure()
adder = next(gc)
adder(3)
adder(4)
print(next(gc))
lam = lambda: (yield)
print(type(lam()).__name__)
try:
    del undefined_name
except NameError as e:
    print(e)
