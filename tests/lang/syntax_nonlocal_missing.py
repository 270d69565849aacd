# nonlocal for a name that no enclosing function binds.
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
