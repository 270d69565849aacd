# An uncaught ZeroDivisionError inside a list comprehension inside a lambda
ratios = lambda xs: [100 // x for x in xs]
print(ratios([1, 2, 4]))
print(ratios([5, 0]))
