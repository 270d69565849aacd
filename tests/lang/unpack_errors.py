# Unpacking errors and their messages.

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

def too_few():
    a, b, c = [1, 2]
def too_many():
    a, b = [1, 2, 3]
def too_many_str():
    a, b = "abc"
def zero_of_one():
    a, = []
def non_iterable():
    a, b = 5
def non_iterable_none():
    a, b = None
def non_iterable_float():
    a, *b = 1.5
def star_too_few():
    a, b, *c, d = [1, 2]
def star_too_few2():
    *a, b, c = (1,)
def nested_too_few():
    a, (b, c) = 1, (2,)
def nested_non_iterable():
    a, (b, c) = 1, 2
def gen_too_many():
    def g():
        yield 1
        yield 2
        yield 3
    a, b = g()
def for_too_many():
    for a, b in [(1, 2), (1, 2, 3)]:
        pass
def dict_too_many():
    a, b = {1: 1, 2: 2, 3: 3}
def big_too_many():
    a, b = range(1000)
def partial_assignment():
    global ga, gb
    ga = gb = "old"
    try:
        ga, gb = [1]
    finally:
        print("partial:", ga, gb)

for f in (too_few, too_many, too_many_str, zero_of_one, non_iterable, non_iterable_none,
          non_iterable_float, star_too_few, star_too_few2, nested_too_few,
          nested_non_iterable, gen_too_many, for_too_many, dict_too_many, big_too_many,
          partial_assignment):
    attempt(f.__name__, f)

# an iterator that fails part way through
class Boom:
    def __iter__(self):
        return self
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 1:
            raise KeyError("boom")
        return self.n
def boom():
    a, b = Boom()
attempt("boom", boom)
