# exec and eval with globals and locals dicts
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("len(s)", {"s": "abc"}))
print(eval("a + b", {"a": 1}, {"b": 2}), eval("[i * i for i in range(n)]", {"n": 4}))
x = 100
print(eval("x + 1"), eval("x", {"x": 5}), eval("x", None, {"x": 6}))
g = {}
exec("y = 10\ndef f(a):\n    return a + y\n", g)
print(g["y"], g["f"](5), "__builtins__" in g, sorted(k for k in g if k != "__builtins__"))
loc = {}
exec("z = 3\nw = z * 2", {}, loc)
print(loc)
exec("x = 7")
print(x)


def in_function():
    ns = {}
    exec("inner = 'set by exec'", globals(), ns)
    return ns["inner"]


print(in_function())
code = compile("p * q", "<expr>", "eval")
print(eval(code, {"p": 6, "q": 7}), type(code).__name__)
stmts = compile("for i in range(3):\n    out.append(i * i)\n", "<stmts>", "exec")
out = []
exec(stmts)
print(out)
print(eval("  42  "), eval("'str' + \"ing\""), eval("(1,\n2)"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print("KeyError", e)
try:
    eval(5)
except TypeError as e:
    print("TypeError", e)
try:
    eval("1", [])
except TypeError as e:
    print("TypeError", e)
print(exec("1 + 1"), eval("None"))
gl = {"__builtins__": {"len": len}}
print(eval("len('abcd')", gl))
try:
    eval("print('x')", gl)
except NameError as e:
    print("NameError", e)
ns = {"data": [3, 1, 2]}
exec("data.sort()\nresult = sum(data)", ns)
print(ns["data"], ns["result"])
src = """
class K:
    attr = 'class in exec'
    def m(self):
        return self.attr
obj = K()
"""
ns2 = {}
exec(src, ns2)
print(ns2["obj"].m(), ns2["K"].__module__ if "__name__" in ns2 else ns2["K"].__module__)
exec("import math\nroot = math.sqrt(81)", ns2)
print(ns2["root"])
print(eval("globals() is g2", (g2 := {"v": 1})), eval("sorted(locals())", {}, {"a": 1, "b": 2}))
