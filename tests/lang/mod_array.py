# array: every typecode, its size and range, construction from each kind
# of initializer, the methods, operators, comparisons and repr.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__, repr(A))
INT_CODES = 'bBhHiIlLqQ'
for code in array.typecodes:
    a = A(code)
    print(code, a.itemsize, a.typecode, repr(a), len(a), bool(a))

# boundaries: the extremes go in and come out; one past them fails
for code in INT_CODES:
    bits = A(code).itemsize * 8
    signed = code.islower()
    lo = -(1 << (bits - 1)) if signed else 0
    hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
    a = A(code, [lo, hi, 0, 1])
    print(code, a, a.tolist() == [lo, hi, 0, 1], a[0] == lo, a[1] == hi)
    for bad in (lo - 1, hi + 1, lo - (1 << 70), hi + (1 << 70)):
        try:
            A(code, [bad])
            print('  no error for', bad)
        except OverflowError as e:
            print('  OverflowError:', e)

# bytes round trips: the native layout (little-endian on x86-64)
for code in array.typecodes:
    a = A(code, 'xyz' if code == 'u' else [1, 2, 3])
    b = a.tobytes()
    print(code, b.hex(), A(code, b) == a, len(b) == 3 * a.itemsize)
print(A('B', b'\xff\x00\x80'), A('b', b'\xff\x00\x80'), A('H', b'\xff\xff'), A('h', b'\xff\xff'))
print(A('I', b'\xff' * 4), A('i', b'\xff' * 4), A('L', b'\xff' * 8), A('q', b'\xff' * 8), A('Q', b'\xff' * 8))

# floats: f rounds to single precision and overflows to infinity
print(A('f', [0.1, 1.5, -0.0, 3.4e38, 1e300, -1e300, 1e-50]))
print(A('d', [0.1, 1.5, -0.0, 1e308, float('inf'), 5, True]))
nan = A('d', [float('nan')])
print(nan, nan == nan, nan != nan, nan[0] != nan[0])

# initializers: lists, tuples, iterables, bytes, bytearray, str, arrays
print(A('i', (1, 2)), A('i', range(4)), A('i', iter([5, 6])), A('i', {7: 'x', 8: 'y'}), A('i', (x * x for x in range(3))))
print(A('h', bytearray(b'\x01\x00\x02\x00')), A('u', 'h\xe9\u20ac\U0001F600'), A('u', ['a', 'b']), A('u', iter('cd')))
print(A('d', A('i', [1, 2])), A('i', A('i', [3])), A('b', A('B', [1, 2])), A('u', A('u', 'xy')), A('q', A('d', [])))

class Idx:
    def __index__(self):
        return 42
class Flt:
    def __float__(self):
        return 2.5
print(A('b', [Idx(), True, False]), A('Q', [Idx()]), A('d', [Idx(), Flt(), 3]), A('f', [Flt()]))

# methods
a = A('i', [1, 2, 3])
a.append(4); a.extend([5, 6]); a.extend(A('i', [7])); a.extend(x for x in (8,)); a.insert(0, 0)
a.insert(-1, 99); a.insert(100, 100); a.insert(-100, -100)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index(7), a.index(3, 1), a.index(3, -8, 100), a.count(2), a.count(42))
a.remove(7); a.remove(1)
print(a)
a.reverse(); print(a)
a.extend(a); print(a)
a.fromlist([10, 11]); print(a)
a.frombytes(A('i', [12]).tobytes()); print(a)
print(a.tolist(), type(a.tolist()))
addr, n = a.buffer_info()
print(type(addr), addr > 0, n == len(a))
a.byteswap(); print(a); a.byteswap(); print(a)
u = A('u', 'ab'); u.fromunicode('cd'); u.append('e'); u.extend('f'); u.insert(0, '_')
print(u, u.tounicode(), u.tolist(), u[1], 'c' in u, 'cd' in u, u.index('d'), u.count('a'))
for code in array.typecodes:
    a = A(code, 'abc' if code == 'u' else [1, 2, 3])
    b = A(code, a.tobytes()); b.byteswap()
    print(code, b.tobytes().hex(), a.itemsize == 1 and b == a or b != a)
