# A failing assert with a message ends the program with AssertionError.

def mean(values):
    assert len(values) > 0, "mean of an empty list"
    return sum(values) / len(values)

print(mean([1, 2, 3]))
print(mean([]))
