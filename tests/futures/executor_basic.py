# SubinterpreterExecutor / InterpreterPoolExecutor: submit, map (with and
# without chunks), results in order, the interpreters used, built-in and
# user exceptions coming back, what cannot cross, shutdown.
import sys
sys.path.append(sys.path[0] + "/mods")
import math
import subinterpreters as si
import concurrent.futures as cf
from concurrent.futures import SubinterpreterExecutor, InterpreterPoolExecutor, BrokenInterpreterPool
import workfuncs


def square(x):
    return x * x


def add(a, b=0, *rest, scale=1, **kw):
    return (a + b + sum(rest) + sum(kw.values())) * scale


def fail(kind, text):
    if kind == 'value':
        raise ValueError(text)
    if kind == 'key':
        raise KeyError(text)
    if kind == 'zero':
        return 1 / 0
    if kind == 'os':
        raise OSError(2, text)
    if kind == 'exit':
        raise SystemExit(3)
    raise Custom(text)


class Custom(Exception):
    pass


def echo(x):
    return x


if __name__ == "__main__":
    print(InterpreterPoolExecutor is SubinterpreterExecutor.__mro__[1],
          issubclass(BrokenInterpreterPool, cf.BrokenThreadPool),
          issubclass(BrokenInterpreterPool, cf.BrokenExecutor))
    ex = SubinterpreterExecutor(2)
    print(ex._max_workers == 2, SubinterpreterExecutor()._max_workers == si.workers())
    f = ex.submit(square, 12)
    print(f.result(), f.done(), f.running(), f.cancelled())
    print(ex.submit(add, 1, 2, 3, 4, scale=10, x=100).result())
    print(ex.submit(add, a=5).result(), ex.submit(pow, 2, 10).result(), ex.submit(math.sqrt, 2.25).result())
    print(list(ex.map(square, range(12))))
    print(list(ex.map(add, range(5), range(5, 10))))
    print(list(ex.map(square, range(10), chunksize=3)))
    print(list(ex.map(square, [], chunksize=4)), list(ex.map(square, [])))
    ran_in = set(ex.map(workfuncs.where, range(40)))
    print(ran_in <= set(i.id for i in ex._interps), 0 in ran_in, len(ex._interps))
    # the main script ran again in the workers as __mp_main__: its functions
    # and classes are theirs
    print(ex.submit(echo, (1, 'two', 3.0, None, b'x')).result())
    print(ex.submit(echo, [1, {'a': {2, 3}}]).result())

    # exceptions: built-in types come back as themselves, with the remote
    # traceback as their cause; others as TaskFailed
    for kind in ('value', 'key', 'zero', 'os', 'exit'):
        try:
            ex.submit(fail, kind, 'text').result()
        except BaseException as e:
            print(type(e).__name__, repr(e), '|', str(e), '|', type(e.__cause__).__name__)
    e = ex.submit(fail, 'os', 'gone').exception()
    print(e.errno, e.strerror, e.args)
    e = ex.submit(fail, 'custom', 'mine').exception()
    print(type(e).__name__, '|', e, '|', e.type_name, e.message, e.type_module, e.type_qualname, e.exc_args)
    print(e.traceback.splitlines()[0], '...', e.traceback.splitlines()[-1])
    print(str(e.__cause__).splitlines()[1], '...', str(e.__cause__).splitlines()[-2:])
    try:
        list(ex.map(fail, ['value'] * 3, ['in map'] * 3))
    except ValueError as e:
        print('map raised', repr(e))
    it = ex.map(fail, ['key', 'value'], ['first', 'second'], chunksize=2)
    try:
        next(it)
    except KeyError as e:
        print('chunk raised', repr(e))

    # what cannot cross
    try:
        ex.submit(echo, workfuncs.Unshareable())
    except si.NotShareableError as e:
        print('NotShareableError:', e)
    try:
        ex.submit(echo, x=[object()])
    except si.NotShareableError as e:
        print('NotShareableError:', e)
    e = ex.submit(workfuncs.make_unshareable).exception()
    print(type(e).__name__, e)
    for bad in (lambda: 1, "x".upper, ex.submit, Custom):
        try:
            ex.submit(bad)
        except (si.InterpreterError, TypeError) as e:
            print(type(e).__name__, e)

    # source text runs in the worker's __main__
    print(ex.submit('x = 1').result())
    try:
        ex.submit('x = 1', 2)
    except ValueError as e:
        print('ValueError', e)

    # shutdown: no new work; calling it again is fine; the interpreters go
    n = len(si.list_all())
    ex.shutdown()
    ex.shutdown()
    print(len(si.list_all()) == n - 2)
    for call in (lambda: ex.submit(square, 1), lambda: ex.map(square, [1])):
        try:
            call()
        except RuntimeError as e:
            print('RuntimeError', e)
    with InterpreterPoolExecutor(max_workers=1) as ex:
        fs = [ex.submit(workfuncs.bump) for _ in range(5)]
    print([f.result() for f in fs], workfuncs.counter)
    for bad in (0, -1):
        try:
            SubinterpreterExecutor(bad)
        except ValueError as e:
            print('ValueError', e)
    try:
        SubinterpreterExecutor(2).map(square, [1], chunksize=0)
    except ValueError as e:
        print('ValueError', e)
