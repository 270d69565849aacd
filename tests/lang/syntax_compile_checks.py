# Errors the compiler and symbol table find after parsing, with their exact
# positions (CPython 3.11 counts these offsets in bytes of UTF-8).

snippets = [
    "__debug__ = 1", "del __debug__", "def f(__debug__): pass", "f(__debug__=1)", "x.__debug__ = 1",
    "import __debug__", "for __debug__ in x: pass", "class __debug__: pass", "def __debug__(): pass",
    "(__debug__ := 1)", "__debug__ += 1", "lambda __debug__: 0", "def f(*, __debug__): pass",
    "with x as __debug__: pass", "import a as __debug__", "from m import __debug__",
    "try:\n  pass\nexcept E as __debug__:\n  pass", "class C(__debug__=1): pass", "def f(**__debug__): pass",
    "__debug__: int", "__debug__: int = 1", "x.__debug__: int = 1", "[__debug__ for __debug__ in x]",
    "x.__debug__ += 1", "del x.__debug__", "global __debug__", "print(__debug__)",
    "def f():\n  global x\n  x: int = 1", "x: int\nglobal x", "def f():\n  nonlocal x\n  x: int = 1",
    "global x\nx: int = 1", "def f(a):\n  global a", "def f():\n  x = 1\n  global x",
    "def f():\n  print(x)\n  global x", "def f():\n  def g():\n    nonlocal y", "nonlocal z",
    "f(a=1, a=2)", "f(*args, a=1, a=2)", "f(**k, a=1, a=1)", "class C(metaclass=M, metaclass=N): pass",
    "x = 'éé'; break", "s = '中'; continue", "t = 'é'; return 1", "u = 'ü'; f(b=1, b=2)",
    "v = 'é'\ndef f(): nonlocal w", "def f(a, a): pass", "lambda a, a: 0",
]
for s in snippets:
    try:
        compile(s, "<snippet>", "exec")
        print(repr(s), "-> compiled")
    except SyntaxError as e:
        print(repr(s), "->", e.msg, "|", e.lineno, e.offset, e.end_lineno, e.end_offset)
