# The order things happen when a class is made: body statements, __set_name__, __init_subclass__, class decorators
def trace(msg):
    print(msg)
    return msg


class Field:
    def __init__(self, label):
        self.label = label
        trace(f"Field({label}) created")

    def __set_name__(self, owner, name):
        trace(f"__set_name__ {owner.__name__}.{name} ({self.label})")


class Base:
    def __init_subclass__(cls, **kw):
        trace(f"__init_subclass__ {cls.__name__} {kw}")
        super().__init_subclass__()


def decorate(tag):
    trace(f"decorator factory {tag}")

    def deco(cls):
        trace(f"decorating {cls.__name__} with {tag}")
        return cls
    return deco


@decorate("outer")
@decorate("inner")
class Model(Base, flag=trace("keyword evaluated")):
    trace("body start")
    a = Field("a")
    b = Field("b")

    def method(self):
        pass

    trace("body end")


print(list(k for k in Model.__dict__ if not k.startswith("__")))
