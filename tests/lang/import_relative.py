# relative imports inside packages: from . import x, from .m import y, from .. import z
import sys
sys.path.insert(0, "pkgs")

import shapes.square as sq
print(sq.bigger_than_circle(2, 1), sq.bigger_than_circle(1, 1))
print(sq.circle is sys.modules["shapes.circle"], sq.mathx.__name__)
from shapes.util import mathx
print(mathx.parent_version())
try:
    mathx.beyond()
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __name__)
import shapes
print(shapes.square is sq, shapes.circle.Circle is shapes.Circle)
