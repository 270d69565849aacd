import sys
print(sys.excepthook is sys.__excepthook__, sys.maxunicode, sys.float_repr_style, sys.is_finalizing(), sys.gettrace())
def hook(tp, val, tb):
    print("hook got", tp.__name__, val, type(tb).__name__, file=sys.stderr)
    print("to stdout too")
sys.excepthook = hook
print("before")
raise ValueError("boom")
