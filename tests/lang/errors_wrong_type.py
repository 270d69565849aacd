# Wrong-type operations: each with CPython's message text
cases = [
    "1 + 'a'", "'a' + 1", "[1] + (2,)", "(1,) + [2]", "{} + {}", "None + 1", "1 - 'x'",
    "'a' * 'b'", "[1] * 2.0", "'ab' - 'a'", "2 ** 'x'", "1 / 'x'", "1 // []", "5 % None",
    "{1} + {2}", "-'x'", "+[]", "~1.5", "~'s'", "abs([])", "1 < 'a'", "'a' >= 2", "[1] < (1,)",
    "None < None", "{} < {}", "1 & 1.5", "1.5 | 2", "'a' << 1", "1 >> 'b'", "[] @ []",
    "len(5)", "len(None)", "five()", "s()", "none()", "one[0]", "none[0]", "five['x']",
    "lst['a']", "tup[1.5]", "s[None]", "{}[[]]", "{[]: 1}", "{1: 2}[{}]",
    "'x' in 5", "1 in 'abc'", "[] in {}", "int.real.x", "list.append(5, 1)", "str.upper(5)",
    "'%d' % 'x'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'{}'.format()", "'{0} {2}'.format(1, 2)",
    "sum(1)", "iter(None)", "next(5)", "sorted(5)", "max(5)", "min(1, 'a')",
    "range('a')", "range(1.5)", "range(1, 2, 0)", "[].pop()", "[1].index(2)", "{}.pop('k')",
    "set().pop()", "dict(1)", "'abc'.index('z')", "'a'.join([1])", "'abc'.split(1)",
    "int('x')", "float('y')", "bytes('s')", "chr(1.5)", "ord(5)", "'x' * -1 + 1",
    "divmod('a', 1)", "round('x')", "hash([])", "isinstance(1, 'int')", "issubclass(1, int)",
    "getattr(1, 'x')", "(lambda x: x)()", "(lambda: 0)(1)", "(lambda *, k: k)(1)",
    "(lambda a, b: 0)(1, a=2)", "(lambda: 0)(x=1)", "print(end=1)", "print(sep=5)",
    "[].append()", "[].append(1, 2)", "{}.get()", "'a'.upper(1)", "tuple(1, 2)",
    "list(1, 2)", "object(1)", "int(1, 2, 3)", "'{:d}'.format('a')", "format(1.5, 'd')",
    "f'{1:s}'", "1 .real()", "type(1)(2)()", "[][0]", "()[1]", "''[0]", "range(3)[5]",
    "{'a': 1}['b']", "[1, 2, 3][1:2:0]", "del [][0]" if False else "[].remove(1)",
]
NS = {"five": 5, "one": 1, "s": "str", "none": None, "lst": [1, 2], "tup": (1, 2)}
for src in cases:
    try:
        result = eval(src, NS)
        print(f"{src!r:36} -> {result!r}")
    except Exception as e:
        print(f"{src!r:36} -> {type(e).__name__}: {e}")
