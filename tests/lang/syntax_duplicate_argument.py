# A parameter name used twice in one definition.
def f(a, b, a):
    return a
