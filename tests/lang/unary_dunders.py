# Unary operators on classes: a dunder's result (NotImplemented included) is the value; a
# missing operation, also on a subclass of a built-in, is a TypeError naming the class
class A:
    def __pos__(self): return NotImplemented
    def __neg__(self): return 5
print(+A(), -A())
try:
    ~A()
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
class F(float): pass
print(-F(2.0))
try:
    ~F(1.0)
except TypeError as e:
    print(e)
