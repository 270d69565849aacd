# Chained comparisons with user objects: evaluation count, short-circuit, reflected operators, `in` and `is` chains
class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v

    def __eq__(self, o):
        print(f"  {self.v} == {getattr(o, 'v', o)}")
        return isinstance(o, N) and self.v == o.v

    __hash__ = object.__hash__


def make(v):
    print(f"  make {v}")
    return N(v)


print(make(1) < make(2) < make(3))
print(make(3) < make(2) < make(5))
print(make(1) == make(1) == make(2))
print(N(5) > N(4))
a = [1, 2]
print(1 in a in [[1, 2], [3]], 3 not in a, a is not None is not False)
x = 5
print(1 < x <= 5 != 6, 0 <= x < 3, x == 5.0 == True if False else x == 5.0)
print((1 < 2) < 3, 1 < (2 < 3), "a" < "b" < "c" < "ab")
