print("loading", __name__)
from . import circle
from .util import mathx


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return mathx.square_of(self.side)


def bigger_than_circle(side, r):
    return Square(side).area() > circle.Circle(r).area()
