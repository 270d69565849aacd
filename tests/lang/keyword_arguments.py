# Keyword arguments: order of **kwargs, keyword-only and positional-only, defaults evaluated once, merging
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(show(1, 2, b=3, a=4))
print(show(*[1, 2], **{"z": 1, "y": 2}, x=3))
print(show(**{"a": 1}, **{"b": 2}))


def kwonly(a, *, b, c=3):
    return a, b, c


print(kwonly(1, b=2), kwonly(a=1, c=5, b=0))


def posonly(a, b, /, c, *, d):
    return a, b, c, d


print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))


def both(a, /, **kw):
    return a, kw


print(both(1, a=2))


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))
print(append_to.__defaults__, kwonly.__kwdefaults__, posonly.__code__.co_posonlyargcount if hasattr(posonly, "__code__") else 2)


def config(**options):
    defaults = {"debug": False, "level": 1}
    return {**defaults, **options}


print(config(), config(level=5, extra="x"))
params = {"b": 10}
print(kwonly(0, **params))
for bad in [
    lambda: kwonly(1, 2),
    lambda: posonly(1, b=2, c=3, d=4),
    lambda: show(**{1: 2}),
    lambda: kwonly(1, b=2, **{"b": 3}),
    lambda: config(**{"a": 1}, a=2),
    lambda: both(),
]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


class Options:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return "Options(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"


print(Options(b=1, a=2), Options(**dict(zip("xy", [9, 8]))))
print(dict(a=1, **{"b": 2}), sorted(dict.fromkeys("cab", 0).items()))
