# break and continue inside try/finally and try/except: finally always runs.

log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append("body %d" % i)
    finally:
        log.append("finally %d" % i)
print(log)

# break inside the except clause
log = []
for i in range(3):
    try:
        raise ValueError(i)
    except ValueError as e:
        log.append("caught %s" % e)
        if i == 1:
            break
    finally:
        log.append("fin %d" % i)
print(log)

# continue inside else and finally of a while
log = []
n = 0
while n < 4:
    n += 1
    try:
        pass
    except Exception:
        pass
    else:
        if n % 2:
            continue
        log.append("else %d" % n)
    finally:
        log.append("fin %d" % n)
print(log)

# nested try/finally blocks all run on break, inner to outer
log = []
for i in range(2):
    try:
        try:
            try:
                break
            finally:
                log.append("inner")
        finally:
            log.append("middle")
    finally:
        log.append("outer")
print(log)

# break in finally (ends the loop; a pending exception is discarded)
def swallow():
    for i in range(3):
        try:
            raise KeyError("lost")
        finally:
            break
    return "swallowed"
print(swallow())

# continue in finally (3.8+), the exception is discarded too
def skip_all():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            seen.append(i)
        finally:
            continue
    return seen
print(skip_all())

# break out of a loop in a function whose finally returns
def f():
    try:
        for i in range(10):
            if i == 2:
                break
        return "loop done at %d" % i
    finally:
        log.append("f finally")
log = []
print(f(), log)
