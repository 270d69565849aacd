# An uncaught ZeroDivisionError at module level: output before it is kept.
print("before")
total = 10
count = 0
average = total / count
print("not reached")
