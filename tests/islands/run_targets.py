# Subinterpreter.run/exec/call with every kind of target: a function of an
# imported module, a function of the main script (run again there as
# __mp_main__), source strings, arguments and keyword arguments; and in the
# current interpreter, any callable with nothing crossing.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work

print("top level runs as", __name__)


def in_script(x, *, scale=1):
    return (__name__, x * scale)


def script_state():
    return sorted(k for k in globals() if not k.startswith("__"))


class Holder:
    @staticmethod
    def static(x):
        return x + 1


if __name__ == "__main__":
    a = si.create("a")
    # a module function, with positional, default, *args, keyword-only, **kwargs
    print(a.run(work.add, 1).result())
    print(a.run(work.add, 1, 2, 3, 4, c=10, d=100).result())
    print(a.run(work.describe).result())
    print(a.run(work.describe, 1, "two", (3,), x=[4], y={"five": 5}).result())
    print(a.call(work.add, 5, b=6))
    # module state is the interpreter's own
    print(a.call(work.bump), a.call(work.bump), work.bump(), a.call(work.bump))
    # a function of the main script: the script runs again there as __mp_main__
    print(a.call(in_script, 21, scale=2))
    print(a.call(script_state))
    print(a.call(Holder.static, 1))
    # source strings run in the interpreter's __main__, which keeps its globals
    t = a.run("x = 6 * 7\nprint('source sees', __name__, x)")
    print(t.result())
    a.exec("print('x is still', x)")
    print(a.exec("y = x + 1"))
    a.exec("import sys\nprint(type(sys.modules['__main__']).__name__, sorted(k for k in globals() if not k.startswith('__')))")
    a.exec("def f():\n    return 'defined there'\nprint(f())")
    # the same function in a fresh interpreter starts from scratch
    b = si.create()
    print(b.call(work.bump))
    b.exec("print('x' in globals())")
    # in the current interpreter nothing crosses: closures, lambdas, bound
    # methods, builtins and unshareable arguments are fine, identity is kept
    me = si.get_current()
    obj = [1, 2]
    k = 10
    print(me.run(lambda v: v is obj, obj).result())
    print(me.run(lambda: k * 2).result())
    print(me.run(obj.copy).result())
    print(me.run(len, "four").result())
    print(me.call(work.mutate_and_return, obj) is obj, obj)
    print(me.run(Holder).result().__class__.__name__)
    me.exec("print('exec here sees', __name__, 'k' in globals())")
    # a copy crosses: changes there are not seen here
    lst = [1]
    got = a.call(work.mutate_and_return, lst)
    print(lst, got, got is lst)
    # bad calls
    for args in ((), ):
        try:
            a.run(*args)
        except TypeError as e:
            print("TypeError:", e)
    try:
        a.call()
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.exec()
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.exec(work.add)
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.exec("x", "y")
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.call("x = 1")
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.exec("def broken(:\n")
    except si.TaskFailed as e:
        print("TaskFailed:", e.type_name)
    a.destroy()
    b.destroy()
