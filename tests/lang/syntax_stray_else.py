# An else without an if.
x = 1
else:
    pass
