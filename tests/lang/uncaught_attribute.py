# AttributeError and NameError tracebacks with markers under the failing part.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def norm(p):
    return (p.x ** 2 + p.y ** 2 + p.z ** 2) ** 0.5

print(Point(3, 4).x)
print(norm(Point(3, 4)))
