# An uncaught KeyboardInterrupt: traceback, then the process ends by SIGINT
# (status 130 in the shell), so that a script running it in a loop stops too.

def work(steps):
    for i in range(steps):
        if i == 2:
            raise KeyboardInterrupt
        print("step", i)

try:
    work(5)
except Exception:
    print("not caught by except Exception")
finally:
    print("finally still runs")
