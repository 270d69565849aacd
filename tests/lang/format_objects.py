# Formatting user objects: format_map with __missing__, field access in str.format, %-mapping, nested specs
class Default(dict):
    def __missing__(self, key):
        return f"<{key}?>"


print("{name} is {age} years, lives in {city}".format_map(Default(name="Ann", age=30)))


class Person:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags

    def __format__(self, spec):
        if spec == "upper":
            return self.name.upper()
        return format(self.name, spec)


ann = Person("ann", {"role": "admin", "ids": [3, 4]})
print("{0.name} {0.tags[role]} {0.tags[ids][1]} {0:upper} {0:>6}|".format(ann))
print("{p.name!r:>8} {p.tags!s:.10}".format(p=ann))
print("%(name)s has %(count)d items (%(ratio).1f%%)" % {"name": "bag", "count": 3, "ratio": 42.25})
print("%s and %r" % (ann.name, ann.tags["role"]), "%-6s|%6s|" % ("ab", "cd"), "%c%c" % (65, "b"))
width, prec = 12, 3
print(f"{3.14159:{width}.{prec}f}|{'x':^{width}}|{ann:{'>'}{width}}|")
rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200)]
header = "{:<8}{:>8}{:>6}".format("item", "price", "qty")
print(header)
for r in rows:
    print("{:<8}{:>8.2f}{:>6d}".format(*r))
print("{:,}".format(1234567), "{:_x}".format(0xdeadbeef), "{:+.2e}".format(12345.678), "{:%}".format(0.125))
print("{0}{1}{0}".format("ab", "-"), "{}{}".format(*"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))
try:
    "{0.missing}".format(ann)
except AttributeError as e:
    print(e)
try:
    "{0[nokey]}".format({})
except KeyError as e:
    print("KeyError", e)
try:
    "{} {1}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "%(a)s %s" % {"a": 1}
except TypeError as e:
    print(e)
