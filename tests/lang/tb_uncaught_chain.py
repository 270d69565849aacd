# An uncaught exception raised in an except block of a generator, re-raised with context across frames
def records():
    yield {"id": 1, "amount": "10"}
    yield {"id": 2, "amount": "ten"}


def total(rows):
    s = 0
    for row in rows:
        try:
            s += int(row["amount"])
        except ValueError:
            raise RuntimeError(f"bad row {row['id']}")
    return s


print(total(list(records())[:1]))
print(total(records()))
