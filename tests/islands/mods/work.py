# Module-level functions the island tests run in other interpreters: each
# new interpreter imports this module itself to find them.
import subinterpreters as si

counter = 0


def add(a, b=0, *args, c=0, **kwargs):
    return a + b + sum(args) + c + sum(kwargs.values())


def describe(*args, **kwargs):
    return (args, sorted(kwargs.items()))


def where():
    return (si.get_current().id, si.get_current().name, __name__)


def bump():
    # module state lives in each interpreter's own copy of this module
    global counter
    counter += 1
    return counter


def fail(kind, text):
    if kind == "value":
        raise ValueError(text)
    if kind == "key":
        raise KeyError(text)
    if kind == "custom":
        raise CustomError(text)
    return nested_fail(text)


def nested_fail(text):
    return 1 / len(text[:0])


class CustomError(Exception):
    pass


def echo(x):
    return x


def recv_one(ch):
    return ch.recv()


def send_all(ch, items, close=False):
    for x in items:
        ch.send(x)
    if close:
        ch.close()
    return len(items)


def drain(ch):
    return [x for x in ch]


def mutate_and_return(lst):
    lst.append("added there")
    return lst


def make_unshareable():
    return CustomError("an instance")


def expect_error(op):
    try:
        op()
    except Exception as e:
        return type(e).__name__
    return "no error"
