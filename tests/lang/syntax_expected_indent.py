# A block statement with no indented body.
def f():
return 1
