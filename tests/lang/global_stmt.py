# global: reading and rebinding module names from functions.

count = 0
name = "module"

def bump():
    global count
    count += 1

def read_only():
    return count, name

def local_shadow():
    name = "local"
    return name

for _ in range(3):
    bump()
print(count, read_only(), local_shadow(), name)

def create():
    global created, other
    created = "made in a function"
    other = 1
create()
print(created, other)

def delete():
    global created
    del created
delete()
try:
    created
except NameError as e:
    print("NameError", e)

# global in a nested function refers to the module, not the enclosing function
def outer():
    count = "outer local"
    def inner():
        global count
        count = 100
    inner()
    return count
print(outer(), count)

# several names in one statement
def multi():
    global a, b, c
    a, b, c = 1, 2, 3
multi()
print(a, b, c)

# global in a loop body and with augmented assignment of a list
items = []
def add(x):
    global items
    items += [x]
for i in range(3):
    add(i)
print(items)

# reading a global that does not exist
def missing():
    return undefined_name
try:
    missing()
except NameError as e:
    print("NameError", e)

# globals() reflects the module namespace
def check():
    return "count" in globals(), globals()["count"]
print(check())
# a function whose local shadows a global cannot read the global first
x = "global x"
def unbound():
    print(x)
    x = "local x"
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
# builtins can be shadowed by globals and restored by del
len = lambda obj: "fake len"
print(len([1, 2]))
del len
print(len([1, 2]))
