# Syntax errors reported by compile(): the message and line of each, for many
# common mistakes (one script covers many, since each compile fails on its own).

snippets = [
    "x = = 1", "print 'hello'", "if x = 1:\n    pass", "def f()\n    pass", "for i in range(3)\n    pass",
    "x = (1 2)", "f(a for a in b, c)", "import", "from x import", "x = 1 +", "return",
    "def f(*):\n  pass", "def f(**k, a):\n  pass", "f(**k, *a)", "del f()", "(a, b) += 1", "True = 1",
    "None = 2", "f() += 1", "[x for x in 1, 2]", "a if b", "x = 1 if 2", "def f(a, a=1): pass",
    "x = 0b102", "x = 0o8", "x = 0xg", "x = 1e", "x = 1__2", "x = 1_", "s = 'abc", "s = '''abc",
    "print(1))", "else", "elif x:", "x = (yield)", "a, b = *c", "*a, *b = c", "x = *a", "print(*)",
    "f(x=1, x=2)", "f(1, x=1, 2)", "0 = x", "x.1 = 2", "def 1f(): pass", "class 1C: pass",
    "lambda x: yield x", "x += 1 = 2", "'abc' 'def' = 3", "x = yield = 3", "nonlocal x",
    "if x:\npass", "while x:\npass", "for x in y:\npass", "try:\npass", "try:\n  pass\nexcept:\npass",
    "try:\n  pass\nfinally:\npass", "if x:\n  pass\nelse:\npass", "if x:\n  pass\nelif y:\npass",
    "with x:\npass", "class C:\npass", "def f():\npass", "if x:\n    a\n  b", "  x = 1", "x = 1\n  y = 2",
    "def f():\n  return\n yield", "x = $", "x = a ? b : c", "x = !a", "break", "continue",
    "def f():\n  x = 1\n  global x", "def f(a):\n  global a", "def f():\n  nonlocal y",
    "class C:\n  return 1", "yield 1", "x = [1, 2", "x = {1: 2, 3}", "f(**)", "def f(a, *, **k): pass",
]
for s in snippets:
    try:
        compile(s, "<snippet>", "exec")
        print(repr(s), "-> compiled")
    except SyntaxError as e:
        print(repr(s), "->", type(e).__name__ + ":", e.msg, "| line", e.lineno)
