import counter_mod as _cm
visible = 1
_hidden = 2


def func():
    return "func"


class Klass:
    pass
