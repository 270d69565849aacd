# Assignment expressions (:=) in conditions, loops, comprehensions and calls.

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
while (item := data.pop()) != 1:
    print("popped", item)
print("stopped at", item, data)
print([y for x in range(6) if (y := x * x) % 2], y)
print((total := sum(range(5))), total)
def f(v):
    return v * 2
print([r for v in range(4) if (r := f(v)) > 2])
values = [z := 5, z + 1, z * 2]
print(values, z)
print(max(a := 3, b := 7), a, b)
# walrus in a nested function binds in that function
def outer():
    inner_total = 0
    def add(k):
        nonlocal inner_total
        return (inner_total := inner_total + k)
    add(1)
    add(2)
    return inner_total
print(outer())
# in a comprehension it binds in the enclosing scope
def comp_scope():
    [last := i for i in range(3)]
    return last
print(comp_scope())
lines = iter(["a", "b", ""])
while line := next(lines):
    print("line", line)
print(not (flag := False), flag)
