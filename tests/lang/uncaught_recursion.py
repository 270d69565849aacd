# Uncaught RecursionError: the repeated frames are folded in the traceback.

def countdown(n):
    return countdown(n - 1) + 1

print("start")
countdown(10)
