# exec and eval inside functions: locals snapshots, free variables, globals changes
x = "module x"


def exec_cannot_rebind():
    x = 1
    exec("x = 2")
    return x


def exec_into_dict():
    ns = {}
    exec("y = 40 + 2", globals(), ns)
    return ns["y"]


def eval_sees_locals():
    y = 5
    return eval("y * 2")


def outer():
    z = 1

    def inner():
        try:
            return eval("z")
        except NameError as e:
            return f"NameError: {e}"
    return inner()


def outer_used():
    z = 1

    def inner():
        z
        return eval("z")
    return inner()


def exec_defines_global():
    exec("global created\ncreated = 'made by exec'")


print(exec_cannot_rebind(), exec_into_dict(), eval_sees_locals(), outer(), outer_used())
exec_defines_global()
print(created)
g = {"x": 1}
exec("def f():\n    return x\n", g)
g["x"] = 99
print(g["f"]())
code = compile("a + b", "<calc>", "eval")
print([eval(code, {"a": i, "b": 10}) for i in range(3)])
print(eval("x"), eval("x", {"x": "custom"}))
loc = {"v": 1}
exec("v += 1\nw = v * 10", {}, loc)
print(loc)


def locals_snapshot():
    a = 1
    snap = locals()
    b = 2
    return sorted(snap), sorted(locals())


print(locals_snapshot())
try:
    exec("return 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("yield 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
