# An uncaught exception from inside a generator driven by a for loop
def numbers(limit):
    for i in range(limit):
        if i == 3:
            raise ValueError(f"bad number {i}")
        yield i


def doubled(source):
    for n in source:
        yield n * 2


total = 0
for v in doubled(numbers(10)):
    total += v
    print("running total", total)
