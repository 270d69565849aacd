# defaultdict and OrderedDict are named collections.X in messages, as CPython's C types
from collections import defaultdict, OrderedDict
class MyDD(defaultdict):
    pass
for x in (defaultdict(int), OrderedDict(), MyDD(list)):
    try:
        x + 1
    except TypeError as e:
        print(e)
    try:
        x.nope
    except AttributeError as e:
        print(e)
    print(repr(x), type(x).__name__, type(x).__qualname__)
