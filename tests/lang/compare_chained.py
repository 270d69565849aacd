# Chained comparisons: each operand evaluated once, short-circuit on the first False.

calls = []

def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(1 < 2 > 0, 1 <= 1 >= 1, 1 != 2 != 1, 1 < 2 <= 2 < 3 <= 3)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
calls.clear()
print(v(1) == v(2) == v(3) == v(4), calls)
calls.clear()
# the middle operand is evaluated once even when used twice
print(0 < v(10) < 20, calls)
calls.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, -1 < x <= 5, x == 5 != None)
print(1 in [1, 2] in [[1, 2]], 1 in [1] not in [[2]], None is None is not False)
print(1 < 2 < 3 < 4 < 5 < 6 < 7, 1 < 2 < 3 < 4 < 5 < 6 > 7)
# the result of a chain is a bool; comparison results chain, too
print(1 < 2 == True, (1 < 2) == True, 1 < (2 == True))
print("a" < "b" < "c", [1] < [2] < [3], (1, 2) < (1, 3) <= (1, 3))
print(1.5 < 2 < 2.5, 2 == 2.0 == True + 1, 0 == 0.0 == -0.0 == False)
# non-bool results from rich comparison are kept for the last operand
class R:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return "lt%d" % self.n
print(R(1) < R(2), R(1) < 2 < 3, 1 < 2 and R(3) < 4)
try:
    1 < "a" < 3
except TypeError as e:
    print("TypeError", e)
try:
    v(1) < v(2) < "x"
except TypeError as e:
    print("TypeError", e, calls)