d = A('d', [1.0, 2.0, 2.0]); print(d.index(2), d.count(2), 2 in d, 2.5 in d, d.index(2.0, 2))
print(A('i', [1, 2]).index(2.0), 1.0 in A('b', [1]), 'x' in A('b', [1]), None in A('u', 'a'))

# operators
a, b = A('h', [1, 2]), A('h', [3])
print(a + b, a * 3, 3 * a, a * 0, a * -5, b * True, a + A('h'), A('h') * 5)
c = a
c += b; print(c, a, c is a)
c *= 2; print(c, a)
c *= 0; print(c, a)
c = A('l', [1, 2]); c *= 1; print(c)

# comparisons, as sequences: first difference, then length
pairs = [([], []), ([1], []), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([2], [1, 9]), ([1, 2], [1, 2])]
for x, y in pairs:
    for cx, cy in [('i', 'i'), ('b', 'd'), ('Q', 'h')]:
        p, q = A(cx, x), A(cy, y)
        print(cx, x, cy, y, p == q, p != q, p < q, p <= q, p > q, p >= q)
print(A('u', 'ab') < A('u', 'b'), A('u', 'abc') == A('u', 'abc'), A('B', [255]) > A('b', [-1]))
print(A('i', [1]) == [1], A('i', [1]) != (1,), A('i') == A('d'), A('f', [0.1]) == A('d', [0.1]))
print(sorted([A('i', [2]), A('i', [1, 5]), A('i')]))

# iteration, len, reversed, builtins
a = A('H', [3, 1, 2])
print(list(a), list(reversed(a)), sorted(a), min(a), max(a), sum(a), len(a), [x * 2 for x in a])
it = iter(a); print(next(it), type(it).__name__, type(it).__module__)
a.append(9); print(list(it))
a.append(10); print(list(it))

# copies
import copy
a = A('d', [1.5, 2.5])
for b in (copy.copy(a), copy.deepcopy(a), a.__copy__(), a.__deepcopy__({}), a[:]):
    print(b, b == a, b is a)

# subclasses keep their layout and name; slices and results are plain arrays
class Sub(A):
    def total(self):
        return sum(self)
s = Sub('i', [1, 2, 3])
s.tag = 'x'
print(s, s.total(), s.tag, isinstance(s, A), type(s[:]).__name__, type(s + s).__name__, type(s * 2).__name__)
print(repr(Sub('d')), Sub('u', 'hi'), s == A('i', [1, 2, 3]))
class Kw(A):
    def __init__(self, code, items, scale=1):
        self.scale = scale
print(Kw('i', [1], scale=3), Kw('i', [1], scale=3).scale)

# an array given its own items, and arrays as bytes
def t(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
a = A('b', [1, 2])
t(lambda: a.frombytes(a))
def iadd():
    global a
    a += a
t(iadd)
t(lambda: a.extend(a))
t(lambda: a.extend(a[::-1]))
def assign_self():
    a[1:3] = a
t(assign_self)
print(a)
b = A('h', [1])
t(lambda: b.frombytes(A('b', [2, 0])))
t(lambda: b.frombytes(A('B', [3, 0])))
t(lambda: b.frombytes(A('h', [4])))
t(lambda: b.frombytes(b))
t(lambda: b.frombytes(A('u', 'x')))
print(b, A('i', A('u', 'ab').tobytes()), A('h', A('h', [5])))
s = Sub('i', [1])
r = s
s += A('i', [2]); s *= 2
print(s, s is r, type(s).__name__)
# bytes() and bytearray() copy the items' memory (the buffer), subclasses too
class Sub(array.array):
    pass
for code, items in (('h', [1, 2, -1]), ('d', [1.5]), ('u', 'hé'), ('q', [-2]), ('B', [])):
    a = array.array(code, items)
    print(code, bytes(a), bytearray(a), bytes(Sub(code, items)) == bytes(a))
