# SyntaxError objects raised by the program: attributes, str(), and the
# traceback layout with and without a location.

e = SyntaxError("bad thing", ("prog.py", 3, 5, "    x = = 1\n", 3, 8))
print(e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(SyntaxError("m", (None, 4, 1, "x"))), "|", str(SyntaxError("m", ("f.py", None, 1, "x"))))
print(str(SyntaxError()), "|", repr(SyntaxError("only message")))
i = IndentationError("ind", ("f.py", 1, 1, "  y\n", 1, 3))
print(i, isinstance(i, SyntaxError), issubclass(TabError, IndentationError))
try:
    compile("x = (1,\n", "snippet.py", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset)
try:
    exec("if True:\n  a = 1\n   b = 2\n")
except IndentationError as err:
    print(type(err).__name__, err.msg, err.lineno)

def raise_it(with_location):
    if with_location:
        raise SyntaxError("invalid syntax", ("config.py", 2, 7, "value = = 3\n", 2, 8))
    raise SyntaxError("no location")

try:
    raise_it(False)
except SyntaxError as err:
    print("caught:", err)
raise_it(True)
