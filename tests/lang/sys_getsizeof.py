# sys.getsizeof of every kind of object, static ones (None, True, the
# built-in types) included, is a positive int; sizes themselves differ
import sys
objs = [None, True, False, ..., NotImplemented, int, str, type, object, 0, 2**100, 1.5, '', 'abc',
        b'', (), (1, 2), [], {}, set(), frozenset(), range(3), len, sys, object(), lambda: 0]
print([type(sys.getsizeof(o)) is int and sys.getsizeof(o) > 0 for o in objs])
print(sys.getsizeof(None, 7) > 0)
try:
    sys.getsizeof()
except TypeError as e:
    print('TypeError')
