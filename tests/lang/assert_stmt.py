# assert: with and without a message; the message is evaluated only on failure.

assert True
assert 1 == 1, "never shown"
assert [1], "non-empty list is true"

def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        return "passed"
    except AssertionError as e:
        return "AssertionError args=%r str=%r" % (e.args, str(e))

print(check(True))
print(check(False))
print(check(0, "zero is false"))
print(check([], ["a", "list", "message"]))
print(check(None, 42))
print(check("", None))

calls = []
def message():
    calls.append("evaluated")
    return "lazy message"
assert 1, message()
print(calls)
try:
    assert 0, message()
except AssertionError as e:
    print(e, calls)

# assert with a tuple is always true (and CPython warns); use a condition instead
x = 5
try:
    assert x > 10, "x is %d" % x
except AssertionError as e:
    print(e)
# assertion errors can be caught as Exception and carry no context by default
try:
    assert False, "plain"
except Exception as e:
    print(type(e).__name__, e.__context__, e.__cause__)
# an assert inside a function called in a loop
def positive(n):
    assert n > 0, "expected positive, got %d" % n
    return n
results = []
for v in (3, -1, 2):
    try:
        results.append(positive(v))
    except AssertionError as e:
        results.append(str(e))
print(results)
# assert with a complex condition
data = {"a": 1}
try:
    assert "a" in data and data["a"] > 1, "a must be > 1, is %d" % data["a"]
except AssertionError as e:
    print(e)
