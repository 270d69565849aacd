# compile() modes (single echoes values, as at the prompt), exec into fresh dicts (__builtins__ is the builtins dict), argument errors
exec(compile("1+1", "<s>", "single"))
exec(compile("x = 5\n", "<s>", "single"))
print(x)
try:
    compile("1\n2\n", "<s>", "single")
except SyntaxError as e:
    print(e.msg)
code = compile("for i in range(2):\n    i\n", "<s>", "single")
exec(code)
print(eval(compile("3*3", "<e>", "eval")), compile("pass", "f.py", "exec").co_filename)
try:
    compile("x", "<s>", "bogus")
except ValueError as e:
    print(e)
try:
    compile(123, "<s>", "exec")
except TypeError as e:
    print(e)
print(eval("__name__"), eval("__name__", {}), eval("__builtins__ is not None", {}))
ns = {}
exec("class K:\n    v = 3\n", ns)
print(ns["K"].v, ns["K"].__module__)
exec("import math", ns)
print("math" in ns, type(ns["__builtins__"]).__name__)
