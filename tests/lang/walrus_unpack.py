# := in conditions, loops and expressions; star-unpacking in displays and calls


data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
while (item := data.pop()) != 1:
    print("popped", item)
print(data)
print((y := 5) * 2, y)
values = [v for v in range(10) if (sq := v * v) > 20]
print(values, sq)


def f(x):
    return x * 3


print([z := f(2), z ** 2])
m = None
print(m)
total = 0
chunks = iter([1, 2, 3, 0, 5])
while (c := next(chunks)):
    total += c
print(total)
print(dict(a := 1 and {"k": 2}) if False else "skip", (w := "walrus")[::-1], w)

# star unpacking in displays
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a], (*a,), [*"hi", *range(2)])
d1, d2 = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print({**d1, **d2}, {**d1, "y": 0}, {"y": 0, **d1}, dict(**d1, w=5))
print(*a, *b, sep="-")
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
print([*[], *()], {**{}}, {*()} == set())


def g(*args, **kwargs):
    return args, kwargs


print(g(*a, 5, *b, k=1, **d1, **{"z": 9}))
try:
    g(**d1, **{"x": 3})
except TypeError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    g(**[1])
except TypeError as e:
    print(e)
try:
    {**[1, 2]}
except TypeError as e:
    print(e)
try:
    [*None]
except TypeError as e:
    print(e)
