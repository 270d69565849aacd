# break/continue/return inside with blocks: __exit__ always runs, once.

class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, typ, val, tb):
        self.log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return False

log = []
for i in range(4):
    with CM("w%d" % i, log):
        if i == 1:
            continue
        if i == 2:
            break
        log.append("body %d" % i)
print(log)

def ret(log):
    with CM("r", log) as cm:
        return "returned from " + cm.name
log = []
print(ret(log), log)

# nested withs and a break
log = []
while True:
    with CM("outer", log), CM("inner", log):
        break
print(log)

# an exception in the body: __exit__ sees it; a true result suppresses it
class Suppress(CM):
    def __exit__(self, typ, val, tb):
        super().__exit__(typ, val, tb)
        return True
log = []
for i in range(2):
    with Suppress("s", log):
        raise ValueError("hidden")
    log.append("after with %d" % i)
print(log)
log = []
try:
    with CM("c", log):
        raise KeyError("visible")
except KeyError as e:
    log.append("caught " + repr(e))
print(log)
# with inside try/finally inside a loop, with continue
log = []
for i in range(2):
    try:
        with CM("t%d" % i, log):
            continue
    finally:
        log.append("finally %d" % i)
print(log)
# the value of __enter__ is bound by as, with tuple targets too
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (a, b):
    print(a, b)
