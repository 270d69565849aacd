# A bare raise in a handler re-raises with the original traceback.

def step(n):
    if n == 3:
        raise IndexError("step %d failed" % n)
    return n

def run():
    for i in range(5):
        try:
            step(i)
        except IndexError:
            print("logging the failure, then re-raising")
            raise

run()
