# Building text the ways scripts do: join, +=, format, %-format, f-strings, ljust/center, textwrap-like wrapping
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(words), "-".join(w.capitalize() for w in words[:3]), ",".join(map(str, range(5))))
acc = ""
for w in words:
    acc += w[0]
print(acc, acc.upper(), acc[::2])
table = [("name", "qty", "price"), ("apple", 3, 1.5), ("watermelon", 1, 4.25)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
print("=" * 20, "title".center(20, "*"), "left".ljust(10, ".") + "|", "right".rjust(10) + "|")


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


for ln in wrap(" ".join(words * 2), 22):
    print(f"|{ln:<22}|")
csv_line = ",".join(f'"{w}"' if "o" in w else w for w in words)
print(csv_line)
print(repr("\n".join(["a", "b"])), "a\tb".expandtabs(4), "x".zfill(3), "-5".zfill(4), "%08.3f" % -3.14159)
parts = []
for i in range(3):
    parts.append(f"{i}:{i ** 2}")
print("; ".join(parts), "{} items".format(len(parts)), "%d items" % len(parts))
name, score = "ann", 9.5
print(f"{name=} {score=:.2f} {name!r:>8} {len(name) * '#'}")
print("A long line that "
      "continues here "
      f"and ends with {name}.")
