# Differential test: random format strings through str.format,
# format_map and the % operator of str and bytes (fixed pseudo-random stream).
import sys
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
state = [seed]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return (state[0] >> 4) % n
PIECES = ['{', '}', '{}', '{0}', '{1}', '{a}', '[', ']', '!', ':', '.', 'r', 's', 'a', 'x', '0', '1', '>', '5',
          '{:', '}}', '{{', '!r', ':>', '[0]', '.real', 'é', ' ', '{0[1]}', '{a.b}', '{!s:^6}']
class A:
    b = 'AB'
    def __repr__(self):
        return 'A()'
for i in range(1500):
    f = ''.join(PIECES[rnd(len(PIECES))] for _ in range(rnd(6)))
    try:
        r = f.format('p0', [10, 11], a=A())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    try:
        r2 = f.format_map({'a': 'm', 'x': 1})
    except Exception as e:
        r2 = type(e).__name__ + ': ' + str(e)
    print(repr(f), repr(r), repr(r2))
P = ['%', '-', '+', ' ', '#', '0', '5', '.', '2', '*', 's', 'd', 'x', 'X', 'o', 'f', 'e', 'g', 'G', 'c', 'r', 'a', 'i', '(a)', '%%', 'é', 'z', 'b']
ARGS = [(), (1,), (2.5,), ('é',), (1, 2), (3, -4.25), ('ab', 7, 1.5), {'a': 65}, 7, 'x', [1], (-12345, 'q', 3.0, 2), (True, None)]
for i in range(1500):
    f = ''.join(P[rnd(len(P))] for _ in range(rnd(5)))
    a = ARGS[rnd(len(ARGS))]
    try:
        r = f % a
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    fb = f.encode()
    ab = tuple(x.encode() if isinstance(x, str) else x for x in a) if isinstance(a, tuple) else a
    try:
        r2 = fb % ab
    except Exception as e:
        r2 = type(e).__name__ + ': ' + str(e)
    print(repr(f), repr(a), repr(r), repr(r2))
