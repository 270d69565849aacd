# A name used before its global declaration is a compile-time error: nothing runs.
print("not printed")

def f():
    total = 0
    print(counter)
    global counter
    counter = total
