# list[int] and friends: what annotations evaluate to.

def total(xs: list[int], weights: dict[str, float] = None) -> tuple[int, ...]:
    return (sum(xs),)

print(total([1, 2, 3]), total.__annotations__ if False else "")
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[int]], list["Node"], list[None])
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__, list[int].__parameters__)
print(list[int] == list[int], list[int] == list[str], list[int] != list[int], hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]("ab"), set[int](), frozenset[str]())
print(type(list[int]), type(list[int]).__name__, list[int].__name__)
x: dict[str, set[int]] = {"a": {1}}
print(x)
