# Generator expressions and comprehensions in class bodies: only the first iterable sees class names
class Config:
    names = ["a", "b", "c"]
    prefix = "x_"
    upper = [n.upper() for n in names]
    pairs = list(zip(names, range(3)))
    try:
        prefixed = [prefix + n for n in names]
    except NameError as e:
        prefixed = f"NameError: {e}"
    gen = (n * 2 for n in names)
    lookup = {n: i for i, n in enumerate(names)}
    try:
        nested = [[n + m for m in names] for n in names]
    except NameError as e:
        nested = f"NameError: {e}"


print(Config.upper, Config.pairs, Config.prefixed, list(Config.gen), Config.lookup, Config.nested)


def func_scope():
    prefix = "f_"
    names = ["p", "q"]
    return [prefix + n for n in names], [[n + m for m in names] for n in names]


print(func_scope())
x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
h = (y for y in [x])
x = 1000
print(list(h))
