# Exceptions inside loops: continue/break from except and finally, retries, collecting errors, else clauses
def parse_all(values):
    good, bad = [], []
    for v in values:
        try:
            n = int(v)
        except ValueError as e:
            bad.append(str(e))
            continue
        except TypeError:
            bad.append(f"type {type(v).__name__}")
            continue
        else:
            if n < 0:
                break
        finally:
            pass
        good.append(n)
    else:
        good.append("complete")
    return good, bad


print(parse_all(["1", "x", None, "3"]))
print(parse_all(["5", "-1", "7"]))


def retry(func, attempts):
    for i in range(1, attempts + 1):
        try:
            return func(i)
        except RuntimeError as e:
            last = e
            print(f"  attempt {i}: {e}")
    raise RuntimeError(f"gave up after {attempts}") from last


def flaky(i):
    if i < 3:
        raise RuntimeError(f"fail {i}")
    return f"success on {i}"


print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)
i = 0
while True:
    i += 1
    try:
        if i == 2:
            raise KeyError(i)
        if i == 4:
            break
    except KeyError:
        print("key error at", i)
        continue
    finally:
        print("finally", i)
print("stopped at", i)
errors = []
for text in ["1/0", "[][1]", "{}['k']", "int('x')", "1+1"]:
    try:
        eval(text)
    except (ZeroDivisionError, IndexError, KeyError, ValueError) as e:
        errors.append(type(e).__name__)
print(errors)
