# concurrent.interpreters (PEP 734): interpreters, exec/call/call_in_thread,
# prepare_main, ExecutionFailed and its excinfo, close, errors. Written as a
# CPython 3.14 user would (no __main__ guard needed for call()).
import sys
sys.path.append(sys.path[0] + "/mods")
from concurrent import interpreters
from concurrent.interpreters import (ExecutionFailed, InterpreterError, InterpreterNotFoundError,
                                     NotShareableError)
import workfuncs

main = interpreters.get_main()
print(main, main.id, main.whence, main.is_running())
print(interpreters.get_current() is main, interpreters.Interpreter(0) is main)
interp = interpreters.create()
print(interp, interp.whence, interp.is_running(), interp.id > 0)
print(interpreters.Interpreter(interp.id) is interp, hash(interp) == hash(interp.id))
print([i.id for i in interpreters.list_all()][-1] == interp.id, main in interpreters.list_all())
print(interpreters.is_shareable((1, 'a', b'b', 2.0, None)), interpreters.is_shareable([1]),
      interpreters.is_shareable(object()))
print(issubclass(ExecutionFailed, InterpreterError), issubclass(InterpreterNotFoundError, InterpreterError))

# exec: runs in its __main__, keeps its state
interp.exec('x = 6 * 7')
interp.exec('print("x is", x, __name__)')
interp.prepare_main({'a': 1}, b=[2, 3], c={'k': (4,)})
interp.exec('print(a, b, c)')
interp.prepare_main(d='dee')
interp.exec('print(d)')

# ExecutionFailed, with CPython's excinfo
try:
    interp.exec('raise KeyError("missing")')
except ExecutionFailed as e:
    info = e.excinfo
    print(type(e).__name__, '|', e.args[0])
    print(info.type.__name__, info.type.__qualname__, info.type.__module__, '|', info.msg, '|', info.formatted)
    print(str(e).splitlines()[:3])
    print(info.errdisplay.splitlines()[0], '...', info.errdisplay.splitlines()[-1])
try:
    interp.exec('class Mine(Exception): pass\nraise Mine("own")')
except ExecutionFailed as e:
    print(e.excinfo.formatted, '|', e.excinfo.type.__module__)
try:
    interp.exec('1/0')
except ExecutionFailed as e:
    print(e.excinfo.formatted)

# call: a function of this script (remade there, its globals that __main__),
# or of an importable module (imported there)
def double(x, *, times=2):
    return x * times

def uses_main_global():
    return x + 1

def raises(text):
    raise ValueError(text)

print(interp.call(double, 21), interp.call(double, 'ab', times=3), interp.call(uses_main_global))
print(interp.call(workfuncs.where) == interp.id, interp.call(workfuncs.bump), interp.call(workfuncs.bump),
      workfuncs.counter)
print(main.call(double, 5), main.call(workfuncs.where) == 0)
try:
    interp.call(raises, 'bad')
except ExecutionFailed as e:
    print(e.excinfo.formatted, '|', e.excinfo.errdisplay.splitlines()[-1])
try:
    interp.call(double, [object()])
except NotShareableError as e:
    print('NotShareableError', e)
try:
    interp.call(workfuncs.make_unshareable)
except ExecutionFailed as e:
    print(e.excinfo.formatted)
print(interp.call(lambda: 'a lambda, remade there too'))
def closure():
    y = 1
    def inner():
        return y
    return inner
try:
    interp.call(closure())
except InterpreterError as e:
    print('InterpreterError', e)

# call_in_thread: a task with join() and is_alive()
t = interp.call_in_thread(double, 4)
t.join()
print(t.is_alive(), t.result())

# close
other = interpreters.create()
other.close()
for op in (other.is_running, lambda: other.exec('pass'), lambda: other.call(double, 1), other.close,
           lambda: other.prepare_main(a=1)):
    try:
        op()
    except InterpreterNotFoundError as e:
        print('InterpreterNotFoundError', e == e, str(e).startswith('unrecognized interpreter ID'))
try:
    interpreters.Interpreter(10**6)
except InterpreterNotFoundError as e:
    print('InterpreterNotFoundError', e)
try:
    interpreters.Interpreter('1')
except TypeError as e:
    print('TypeError', e)
try:
    interpreters.get_current().close()
except InterpreterError as e:
    print('InterpreterError', e)
interp.close()
print(interp in interpreters.list_all())
