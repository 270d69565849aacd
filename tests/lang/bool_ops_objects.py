# and/or/not with objects: which operand is returned, short-circuiting of calls, truth of user objects
calls = []


def val(label, v):
    calls.append(label)
    return v


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Box({self.items})"


print(Box([]) or Box([1]), Box([2]) or Box([3]), Box([]) and Box([4]), Box([5]) and Box([6]))
print(val("a", 0) or val("b", "") or val("c", "found") or val("d", "skipped"), calls)
calls.clear()
print(val("a", 1) and val("b", [1]) and val("c", None) and val("d", "skipped"), calls)
calls.clear()
print(not Box([]), not Box([0]), (Box([]) or None) is None)
settings = {}
timeout = settings.get("timeout") or 30
name = settings.get("name", "") or "anonymous"
print(timeout, name)
x = None
print(x is None or x > 3, x is not None and x > 3)
result = [] or {} or () or 0 or None
print(result, type(result).__name__)
print((lambda: 0)() or "default", [] and "never", 1 and 2 and 3, 0 or False or 0.0)
