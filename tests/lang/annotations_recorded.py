# annotations in module and class bodies, also inside compound statements, are recorded in __annotations__
class A:
    if True:
        x: int = 1
    for i in range(1):
        y: str
    try:
        z: float = 2.0
    except Exception:
        pass
print(A.__annotations__, A.x, A.z)
class B(A):
    w: list
print(B.__annotations__)
def f():
    v: int = 3
    return v
print(f(), f.__annotations__)
if True:
    m: int = 7
print(__annotations__)
