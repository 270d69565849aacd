# A task that raises: TaskFailed with the original type name, message and
# formatted traceback, in result(), call() and exec(); join() does not
# raise; a failure in the same interpreter keeps the original as __cause__.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work


def in_script():
    raise OSError(2, "no such thing")


def show(e):
    print(type(e).__name__, "|", e, "|", e.type_name, "|", e.message)
    print(e.traceback, end="")
    print("isinstance:", isinstance(e, si.TaskFailed), isinstance(e, si.InterpreterError),
          isinstance(e, Exception), "cause:", type(e.__cause__).__name__)


if __name__ == "__main__":
    a = si.create()
    for kind, text in (("value", "bad value"), ("key", "k"), ("custom", "mine"), ("zero", "x")):
        t = a.run(work.fail, kind, text)
        print(t.join(), t.is_alive())
        try:
            t.result()
        except si.TaskFailed as e:
            show(e)
        # every result() raises again
        try:
            t.result(timeout=1)
        except si.TaskFailed as e:
            print("again:", e)
    try:
        a.call(in_script)
    except si.TaskFailed as e:
        show(e)
    try:
        a.exec("x = 1\ndef g():\n    raise RuntimeError('from source')\ng()\n")
    except si.TaskFailed as e:
        show(e)
    try:
        a.exec("raise SystemExit(3)")
    except si.TaskFailed as e:
        show(e)
    try:
        a.exec("import no_such_module_here")
    except si.TaskFailed as e:
        show(e)
    # an unshareable result is a failure of the task
    try:
        a.call(work.make_unshareable)
    except si.TaskFailed as e:
        print(e.type_name, "|", e.message)
    # the same interpreter: the original exception is the cause
    me = si.get_current()
    t = me.run(work.fail, "value", "here")
    try:
        t.result()
    except si.TaskFailed as e:
        show(e)
        print(e.__cause__ is e.__cause__, repr(e.__cause__), e.__suppress_context__)
    # TaskFailed can be caught as InterpreterError
    try:
        a.call(work.fail, "key", "caught")
    except si.InterpreterError as e:
        print("caught as", type(e).__name__, e.type_name)
    a.destroy()
