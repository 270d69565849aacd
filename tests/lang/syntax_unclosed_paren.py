# An unclosed parenthesis is reported at the opening bracket.
print("start")
values = [1, 2, 3]
total = sum(values
print(total)
