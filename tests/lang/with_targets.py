# with ... as targets: names, tuples, attributes, subscripts and starred unpacking
class Pair:
    def __init__(self, *values):
        self.values = values

    def __enter__(self):
        return self.values

    def __exit__(self, *exc):
        return False


class Box:
    pass


box, store = Box(), {}
with Pair(1, 2) as (a, b):
    print(a, b)
with Pair(3, 4) as box.content:
    print(box.content)
with Pair(5) as store["k"]:
    print(store)
with Pair(6, 7, 8) as (first, *rest):
    print(first, rest)
with Pair(9) as [only], Pair(10, 11) as (x, y):
    print(only, x, y)
try:
    with Pair(1, 2, 3) as (p, q):
        pass
except ValueError as e:
    print("ValueError:", e)
