# The module's functions: create, list_all, get_current, get_main,
# is_shareable, current_task, and what they give inside other interpreters.
import sys
sys.path.append(sys.path[0] + "/mods")
import subinterpreters as si
import work

main = si.get_main()
print(main, main.id, main.name)
print(si.get_current() is main, si.get_current() == main)
print(si.list_all())
print(type(main).__name__, type(main) is si.Subinterpreter)

a = si.create()
b = si.create("worker")
c = si.create(name="named")
d = si.create(None)
print(a, a.id, a.name)
print(b, b.id, b.name)
print(c.name, d.name, d)
print([i.id for i in si.list_all()])
print(a == a, a != b, a == si.list_all()[1], hash(a) == hash(si.list_all()[1]))
print(len({a, b, si.list_all()[1]}))

# inside another interpreter
print(a.call(work.where))
print(b.call(work.where))
a.exec("import subinterpreters as si; print('current', si.get_current().id, 'main', si.get_main().id)")
a.exec("print([i.id for i in si.list_all()])")

# interpreter handles cross islands as they are
print(a.call(work.echo, b) is b, a.call(work.echo, main) is main)

for bad in (1, b"x", ["x"]):
    try:
        si.create(bad)
    except TypeError as e:
        print("TypeError:", e)
for f, args in ((si.list_all, (1,)), (si.get_current, (1,)), (si.get_main, (1,)), (si.is_shareable, ()),
                (si.is_shareable, (1, 2)), (si.current_task, (1,))):
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)

# current_task
t = si.current_task()
print(t, t.name, t.id, t.interp is main, t.is_alive(), type(t) is si.Task)
print(a.call(work.echo, t) is t)

for i in (a, b, c, d):
    i.destroy()
print(si.list_all())
print(sorted(n for n in dir(si) if not n.startswith("_")))
