# nonlocal: rebinding variables of enclosing functions.

def make_counter():
    count = 0
    def incr(by=1):
        nonlocal count
        count += by
        return count
    return incr

c = make_counter()
print(c(), c(), c(10))

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    print(x)
    inner()
    print(x)
outer()

# nonlocal binds to the nearest enclosing function that has the name
def a():
    v = "a"
    def b():
        v = "b"
        def c():
            nonlocal v
            v = "c changed b's"
        c()
        return v
    return v, b()
print(a())

# several names at once, and tuple assignment to them
def swapper():
    x, y = 1, 2
    def swap():
        nonlocal x, y
        x, y = y, x
    swap()
    return x, y
print(swapper())

# nonlocal with del
def deleter():
    z = 1
    def remove():
        nonlocal z
        del z
    remove()
    try:
        return z
    except NameError as e:
        return "%s: %s" % (type(e).__name__, e)
print(deleter())

# a nonlocal variable used in a loop from several closures
def bank():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError("insufficient funds: %d > %d" % (n, balance))
        balance -= n
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = bank()
for amount in (100, 50):
    dep(amount)
wd(30)
try:
    wd(1000)
except ValueError as e:
    print("ValueError", e)
print(get())

# nonlocal of a parameter
def param(p):
    def set_p(v):
        nonlocal p
        p = v
    set_p(p * 2)
    return p
print(param(21))
# generator that updates an enclosing variable
def gen_counter():
    n = 0
    def gen():
        nonlocal n
        for i in range(3):
            n += i
            yield n
    return list(gen()), n
print(gen_counter())
