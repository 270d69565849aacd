# if/elif/else: branch selection, nesting, truthiness of conditions, one-line forms.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in (-3, 0, 5, 50, 500):
    print(n, classify(n))

def nested(a, b):
    if a:
        if b:
            r = "both"
        else:
            r = "a only"
    else:
        if b:
            r = "b only"
        else:
            r = "neither"
    return r

print(nested(1, 1), nested(1, 0), nested(0, 1), nested(0, 0))

# only the chosen branch's condition chain is evaluated
seen = []
def cond(name, value):
    seen.append(name)
    return value
if cond("a", False):
    pass
elif cond("b", True):
    pass
elif cond("c", True):
    pass
else:
    seen.append("else")
print(seen)

x = 7
if x: print("one-line if")
if not x: print("never")
else: print("one-line else")
if x > 5: y = 1; z = 2
print(y, z)
# conditions of every type
for c in (0, 1, "", "s", [], [0], None, 0.0, -0.0, 2.5, {}, {1: 2}):
    if c:
        print(repr(c), "->", "taken")
    else:
        print(repr(c), "->", "skipped")
# an if with only elifs and no else
def grade(s):
    g = "F"
    if s >= 90:
        g = "A"
    elif s >= 80:
        g = "B"
    elif s >= 70:
        g = "C"
    return g
print([grade(s) for s in (95, 85, 75, 65)])
# walrus in a condition
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long list", n)
if x == 7:
    pass
elif x:
    print("unreachable")
print("done")
