# signal: graceful shutdown. A SIGTERM handler that calls sys.exit ends a
# sleep and then the script with that status; finally blocks and atexit
# callbacks run; a second signal during the atexit callbacks is handled
# or ignored, never a crash. Ctrl-C (SIGINT) ignored with SIG_IGN.
import atexit
import os
import signal
import sys
import time

signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
print("SIGINT ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)


def at_exit():
    print("atexit: start")
    signal.signal(signal.SIGUSR1, lambda s, f: print("handler during atexit"))
    os.kill(os.getpid(), signal.SIGUSR1)
    signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("atexit: end")


atexit.register(at_exit)


def on_term(signum, frame):
    print("terminating on", signal.Signals(signum).name)
    sys.exit(3)


signal.signal(signal.SIGTERM, on_term)
signal.signal(signal.SIGALRM, lambda s, f: os.kill(os.getpid(), signal.SIGTERM))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(10)
    print("not reached")
finally:
    print("finally ran")
