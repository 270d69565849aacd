# A failing __set_name__ is re-raised as CPython 3.11's RuntimeError, from the original error
class D:
    def __set_name__(self, owner, name):
        raise ValueError('boom ' + name)
try:
    class E:
        x = D()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
class Ok:
    def __set_name__(self, owner, name):
        self.where = owner.__name__ + '.' + name
class F:
    y = Ok()
print(F.y.where)
class G:
    z = D()
