# C code that recurses on its own (iterators wrapping iterators) raises
# RecursionError before the C stack overflows; CPython 3.11 crashes. Whether
# a depth overflows depends on the compiler (an optimised build may turn the
# recursion into a loop), so a deep chain must give either its true result
# or RecursionError, never a crash.

def chain(wrap, depth):
    it = iter(range(3))
    for i in range(depth):
        it = wrap(it)
    return it

WRAPPERS = [("map", lambda it: map(abs, it), [0, 1, 2]),
            ("filter", lambda it: filter(None, it), [1, 2]),
            ("zip", lambda it: zip(it), [(((0,),),), (((1,),),), (((2,),),)])]

for name, wrap, want in WRAPPERS:
    print(name, list(chain(wrap, 3)) == want)

for name, wrap, want in WRAPPERS:
    for depth in (200000, 1000000):
        try:
            got = list(chain(wrap, depth))
            outcome = "ok" if name == "zip" and len(got) == 3 or got == want else got
        except RecursionError as e:
            outcome = "ok" if str(e) == "maximum recursion depth exceeded" else e
        print(name, depth, outcome)

# generators nest within the recursion limit, as in CPython
for depth in (900, 5000):
    g = iter(range(5))
    for i in range(depth):
        g = (x + 1 for x in g)
    try:
        print(depth, "generators", list(g))
    except RecursionError as e:
        print(depth, "generators", type(e).__name__, e)

# the interpreter keeps working after each error
print(sum(map(abs, range(-3, 0))))
