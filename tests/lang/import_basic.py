# import: modules run once and are cached in sys.modules; import a.b as c; from m import x, y
import sys
sys.path.insert(0, "pkgs")

import counter_mod
import counter_mod as cm2
from counter_mod import value, bump
print(counter_mod is cm2, value, bump(), counter_mod.value, value)
print(counter_mod.__name__, counter_mod.__doc__, "counter_mod" in sys.modules)
print(sys.modules["counter_mod"] is counter_mod, type(counter_mod).__name__)
counter_mod.items.append(1)
import counter_mod as again
print(again.items)


def lazy():
    import counter_mod
    return counter_mod.bump()


print(lazy(), lazy())

import shapes.util.mathx as mx
print(mx.__name__, mx.square_of(7), mx.PI)
import shapes.util.mathx
print(shapes.util.mathx is mx, shapes.util.mathx.PI)
from shapes.util import mathx as mx2
from shapes import Circle, area_of
print(mx2 is mx, Circle(2), area_of(Circle(1)))
print(shapes.VERSION, shapes.__name__, shapes.__package__, shapes.util.__name__)
print(sorted(k for k in sys.modules if k.startswith("shapes")))
print(shapes.__doc__, hasattr(shapes, "__path__"), hasattr(counter_mod, "__path__"))
print(mx.parent_version())

import math, sys as system
print(system is sys, math.floor(2.5))
from math import (
    sqrt,
    pi as PI_,
)
print(sqrt(16), round(PI_, 2))

import nostar_mod
print(nostar_mod.func(), nostar_mod.Klass.__module__, nostar_mod._cm is counter_mod)
print(sorted(n for n in dir(counter_mod) if not n.startswith("__")))
