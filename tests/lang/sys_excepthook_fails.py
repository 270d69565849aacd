import sys
def hook(tp, val, tb):
    1/0
sys.excepthook = hook
def f():
    raise KeyError("k")
f()
