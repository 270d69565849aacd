# classmethod and staticmethod look like the function they wrap (CPython 3.10+)
class C:
    @classmethod
    def f(cls):
        'doc of f'
    @staticmethod
    def g(x: int) -> str:
        'doc of g'
        return str(x)
for name in ('f', 'g'):
    d = C.__dict__[name]
    print(type(d).__name__, d.__name__, d.__qualname__, d.__doc__, d.__module__, d.__annotations__,
          d.__wrapped__ is d.__func__)
print(C.g(5), C.f())
sm = staticmethod(len)
print(sm.__name__, sm.__doc__ == len.__doc__, sm.__wrapped__ is len)
cm = classmethod(print)
print(cm.__name__, cm.__wrapped__ is print)
d = C.__dict__['g']
d.extra = 1
print(d.extra, sorted(k for k in vars(d)))
