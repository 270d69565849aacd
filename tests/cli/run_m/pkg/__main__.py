import sys
from . import helper

print("pkg.__main__ as", __name__, "in", repr(__package__), sys.argv, helper.VALUE)
