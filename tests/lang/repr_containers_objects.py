# repr and str of containers holding user objects: containers always use repr of their items
class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Tag({self.name!r})"

    def __str__(self):
        return f"#{self.name}"


tags = [Tag("a"), Tag("b")]
print(tags, str(tags), tuple(tags), {"t": Tag("c")}, {Tag("d")} if False else set(), str(Tag("e")))
print(f"{tags}", f"{tags[0]}", "%s %r" % (tags[0], tags[0]), "{} {!r} {!s}".format(tags[0], tags[0], tags[0]))
nested = {"list": [Tag("x"), (Tag("y"),)], "str": "quoted 'text'", "none": None, 1.5: [True, b"bytes"]}
print(nested)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), str(["it's"]), [["x"]], [[]], [()], [(1,)])
print(list(map(str, tags)), ", ".join(map(str, tags)), [str(t) for t in tags])
print(print, type(print), len, [len], {None: ...}, [NotImplemented], [Ellipsis])
