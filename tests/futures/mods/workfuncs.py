# workfuncs.py - functions that tests submit from an importable module (found
# in a worker interpreter by import, not by running the main script again).
import subinterpreters as si

counter = 0


def where(_=None):
    return si.get_current().id


def bump():
    global counter
    counter += 1
    return counter


class Unshareable:
    pass


def make_unshareable():
    return Unshareable()
