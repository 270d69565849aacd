# inspect.getsource and friends on functions, methods, classes and lambdas
# of this file: decorators, multi-line headers, docstrings with text at the
# left margin, nested definitions, one-liners, trailing comments.
import functools
import inspect
import os


def simple(a, b):
    # a comment inside
    total = a + b

    return total


def one_liner(x): return x * 2


@functools.lru_cache(maxsize=None)
def cached(n):
    return n


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper


@deco
def wrapped(
    first,
    second=(1,
            2),
):
    """Doc with
a line at the margin
    """
    if first:
        return second
    return None
# a comment after, at the margin


class Shape:
    """A class."""

    sides = 0

    def area(self):
        return 0

    class Inner:
        def deep(self):
            return [1,
    2]

    @staticmethod
    def static():
        pass


@functools.total_ordering
class Decorated:
    def __lt__(self, other):
        return True

    def __eq__(self, other):
        return False


def outer():
    def nested(q):
        return q
    return nested


square = lambda v: v * v


def show(obj):
    try:
        lines, start = inspect.getsourcelines(obj)
    except (OSError, TypeError) as exc:
        print(type(exc).__name__ + ':', exc)
        return
    print('--- line', start, len(lines), 'lines')
    print(''.join(lines), end='')


for obj in (simple, one_liner, cached, wrapped, Shape, Shape.area, Shape().area, Shape.Inner,
            Shape.Inner.deep, Shape.static, Decorated, outer(), square, len, 3):
    show(obj)

print(inspect.getsource(simple) == ''.join(inspect.getsourcelines(simple)[0]))
print(os.path.basename(inspect.getfile(simple)), os.path.basename(inspect.getsourcefile(Shape)))
print(os.path.basename(inspect.getfile(simple.__code__)), os.path.basename(inspect.getabsfile(Shape().area)))
lines, index = inspect.findsource(Shape.area)
print(index, lines[index].strip())
print(inspect.getsourcelines(inspect.getmodule(simple))[1])
for bad in (len, int, 3):
    try:
        inspect.getfile(bad)
    except TypeError as exc:
        print('TypeError:', exc)
print(inspect.getblock(['def f():\n', '    return 1\n', 'x = 2\n']))
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'))
space = {}
exec('def made(): pass\nclass Made: pass\n', space)
show(space['made'])
try:
    inspect.getsource(space['made'])
except OSError as exc:
    print('OSError:', exc)
print(inspect.getsourcefile(space['made']))
