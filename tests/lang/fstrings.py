# f-strings: expressions, conversions, format specs, nested fields, '=', escapes
name, n, pi = "world", 42, 3.14159265
print(f"hello {name}!", f"{n}", f"{n + 1}", f"{name.upper()}", f"{'quoted'}")
print(f"{name!r} {name!s} {'é'!a} {n!r}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2f}| {pi:e} {n:08.3f}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:>5}|{n:+d}|{-n: d}|{n:x}|{n:#X}|{n:o}|{n:#b}|{1234567:,}|{1234567:_}")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|{'trunc':.3}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|{name:>{width}}|{n:{'<' if n else '>'}{width}}")
print(f"{n=}", f"{name = }", f"{n + 1=}", f"{pi=:.2f}", f"{name=!s}", f"{name=!r:>10}")
print(f"{{literal braces}} {{{n}}}")
print(f"{0.25:%} {0.5:.1%} {1e10:g} {1e-7:G} {12345.6789:,.2f}")
d = {"key": "value", "n": [1, 2]}
print(f"{d['key']} {d['n'][1]} {len(d)}")
print(f"{'nested ' + f'{n:>4}'}")
print(f"{[x * 2 for x in range(3)]} {(lambda v: v * 3)(2)} {n if n > 1 else 0}")
print(f"multi"
      f"part {n}"
      " plain")
print(f"{True} {None} {b'x'} {(1, 2)}")
print(rf"raw \n {n}", fr"{name}\t")
print(f"""triple
{name}
done""")
print(f"{n:{'>'}{8}}", f"{'x':{'^'}5}")


class Obj:
    def __format__(self, spec):
        return f"Obj[{spec}]"

    def __repr__(self):
        return "Obj-repr"

    def __str__(self):
        return "Obj-str"


o = Obj()
print(f"{o} {o:spec} {o!r} {o!s} {o!r:>10}")
print(f"{o!s:*<10}")
try:
    f"{n:z}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{o!r:d}"
except ValueError as e:
    print("ValueError:", e)
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for item, price, qty in items:
    print(f"{item:<10}{price:>8.2f}{qty:>5}{price * qty:>10.2f}")
print(f"{'':-^30}")
print(f"{42:c}{10:n} {-0.0:+.1f} {float('inf'):f} {float('nan'):>5}")
