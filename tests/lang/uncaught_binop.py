# Markers under a failing binary operation and subscript inside an expression.

def ratio(a, b):
    return (a + 1) / (b - b)

def lookup(table, keys):
    return table[keys[0]][keys[1]]

print(lookup({"a": {"b": 1}}, ["a", "b"]))
values = [1, 2, 3]
print(values[0] + ratio(values[1], values[2]) * 2)
