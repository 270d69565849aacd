"""the module's docstring"""
import sys


def f():
    "f's docstring"
    return 1


class C:
    """C's docstring"""


def side_effect():
    print("the assert's test ran")
    return True


assert side_effect(), "message"
print("module doc:", __doc__)
print("f doc:", f.__doc__, "C doc:", C.__doc__)
print("__debug__:", __debug__, "optimize:", sys.flags.optimize)
if __debug__:
    print("in an if __debug__ block")
try:
    assert False, "failed assert"
except AssertionError as e:
    print("AssertionError:", e)
import builtins
print("builtins.__debug__:", builtins.__debug__)
# compile() at another level than the interpreter's
for level in (-1, 0, 1, 2):
    ns = {}
    exec(compile('def g():\n    "doc"\n    assert False\ng_doc = g.__doc__\nd = __debug__\n', "<x>", "exec",
                 optimize=level), ns)
    try:
        ns["g"]()
        raised = False
    except AssertionError:
        raised = True
    print("compile optimize", level, "doc:", ns["g_doc"], "assert raised:", raised, "__debug__:", ns["d"])
try:
    compile("1", "<x>", "exec", optimize=3)
except ValueError as e:
    print("ValueError:", e)
