print("loading", __name__, "package", __package__)
from .util.mathx import PI, square_of


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return PI * square_of(self.r)

    def __repr__(self):
        return f"Circle({self.r})"
