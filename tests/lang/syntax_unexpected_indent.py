# An indented line where none is expected.
x = 1
    y = 2
print(x, y)
