# and/or/not: values returned and which operands are evaluated.

log = []

def t(x):
    log.append(x)
    return x

def run(label, f):
    log.clear()
    r = f()
    print(label, repr(r), log)

run("1 and 2", lambda: t(1) and t(2))
run("0 and 2", lambda: t(0) and t(2))
run("1 or 2", lambda: t(1) or t(2))
run("0 or 2", lambda: t(0) or t(2))
run("'' or []", lambda: t("") or t([]))
run("[] and x", lambda: t([]) and t("x"))
run("None or 0 or ''", lambda: t(None) or t(0) or t(""))
run("1 and 2 and 3", lambda: t(1) and t(2) and t(3))
run("1 and 0 and 3", lambda: t(1) and t(0) and t(3))
run("0 or 0 or 3 or 4", lambda: t(0) or t(0) or t(3) or t(4))
run("and/or mix", lambda: t(0) and t(1) or t(2) and t(3))
run("or/and mix", lambda: t(1) or t(2) and t(3))
run("not 0", lambda: not t(0))
run("not 'x'", lambda: not t("x"))
run("not []", lambda: not t([]))
run("not None", lambda: not t(None))
run("not not 5", lambda: not not t(5))
print(not 0.0, not 1e-300, not {}, not {0: 0}, not (), not (0,), not range(0))
# truthiness in conditions
for v in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], {}, (), None, True, False, range(3), 2 ** 100]:
    if v:
        print(repr(v), "true")
    else:
        print(repr(v), "false")
# user truthiness: __bool__, then __len__
class B:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        log.append("bool")
        return self.b
class L:
    def __len__(self):
        return 0
run("B(False) or 1", lambda: B(False) or t(1))
run("B(True) and 2", lambda: (B(True) and t(2)))
print(not L(), bool(L()), L() or "empty")
class Bad:
    def __bool__(self):
        return 1
try:
    not Bad()
except TypeError as e:
    print("TypeError", e)
