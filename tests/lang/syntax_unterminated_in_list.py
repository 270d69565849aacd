# A missing closing quote inside brackets spanning lines.
items = [
    "one",
    "two,
]
