# Tracebacks through a class body, exec'd code, a sort key, yield from and a property setter, each caught and printed
import sys


def show(exc):
    tb = exc.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_lineno)
        tb = tb.tb_next
    print(type(exc).__name__, exc, frames)


try:
    class Broken:
        x = 1
        y = x / 0
except ZeroDivisionError as e:
    show(e)
try:
    exec("a = 1\nb = a + undefined\n")
except NameError as e:
    show(e)
try:
    sorted([3, "a", 1], key=lambda v: v + 0)
except TypeError as e:
    show(e)


def inner():
    yield 1
    raise KeyError("from inner")


def outer():
    yield from inner()


try:
    list(outer())
except KeyError as e:
    show(e)


class Account:
    @property
    def balance(self):
        return self._b

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._b = v


acct = Account()
try:
    acct.balance = -5
except ValueError as e:
    show(e)
try:
    acct.balance
except AttributeError as e:
    show(e)
print(sys.exc_info()[0])
