# User exception hierarchies: multiple bases, args without super().__init__, __str__/__repr__, attributes, raise forms
class AppError(Exception):
    """Base error."""


class NotFoundError(AppError, KeyError):
    pass


class ValidationError(AppError, ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"{self.field}: {self.problem}"


class Quiet(Exception):
    def __init__(self, code):
        super().__init__()
        self.code = code


for exc in [NotFoundError("user 7"), ValidationError("age", "negative"), Quiet(3), AppError(), AppError("a", "b")]:
    try:
        raise exc
    except KeyError as e:
        print("KeyError branch:", repr(e), str(e))
    except ValueError as e:
        print("ValueError branch:", repr(e), str(e), e.args, e.field)
    except AppError as e:
        print("AppError branch:", repr(e), str(e), e.args)
    except Exception as e:
        print("Exception branch:", type(e).__name__, repr(e), e.code, e.args)
print([c.__name__ for c in NotFoundError.__mro__])
print(issubclass(ValidationError, (KeyError, ValueError)), isinstance(NotFoundError(), LookupError))


def raise_class():
    raise NotFoundError


try:
    raise_class()
except AppError as e:
    print(repr(e), e.args, type(e).__doc__)
try:
    raise ValidationError("name", "empty") from None
except ValidationError as e:
    print(e, e.__cause__, e.__suppress_context__)
e = AppError("reusable")
for _ in range(2):
    try:
        raise e
    except AppError as caught:
        print(caught is e, caught)
try:
    try:
        raise Quiet(1)
    except Quiet as q:
        raise AppError("wrapped") from q
except AppError as w:
    print(repr(w.__cause__), w.__cause__.code, w.__context__ is w.__cause__)


class WithArgs(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)


print(repr(WithArgs()), repr(WithArgs(1)), str(WithArgs(1, 2)), WithArgs(1, 2, 3).extra)
print(str(KeyError("k")), str(KeyError("k", "v")), repr(KeyError()), str(IndexError()), repr(StopIteration(1)))
