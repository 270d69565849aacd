# SystemExit raised deep in calls: the handlers that catch Exception do not stop it.

def inner():
    raise SystemExit(4)

def middle():
    try:
        inner()
    except Exception as e:
        print("wrong: caught", e)
    finally:
        print("middle finally")

def outer():
    try:
        middle()
    except ValueError:
        print("wrong")

outer()
