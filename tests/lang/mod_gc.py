import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

# a cycle of objects, collected
class Node:
    def __init__(self):
        self.other = None

a, b = Node(), Node()
a.other, b.other = b, a
del a, b
print(type(gc.collect()).__name__)
print(type(gc.collect(0)).__name__, type(gc.collect(generation=2)).__name__)
print(gc.garbage)

for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError", e)
try:
    gc.enable(1)
except TypeError as e:
    print("TypeError", e)
