# from m import *: honours __all__, else skips names starting with _
import sys
sys.path.insert(0, "pkgs")

from star_mod import *
print(public_a, helper())
try:
    public_b
except NameError as e:
    print(e)
try:
    _private
except NameError as e:
    print(e)

from nostar_mod import *
print(visible, func(), Klass.__name__)
try:
    _hidden
except NameError as e:
    print(e)

from shapes import *
print(Circle(3), square.Square(2).area(), area_of(Circle(2)))
try:
    VERSION
except NameError as e:
    print(e)
import star_mod
print(star_mod.__all__, star_mod._private)
