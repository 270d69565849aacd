# A traceback through a lambda and a builtin that calls back (map, sorted).

items = [3, 1, 0, 2]
inverse = lambda x: 1 / x
print(sorted(items, key=lambda v: -v))
print(list(map(inverse, items)))
