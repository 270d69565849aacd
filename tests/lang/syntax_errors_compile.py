# SyntaxErrors raised by compile(): message, line and column for the statements issue 3 covers
snippets = [
    "def f():\n    return\n    yield from\n",
    "with open('x') as:\n    pass\n",
    "@\ndef f(): pass\n",
    "x = [y for y in range(3) if]\n",
    "lambda x: yield x\n",
    "f(x for x in y, 1)\n",
    "nonlocal x\n",
    "def f():\n    global x\n    x = 1\n    global x\n",
    "def f(a, a): pass\n",
    "def f(*, **k): pass\n",
    "a, *b, *c = range(5)\n",
    "print(f'{x!z}')\n",
    "f'{'\n",
    "(x := 1) = 2\n",
    "[i := 0 for i in range(3)]\n",
    "def f():\n    from math import *\n",
    "return 5\n",
    "break\n",
    "class C:\n    return 1\n",
    "x = yield 1\n",
    "del f()\n",
    "a + 1 = 2\n",
    "for 1 in x: pass\n",
    "import a.b as\n",
    "from . import\n",
    "try:\n    pass\nfinally:\n    pass\nelse:\n    pass\n",
    "if x:\npass\n",
    "  x = 1\n",
    "x = (1, 2\ny = 3\n",
    "class C(:\n    pass\n",
    "if (a:\n    pass\n",
    "print 'hello'\n",
    "def f(x=1, y): pass\n",
    "f(**k, *a)\n",
    "True = 1\n",
    "x = 1 +\n",
]
for src in snippets:
    try:
        compile(src, "<test>", "exec")
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} (line {e.lineno}, col {e.offset})")
