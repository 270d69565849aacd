# Closures created in comprehensions and loops, nonlocal with comprehensions, walrus leaking out, shadowing
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda i=i: i) for i in range(3)]
print([g() for g in gs])
def outer():
    total = 0
    vals = [total + x for x in range(3)]
    def add():
        nonlocal total
        total += sum(vals)
        return total
    return add()
print(outer())
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)], [x for row in matrix for x in row if x % 2])
print([y for x in range(4) if (y := x * 2) > 2], y)
def make():
    return {k: (lambda k=k: k * 2) for k in "ab"}
print({k: f() for k, f in make().items()})
print([i for i in range(3) for i in range(i)])
funcs = []
for n in range(3):
    funcs.append(lambda n=n: [n * m for m in range(n)])
print([f() for f in funcs])
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return [c for _ in range(c)]
    return inc
inc = counter(); inc(); print(inc(), inc())
x = "global"
def shadow():
    x = "local"
    return [x for _ in range(1)], (lambda: x)(), [[x for _ in range(1)] for _ in range(1)]
print(shadow())
print(sorted({(a, b) for a in range(3) for b in range(a)}), list(map(lambda p: p[0] * p[1], zip(range(3), range(3, 6)))))
try:
    exec("class C:\n    data = [1]\n    r = [(z := v) for v in data]\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(eval("[i*2 for i in range(3)]"), eval("{k for k in 'aab'}") == {"a", "b"})
