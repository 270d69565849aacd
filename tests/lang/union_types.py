# PEP 604 unions: X | Y in annotations, isinstance/issubclass, flattening, equality, repr, errors
from collections import OrderedDict


def parse(value: str | bytes, default: int | None = None) -> list[int] | None:
    return [int(v) for v in value.split(",")] if value else default


print(parse("1,2"), parse("", 0), parse.__annotations__)
U = int | str
print(U, type(U).__name__, U.__args__, int | None, None | int, list[int] | None, int | int)
print(isinstance(3, U), isinstance("s", U), isinstance(3.0, U), isinstance(None, int | None))
print(issubclass(bool, int | float), issubclass(str, int | float), isinstance(OrderedDict(), dict | list))
print((int | str) == (str | int), (int | str) == (int | float), (int | str | int).__args__)
print(((int | str) | (float | int)).__args__, hash(int | str) == hash(str | int))
print(len({int | str, str | int}), int | str | None)


class Node:
    pass


print(Node | None, list | Node, isinstance(Node(), Node | int))
for bad in [lambda: int | 3, lambda: "a" | int, lambda: isinstance([], list[int] | None)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
