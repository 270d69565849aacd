# An exception raised in a finally clause while another is propagating.

def cleanup():
    raise RuntimeError("cleanup failed")

def work():
    try:
        raise OSError("disk full")
    finally:
        cleanup()

work()
