# inspect predicates over many kinds of object, getmembers of a small class
# hierarchy, getmro, getdoc/cleandoc (with docstrings inherited along the
# MRO), getmodule, unwrap and co_flags.
import abc
import functools
import inspect
import sys
import types


def func(a):
    """Function doc."""
    return a


def gen():
    yield 1


class Base:
    """Base doc.

        Indented more.
    Back.
    """
    base_attr = 1

    def shared(self):
        """Shared doc from Base."""

    def only_base(self):
        pass

    @property
    def prop(self):
        """Property doc."""
        return 3

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


class Derived(Base):
    derived_attr = 'd'

    def shared(self):
        pass

    @property
    def prop(self):
        return 4


class Abstract(abc.ABC):
    @abc.abstractmethod
    def need(self):
        pass


class Concrete(Abstract):
    def need(self):
        return 1


samples = [
    ('module', sys), ('class', Base), ('function', func), ('lambda', lambda: 0),
    ('method', Base().shared), ('classmethod bound', Base.cm), ('generator function', gen),
    ('generator', gen()), ('builtin', len), ('builtin method', [].append),
    ('method descriptor', str.join), ('property', Base.__dict__['prop']),
    ('getset', types.FunctionType.__dict__['__code__']), ('code', func.__code__),
    ('int', 3), ('partial', functools.partial(func, 1)), ('partial gen', functools.partial(gen)),
    ('staticmethod obj', Base.__dict__['sm']), ('classmethod obj', Base.__dict__['cm']),
]
predicates = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
              'isgenerator', 'iscoroutinefunction', 'isbuiltin', 'isroutine', 'isabstract',
              'ismethoddescriptor', 'isdatadescriptor', 'isgetsetdescriptor', 'istraceback',
              'isframe', 'iscode', 'iscoroutine', 'isawaitable', 'isasyncgenfunction']
for label, obj in samples:
    hits = [name for name in predicates if getattr(inspect, name)(obj)]
    print('%-20s %s' % (label, ' '.join(hits)))

try:
    raise KeyError('k')
except KeyError as exc:
    print('traceback', inspect.istraceback(exc.__traceback__), inspect.istraceback(exc))
print('abstract', inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(3))

# co_flags as CPython numbers them
def outer():
    def inner(*a, **k):
        yield
    return inner


print('flags', func.__code__.co_flags, gen.__code__.co_flags, outer.__code__.co_flags,
      outer().__code__.co_flags, (lambda *a: 0).__code__.co_flags)

# getmembers
def public(pairs):
    return [(name, type(value).__name__) for name, value in pairs if not name.startswith('__')]


print(public(inspect.getmembers(Derived)))
print(public(inspect.getmembers(Derived())))
print([name for name, _ in inspect.getmembers(Derived, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Derived(), inspect.ismethod)])
print([name for name, _ in inspect.getmembers(Derived, inspect.isdatadescriptor)
       if not name.startswith('__')])
names = [name for name, _ in inspect.getmembers(Derived)]
print(names == sorted(names), len(names) == len(set(names)))


class Odd:
    @property
    def broken(self):
        raise AttributeError('nope')

    fine = 2


print([name for name, _ in inspect.getmembers(Odd()) if not name.startswith('__')])
print([name for name, v in inspect.getmembers(Odd) if not name.startswith('__')])
print([name for name, v in inspect.getmembers(types.SimpleNamespace(b=1, a=2)) if not name.startswith('_')])
print([m.__name__ for m in inspect.getmro(Derived)])

# getdoc / cleandoc
print(repr(inspect.getdoc(Base)))
print(repr(inspect.getdoc(Derived)))
print(repr(inspect.getdoc(Derived.shared)), repr(inspect.getdoc(Derived().shared)))
print(repr(inspect.getdoc(Derived.only_base)))
print(repr(inspect.getdoc(Derived.__dict__['prop'])))
print(repr(inspect.getdoc(func)), repr(inspect.getdoc(gen)), repr(inspect.getdoc(Base().shared)))


class Plain:
    pass


print(repr(inspect.getdoc(Plain)), repr(inspect.getdoc(Plain())))
for text in ('  one\n    two\n      three\n    ', '\n\n   a\n\tb\n\n', 'x', '', '   \n  y\n   z   \n\n',
             'first\n  \n    second'):
    print(repr(inspect.cleandoc(text)))

# getmodule, unwrap
print(inspect.getmodule(func) is sys.modules[__name__], inspect.getmodule(sys) is sys)
print(inspect.getmodule(functools.reduce).__name__ in ('functools', '_functools'))
print(inspect.getmodule(3) is None or inspect.getmodule(3).__name__, inspect.getmodule(len).__name__)


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
@deco
def twice():
    pass


print(inspect.unwrap(twice) is twice.__wrapped__.__wrapped__)
print(inspect.unwrap(twice, stop=lambda f: f.__wrapped__ is twice.__wrapped__.__wrapped__) is twice.__wrapped__)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as exc:
    print('ValueError', str(exc).split(' at ')[0])
print(inspect.unwrap(len) is len)


class Documented:
    def method(self):
        "bound methods show their function's docstring"


print(Documented().method.__doc__)
