# Evaluation order: calls, operands, subscripts, assignment targets, dict displays, augmented assignment
log = []


def t(label, value=None):
    log.append(label)
    return label if value is None else value


def show(title):
    print(f"{title}: {' '.join(log)}")
    log.clear()


t("f", print)(t("a", 1), t("b", 2), sep=t("s", "-"))
show("call")
t("x", 1) + t("y", 2) * t("z", 3)
show("binop")
t("p", 2) ** t("q", 3) ** t("r", 1)
show("power")
{t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display")
[t("e1"), t("e2"), *t("star", ["s"])]
show("list display")
d = {}
d[t("key")] = t("value")
show("subscript assignment")
a = t("list", [0, 0])
a[t("index", 0)] += t("inc", 5)
show("augmented subscript")


class Obj:
    def __getattr__(self, name):
        log.append("get " + name)
        return 0

    def __setattr__(self, name, value):
        log.append("set " + name)


o = Obj()
o.attr += t("rhs", 1)
show("augmented attribute")
x, y = t("first", 1), t("second", 2)
show("tuple assignment")
t("lhs", [0])[0] = t("rhs2", 1)
show("target after value")
t("c1", 1) < t("c2", 2) < t("c3", 0) < t("c4", 5)
show("chained comparison stops")
t("and1", 0) and t("and2", 1)
t("or1", 1) or t("or2", 1)
show("short-circuit")
t("cond") if t("test", True) else t("else")
show("conditional")
[t(f"i{i}") for i in range(2) if t(f"c{i}", True)]
show("comprehension")


def defaults(a=t("default evaluated at def")):
    return a


show("def")
defaults()
defaults()
show("calls reuse default")


@t("decorator1", lambda f: f)
@t("decorator2", lambda f: f)
def decorated():
    pass


show("decorators")
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
x = [1, 2, 3]
x[0], x[1] = x[1], x[0]
print(x)
a = b = t("chain", [])
show("chained assignment")
print(a is b)
kw = dict(z=t("kz", 1), y=t("ky", 2))
show("keywords")
print(list(kw))
print(t("s1", "a") + t("s2", "b") if t("cond2", True) else None)
show("nested")
