# array: the errors, with CPython's exception types and messages.
from array import array as A

def t(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Idx:
    def __index__(self):
        return 1
    def __repr__(self):
        return 'Idx()'

# construction
t(lambda: A())
t(lambda: A('i', [1], 2))
t(lambda: A(typecode='i'))
t(lambda: A('i', initializer=[1]))
t(lambda: A('x'))
t(lambda: A('bb'))
t(lambda: A(''))
t(lambda: A(1))
t(lambda: A(b'i'))
t(lambda: A('\xe9'))
t(lambda: A('i', 5))
t(lambda: A('i', None))
t(lambda: A('x', 5))
t(lambda: A('i', 'abc'))
t(lambda: A('x', 'abc'))
t(lambda: A('d', ''))
t(lambda: A('i', A('u', 'a')))
t(lambda: A('u', A('i', [65])))
t(lambda: A('i', b'abc'))
t(lambda: A('d', bytearray(7)))
t(lambda: A('i', A('d', [1.5])))

# item conversions, for every typecode
for code in 'bBhHiIlLqQfdu':
    for v in (1.5, '1', 'ab', None, [1], Idx(), True, 10 ** 30, -1):
        try:
            a = A(code, [v])
            print(code, repr(v), 'ok', a)
        except Exception as e:
            print(code, repr(v), type(e).__name__ + ':', e)

# indexing and item assignment
a = A('i', [1, 2, 3])
def setitem(k, v):
    a[k] = v
def delitem(k):
    del a[k]
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: a['x'])
t(lambda: a[1.0])
t(lambda: a[None])
t(lambda: a[10 ** 30])
t(lambda: a[Idx()])
t(lambda: setitem(3, 1))
t(lambda: setitem(-4, 1))
t(lambda: setitem('x', 1))
t(lambda: setitem(3, 'x'))
t(lambda: setitem(0, 'x'))
t(lambda: setitem(0, 1 << 40))
t(lambda: setitem(Idx(), 7))
t(lambda: delitem(3))
t(lambda: delitem('x'))
t(lambda: setitem(slice(0, 1), [1]))
t(lambda: setitem(slice(0, 1), 5))
t(lambda: setitem(slice(0, 1), A('d', [1])))
t(lambda: setitem(slice(0, 3, 2), A('i', [1])))
t(lambda: setitem(slice('a', 1), A('i')))
t(lambda: setitem(slice(0, 1, 0), A('i')))
t(lambda: delitem(slice(0, 1, 0)))
t(lambda: a[::0])
t(lambda: a['a':])
print(a)

# methods
t(lambda: a.append())
t(lambda: a.append(1, 2))
t(lambda: a.append(x=1))
t(lambda: a.append('x'))
t(lambda: a.append(1 << 40))
t(lambda: a.extend())
t(lambda: a.extend(5))
t(lambda: a.extend(A('d')))
t(lambda: a.extend([4, 'x', 5]))
print(a)
t(lambda: a.insert(1))
t(lambda: a.insert('x', 8))
t(lambda: a.insert(5, 'x'))
t(lambda: a.insert(1 << 70, 1))
t(lambda: a.pop(10))
t(lambda: a.pop(-10))
t(lambda: a.pop('x'))
t(lambda: a.pop(1.0))
t(lambda: a.pop(1 << 70))
t(lambda: a.pop(1, 2))
t(lambda: A('i').pop())
t(lambda: A('i').pop(0))
t(lambda: a.index(7))
t(lambda: a.index('x'))
t(lambda: a.index(1, 1))
t(lambda: a.index(1, 0, 0))
t(lambda: a.index(2, 'x'))
t(lambda: a.index(2, 1 << 70))
t(lambda: a.index(2, -(1 << 70)))
t(lambda: a.index())
t(lambda: a.index(1, 2, 3, 4))
t(lambda: a.index(x=1))
t(lambda: a.remove(7))
t(lambda: a.remove())
t(lambda: a.count())
t(lambda: a.reverse(1))
t(lambda: a.byteswap(1))
t(lambda: a.buffer_info(1))
t(lambda: a.tobytes(1))
t(lambda: a.frombytes())
t(lambda: a.frombytes('ab'))
t(lambda: a.frombytes(b'abc'))
t(lambda: a.frombytes([1]))
t(lambda: a.fromlist())
t(lambda: a.fromlist((1,)))
t(lambda: a.fromlist([6, 7, 'x']))
print(a)
t(lambda: a.tounicode())
t(lambda: a.fromunicode('x'))
t(lambda: a.fromunicode(1))
t(lambda: A('u').fromunicode(1))
t(lambda: A('u').fromunicode(b'x'))
t(lambda: A('u').fromunicode())
t(lambda: a.__copy__(1))
t(lambda: a.__deepcopy__())
t(lambda: a.tofile())
t(lambda: a.fromfile())
t(lambda: a.fromfile(1))

# attributes
def set_code():
    a.typecode = 'd'
def set_size():
    a.itemsize = 2
def set_other():
    a.foo = 1
t(set_code)
t(set_size)
t(set_other)
t(lambda: a.foo)

# operators
b = A('h', [1])
def iadd(x):
    global b
    b += x
def imul(x):
    global b
    b *= x
t(lambda: hash(A('i')))
t(lambda: {A('i'): 1})
t(lambda: a + [1])
t(lambda: a + A('d'))
t(lambda: a + 1)
t(lambda: [1] + a)
t(lambda: 1 + a)
t(lambda: a - a)
t(lambda: a * 'x')
t(lambda: 'x' * a)
t(lambda: a * 2.0)
t(lambda: a * a)
t(lambda: a * (1 << 70))
t(lambda: a * (1 << 62))
t(lambda: a < [1])
t(lambda: a >= 1)
t(lambda: A('u', 'ab') < A('i', [97, 98]))
t(lambda: A('u', 'ab') == A('i', [97, 98]))
t(lambda: iadd([1]))
t(lambda: iadd(A('i')))
t(lambda: imul('x'))
t(lambda: imul(2.0))
t(lambda: imul(1 << 62))
t(lambda: -a)
t(lambda: abs(a))
print(b)

# a 'u' array with a code point no str can hold
u = A('u', 'a')
u.byteswap()
t(lambda: u[0])
t(lambda: repr(u))
t(lambda: u.tounicode())
t(lambda: u.tolist())
t(lambda: 'a' in u)
t(lambda: u.tobytes())
t(lambda: u == A('u', 'a'))
t(lambda: u > A('u', 'a'))
t(lambda: len(u))

# a right operand with reflected methods gets its turn
class R:
    def __radd__(self, o):
        return 'radd'
    def __rmul__(self, o):
        return 'rmul'
    def __iter__(self):
        return iter([5])
a = A('i', [1])
print(a + R(), a * R())
b = a
b += R()
print(b)
b = a
b *= R()
print(b)
a.extend(R())
print(a)
