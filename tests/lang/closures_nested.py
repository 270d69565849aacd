# Free variables through several levels of nesting, and class bodies.

def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            c = 3
            def level4():
                return a + b + c
            return level4
        return level3
    return level2

print(level1()()()())

# an intermediate function that does not use the variable still passes it through
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

# nonlocal two levels up
def counter_factory():
    n = 0
    def make():
        def bump():
            nonlocal n
            n += 1
            return n
        return bump
    b1 = make()
    b2 = make()
    b1(); b1(); b2()
    return n
print(counter_factory())

# the same name at several levels: each function sees the nearest
def shadow():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            return v
        return inner()
    return v, mid()
print(shadow())

# class bodies do not create enclosing scopes for methods
def class_scope():
    y = "function y"
    class C:
        y = "class y"
        def method(self):
            return y
        z = y
    return C().method(), C.z
print(class_scope())

# lambdas nested in loops inside functions
def table():
    rows = []
    for i in range(3):
        rows.append([(lambda j: lambda: (i, j))(j) for j in range(2)])
    return [[f() for f in row] for row in rows]
print(table())

# recursion through a closure variable
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make_fact()(12))

# mutual recursion of nested functions
def parity(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)
print(parity(10), parity(7))

# a comprehension inside a nested function sees the enclosing variables
def comp():
    base = 10
    def inner(k):
        return [base + k * i for i in range(3)]
    return inner(2)
print(comp())
# global names are not captured: later changes are seen
G = "global before"
def reads_global():
    def inner():
        return G
    return inner
rg = reads_global()
G = "global after"
print(rg())
