# return and try/finally: the finally always runs, and may override the result.

log = []

def simple():
    try:
        return "try"
    finally:
        log.append("finally ran")
print(simple(), log)

def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())

def swallow():
    try:
        raise ValueError("gone")
    finally:
        return "swallowed the exception"
print(swallow())

def value_is_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_is_evaluated_first())

def mutable_result():
    r = []
    try:
        return r
    finally:
        r.append("added in finally")
print(mutable_result())

def nested():
    try:
        try:
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
log.clear()
print(nested(), log)

def in_loop():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            log.append("loop finally %d" % i)
log.clear()
print(in_loop(), log)

def except_then_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        log.append("finally after except return")
log.clear()
print(except_then_finally(), log)

def finally_raises():
    try:
        return "lost"
    finally:
        raise KeyError("raised in finally")
try:
    finally_raises()
except KeyError as e:
    print("KeyError", e)

def count_calls():
    n = 0
    for i in range(3):
        try:
            continue
        finally:
            n += 1
    return n
print(count_calls())

# a generator's finally runs when it is closed
def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("gen finally")
log.clear()
g = gen()
print(next(g))
g.close()
print(log)
# finally sees the exception is pending through sys.exc_info only in handlers
def exc_in_finally():
    try:
        try:
            raise ValueError("v")
        finally:
            log.append("finally during exception")
    except ValueError as e:
        return "caught " + str(e)
log.clear()
print(exc_in_finally(), log)
