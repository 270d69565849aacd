# contextvars: each task has its own context, as each thread has in CPython.
# A task of the same island starts with an empty context (the default
# shows), its own set() is not seen by the main task, and a Context run by
# one task keeps its values for the next.
import contextvars
import subinterpreters as si

request = contextvars.ContextVar("request", default="none")


def handler(name):
    before = request.get()
    request.set(name)
    return before, request.get()


if __name__ == "__main__":
    request.set("main's")
    here = si.get_current()
    tasks = [here.run(handler, "task %d" % i) for i in range(3)]
    print([t.result() for t in tasks])
    print("main still sees:", request.get())
    ctx = contextvars.copy_context()
    print(here.run(ctx.run, handler, "in a copied context").result())
    print("the copy keeps it:", ctx[request], "| main:", request.get())
