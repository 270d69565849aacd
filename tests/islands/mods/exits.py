# Helpers of atexit_islands.py, run in other interpreters.
import atexit


def ncallbacks():
    return atexit._ncallbacks()


def register_send(ch, message):
    atexit.register(ch.send, message)
