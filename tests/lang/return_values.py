# return: implicit None, several values, early exits from loops and nested blocks.

def nothing():
    pass
def bare():
    return
def pair():
    return 1, 2
def single_tuple():
    return (1,)
def listy():
    return [1, 2]

print(nothing(), bare(), pair(), single_tuple(), listy())
a, b = pair()
print(a + b)

def first_even(seq):
    for x in seq:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))

def nested_loops(n):
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return i, j
    return "none"
print(nested_loops(5), nested_loops(2))

def in_while():
    i = 0
    while True:
        i += 1
        if i == 5:
            return "stopped at %d" % i

print(in_while())

def from_except():
    try:
        raise ValueError("x")
    except ValueError:
        return "from except"
    return "not here"
print(from_except())

def from_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "from else"
print(from_else())

def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())

def conditional(x):
    return "big" if x > 10 else "small"
print(conditional(5), conditional(50))

def star_return():
    rest = [2, 3]
    return 1, *rest
print(star_return())

def returns_itself():
    return returns_itself
print(returns_itself()()() is returns_itself)

# statements after return are not executed
def after():
    log = ["before"]
    return log
    log.append("after")
print(after())
# a function's value used in expressions directly
def five():
    return 5
print(five() * five() + five(), [five()] * 2, -five(), five() ** 2)
# return inside with
class CM:
    def __enter__(self):
        return "cm"
    def __exit__(self, *a):
        print("exit runs before the caller sees the value")
def in_with():
    with CM() as v:
        return v + " value"
print(in_with())
