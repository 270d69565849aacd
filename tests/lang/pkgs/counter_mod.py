"""A module that reports each time its body runs."""
print("executing counter_mod as", __name__)
value = 10
items = []


def bump():
    global value
    value += 1
    return value
