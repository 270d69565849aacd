# The "Basic usage" example of CPython 3.14's documentation of
# concurrent.interpreters, as a user would paste it (no __main__ guard: the
# functions of the script are remade in the interpreter from their code; the
# script does not run again there).
from concurrent import interpreters

interp = interpreters.create()

# Run in the current OS thread.

interp.exec('print("spam!")')

interp.exec("""if True:
    print('spam!')
    """)

from textwrap import dedent
interp.exec(dedent("""
    print('spam!')
    """))

def run(arg):
    return arg

res = interp.call(run, 'spam!')
print(res)

def run():
    print('spam!')

interp.call(run)

# Run in new OS thread.

t = interp.call_in_thread(run)
t.join()
