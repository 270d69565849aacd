# NameError and AttributeError in tracebacks carry CPython 3.11's "Did you mean" hint
class Point:
    def __init__(self):
        self.x = 1
        self.y = 2


p = Point()
try:
    p.xx
except AttributeError as e:
    print("str(e) has no hint:", e)
counter = 10
print(countr)
