# Deeply nested containers: operations that recurse in C raise RecursionError
# (never crash), and the interpreter keeps working afterwards.

def nest(depth, make):
    v = make(None)
    for _ in range(depth):
        v = make(v)
    return v

lists = nest(100000, lambda v: [v])
other = nest(100000, lambda v: [v])
tuples = nest(100000, lambda v: (v,))
dicts = nest(100000, lambda v: {"k": v})
cases = [
    ("repr list", lambda: repr(lists)),
    ("str tuple", lambda: str(tuples)),
    ("repr dict", lambda: repr(dicts)),
    ("format", lambda: "%s" % (lists,)),
    ("eq lists", lambda: lists == other),
    ("lt lists", lambda: lists < other),
    ("eq tuples", lambda: tuples == nest(100000, lambda v: (v,))),
    ("in", lambda: other in [lists]),
    ("index", lambda: [lists].index(other)),
    ("max", lambda: max(lists, other)),
    ("sorted", lambda: sorted([lists, other])),
]
for label, f in cases:
    try:
        f()
        print(label, "ok")
    except RecursionError as e:
        print(label, "RecursionError:", e)
# identity short-cuts the comparison of the same object
print(lists == lists, [lists].count(lists), lists in [lists])
# shallow operations do not recurse
print(len(lists), type(tuples[0]).__name__, list(dicts)[0], bool(lists), lists[0] is not None)
# self-referencing containers print with ellipses instead
a = [1]
a.append(a)
d = {"me": None}
d["me"] = d
print(a, d, a == a, len(str(a)))
