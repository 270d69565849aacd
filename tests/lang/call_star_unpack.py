# Call-site * and ** unpacking: several of each, mixed with plain arguments.

def show(*args, **kwargs):
    return args, kwargs

print(show(*[1, 2]))
print(show(*(1, 2), *"ab"))
print(show(0, *[1], 2, *range(3, 5)))
print(show(**{"a": 1}))
print(show(**{"a": 1}, **{"b": 2}))
print(show(x=0, **{"a": 1}, y=2, **{"b": 3}))
print(show(*[1], k=1, *[2], **{"j": 2}))
print(show(*{"d1": 0, "d2": 0}))
print(show(*{3, 3}))
print(show(*iter([7, 8]), *(x * x for x in range(3))))

def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(*args[:2], 9), f(1, *[2, 3]), f(**{"a": 1, "b": 2, "c": 3}))
print(f(*[1], **{"c": 3, "b": 2}), f(1, c=3, **{"b": 2}))

# ** with a custom mapping: keys() then __getitem__
class Mapping:
    def keys(self):
        return ["b", "a", "c"]
    def __getitem__(self, key):
        return {"a": 1, "b": 2, "c": 3}[key]
print(f(**Mapping()))
# * with a custom iterable
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
print(show(*Count(3)))
# unpacking into a builtin
print(*["x", "y"], sep="|")
print(max(*[5, 1], 3), dict(**{"a": 1}, b=2), list(zip(*[(1, 2), (3, 4)])))
# errors
tests = [
    lambda: f(*5),
    lambda: f(**5),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(1, **{"a": 1, "b": 2, "c": 3}),
    lambda: f(**{1: 2}),
    lambda: f(*[1, 2, 3, 4]),
    lambda: show(**{"a": 1}, a=2),
    lambda: f(*None),
    lambda: f(**[("a", 1)]),
    lambda: f(*[1, 2]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
