# A string literal left open at the end of the line.
name = "world
print(name)
