# global and nonlocal inside classes and methods; class bodies reading module globals; names in nested classes
counter = 0
label = "module"


class Tracker:
    global counter
    counter += 100
    label = "class"
    seen = label + "/" + globals()["label"]

    def bump(self):
        global counter
        counter += 1
        return counter

    def read_label(self):
        return label


t = Tracker()
print(counter, t.bump(), t.bump(), Tracker.seen, t.read_label())


def factory():
    count = 0

    class Local:
        def incr(self):
            nonlocal count
            count += 1
            return count

        def peek(self):
            return count
    return Local


L = factory()
a, b = L(), L()
print(a.incr(), b.incr(), a.peek())


class Outer:
    x = "outer x"

    class Inner:
        try:
            y = x
        except NameError as e:
            y = f"NameError: {e}"


print(Outer.Inner.y)


def shadow():
    label = "function"

    class C:
        label = "class body"
        def get(self):
            return label
    return C().get(), C.label


print(shadow())
