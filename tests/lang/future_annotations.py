"""PEP 563: with the future import, annotations are kept as text (as
ast.unparse writes them) and never evaluated, so they may name what is
defined later."""
from __future__ import annotations

import __future__
import dataclasses
import typing
from typing import Dict, List, Optional, Union


def f(a: Node, b: List[int]=None, *args: int, c: Dict[str,int] = {}, **kw: 'quoted') -> Optional[Node]:
    return None


print(f.__annotations__)


class Node:
    value: int
    children: list[Node]
    parent: Node | None = None
    mapping: dict[str, tuple[int, ...]]
    weird: typing.Callable[[int, str], None]
    ops: Union[a + b * c, (a + b) * c, -x ** 2, (-x) ** 2, a ** -b, not a, a and b or c]
    cmp: Literal[1 < 2 <= 3, a is not None, b not in c]
    consts: Literal[0x10, 1_000, 2.5, 1e100, 'it\'s', "q\"uote", b'by', None, True, ...]
    calls: Annotated[int, Field(gt=0, *args, **kw), x.y.z]
    subs: X[1:2, ::3, a:b:c]
    seqs: Tuple[(), (1,), (1, 2), [1, 2], {1, 2}, {'k': 1, **d}]
    cond: A if cond else B
    lam: Callable[..., lambda x: x + 1]


print(Node.__annotations__)


def g():
    local: UndefinedName = 1   # never evaluated in a function either
    return local


print(g())
x: Undefined
print(__annotations__)


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
    tags: list[str] = dataclasses.field(default_factory=list)


p = Point(1)
print(p, [(fld.name, fld.type) for fld in dataclasses.fields(Point)])
print(annotations, __future__.annotations.getMandatoryRelease(), __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.all_feature_names)
print(__future__.division.getOptionalRelease(), __future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
