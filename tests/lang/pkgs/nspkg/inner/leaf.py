from . import sibling
NAME = "leaf in " + __name__
SIB = sibling.VALUE
