# match is outside atoll's subset: it must be a clear SyntaxError; as an identifier it still works
match = 5
print(match * 2)
case = "c"
print(case)


def match_fn(match):
    return match + 1


print(match_fn(1))
