print("loading", __name__, "package", __package__)
PI = 3.14159


def square_of(x):
    return x * x


def parent_version():
    from .. import VERSION
    return VERSION


def beyond():
    from ... import nothing
    return nothing
