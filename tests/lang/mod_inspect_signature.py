# inspect.signature, Parameter, BoundArguments: str() forms, kinds, binding
# and its errors, wrapped functions, methods, classes, partials.
import functools
import inspect
from inspect import Parameter, Signature


def show(obj):
    try:
        print(inspect.signature(obj))
    except (ValueError, TypeError) as exc:
        text = str(exc)
        print(type(exc).__name__ + ':', text if ' at 0x' not in text else text.split()[0] + ' ...')


def plain(a, b=1, *c, d, e=2, **g):
    pass


def posonly(a, b, /, c, *, d=4):
    pass


def only_pos(a, /):
    pass


def kwonly(*, x, y=None):
    pass


def noted(a: int, b: str = 'x', *args: float, c: 'list[int]' = None, **kw: dict) -> str:
    pass


def generic(a: list[int], b: dict[str, int] = {}) -> tuple[int, ...]:
    pass


class Local:
    pass


def classy(a: Local, b: Exception) -> None:
    pass


for f in (plain, posonly, only_pos, kwonly, noted, generic, classy, lambda: 0, lambda x, *y: 0):
    show(f)

sig = inspect.signature(plain)
print(repr(sig))
print(list(sig.parameters))
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.kind.description, int(p.kind), p.default is Parameter.empty,
          p.annotation is p.empty)
print(repr(Parameter.POSITIONAL_ONLY), str(Parameter.VAR_KEYWORD))
print(sig.return_annotation is Signature.empty, Signature.empty is Parameter.empty)
print(repr(inspect.signature(noted).return_annotation), repr(inspect.signature(noted).parameters['c']))
print(inspect.Parameter.empty)

# decorators
def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@deco
def decorated(x, y=3):
    "doc"


def bare_deco(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@bare_deco
def undecorated(x, y=3):
    pass


show(decorated)
print(inspect.signature(decorated, follow_wrapped=False))
show(undecorated)
print(inspect.unwrap(decorated) is decorated.__wrapped__, decorated.__name__)


def custom():
    pass


custom.__signature__ = Signature([Parameter('q', Parameter.KEYWORD_ONLY, default=7)])
show(custom)
custom.__signature__ = 'nope'
show(custom)


# methods
class Thing:
    def __init__(self, size, *, colour='red'):
        self.size = size

    def method(self, a, b=2):
        pass

    @classmethod
    def make(cls, n):
        pass

    @staticmethod
    def helper(p, q=0):
        pass

    def __call__(self, z):
        pass


show(Thing)
show(Thing.method)
show(Thing(1).method)
show(Thing.make)
show(Thing.helper)
show(Thing(1).helper)
show(Thing(1))
show(Thing.__dict__['make'].__func__)


class WithNew:
    def __new__(cls, a, b):
        return super().__new__(cls)


class Child(WithNew):
    def __init__(self, *args):
        pass


class Empty:
    pass


show(WithNew)
show(Child)
show(Empty)
show(int)
show(min)

# partials
def target(a, b, c=3, *args, d, e=5, **kw):
    pass


for part in (functools.partial(target, 1), functools.partial(target, 1, 2, 3, 4),
             functools.partial(target, b=2), functools.partial(target, 1, c=9),
             functools.partial(target, d=1), functools.partial(target, x=1)):
    show(part)
show(functools.partial(posonly, 1))
show(functools.partial(posonly, d=0))
show(functools.partial(posonly, a=1))
show(functools.partial(functools.partial(target, 1), 2))
show(42)

# binding
def bind(sig_of, *args, **kwargs):
    try:
        ba = inspect.signature(sig_of).bind(*args, **kwargs)
    except TypeError as exc:
        print('TypeError:', exc)
        return
    print(ba, ba.args, ba.kwargs, dict(ba.arguments))
    ba.apply_defaults()
    print('  defaults:', ba)


bind(plain, 1, d=4)
bind(plain, 1, 2, 3, 4, d=5, z=6)
bind(plain, d=1)
bind(plain, 1, 2, a=3, d=1)
bind(plain, 1, d=2, q=3)
bind(kwonly, 1)
bind(kwonly, y=1)
bind(kwonly, x=1, y=2)
bind(posonly, 1, 2, 3)
bind(posonly, 1, 2, c=3, d=5)
bind(posonly, 1, b=2, c=3)
bind(posonly, 1, 2)
bind(only_pos, 1, 2)
bind(lambda a, /, **kw: 0, 1, a=2)
bind(decorated, 1)
bind(Thing(1).method, 5)

partial_bind = inspect.signature(plain).bind_partial(e=9)
print(partial_bind, partial_bind.args, partial_bind.kwargs)
partial_bind = inspect.signature(plain).bind_partial(1, 2, 3)
print(partial_bind, partial_bind.args, partial_bind.kwargs)
gap = inspect.signature(posonly).bind_partial(c=3)
print(gap.args, gap.kwargs)
ba = inspect.signature(plain).bind(1, d=2)
print(ba == inspect.signature(plain).bind(1, d=2), ba.signature is not None)

# constructing and replacing
p = Parameter('x', Parameter.POSITIONAL_OR_KEYWORD, default=1, annotation=int)
print(p, repr(p.replace(name='y', default=Parameter.empty)), p == p.replace(), hash(p) == hash(p.replace()))
print(p.replace(kind=Parameter.KEYWORD_ONLY, annotation=Parameter.empty))
s2 = Signature([p, Parameter('rest', Parameter.VAR_KEYWORD)], return_annotation=list)
print(s2, s2.replace(return_annotation=Signature.empty), s2 == s2.replace())
print(s2.replace(parameters=[Parameter('k', Parameter.KEYWORD_ONLY)]))
print(inspect.signature(plain) == inspect.signature(lambda a, b=1, *c, d, e=2, **g: 0))
for bad in (lambda: Parameter('1x', Parameter.POSITIONAL_ONLY),
            lambda: Parameter('for', Parameter.POSITIONAL_ONLY),
            lambda: Parameter(3, Parameter.POSITIONAL_ONLY),
            lambda: Parameter('a', 9),
            lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY, default=1), Parameter('b', Parameter.POSITIONAL_ONLY)]),
            lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('a', Parameter.KEYWORD_ONLY)])):
    try:
        bad()
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__ + ':', exc)

spec = inspect.getfullargspec(noted)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
print(inspect.getfullargspec(Thing(1).method).args)
print(inspect.getcallargs(plain, 1, 2, d=3))
print(sorted(inspect.getcallargs(Thing(1).method, 7)))
print(inspect.formatannotation(list[int]), inspect.formatannotation(Local), inspect.formatannotation('x'))
