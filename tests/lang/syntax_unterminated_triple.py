# A triple-quoted string never closed.
print("start")
doc = """first line
second line
third line
