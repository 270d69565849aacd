# TypeErrors from operators between unsupported types: CPython's exact wording.

five, abc, one_list = 5, "abc", [1]
pairs = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("[1] + (1,)", lambda: [1] + (1,)),
    ("(1,) + [1]", lambda: (1,) + [1]),
    ("{} + {}", lambda: {} + {}),
    ("None + None", lambda: None + None),
    ("1 - 'a'", lambda: 1 - "a"),
    ("'a' - 'b'", lambda: "a" - "b"),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("'a' * 1.5", lambda: "a" * 1.5),
    ("[1] * [2]", lambda: [1] * [2]),
    ("1 / 'a'", lambda: 1 / "a"),
    ("'a' // 2", lambda: "a" // 2),
    ("[] % 2", lambda: [] % 2),
    ("2 ** 'a'", lambda: 2 ** "a"),
    ("1 & 1.0", lambda: 1 & 1.0),
    ("1.0 | 2", lambda: 1.0 | 2),
    ("'a' ^ 'b'", lambda: "a" ^ "b"),
    ("1 << 1.0", lambda: 1 << 1.0),
    ("[] >> 1", lambda: [] >> 1),
    ("-'a'", lambda: -"a"),
    ("+[]", lambda: +[]),
    ("~1.5", lambda: ~1.5),
    ("1 < 'a'", lambda: 1 < "a"),
    ("[] > {}", lambda: [] > {}),
    ("None <= None", lambda: None <= None),
    ("(1,) >= [1]", lambda: (1,) >= [1]),
    ("1 in 5", lambda: 1 in 5),
    ("'a' in ['a'] in 5", lambda: "a" in ["a"] in 5),
    ("1 in 'abc'", lambda: 1 in "abc"),
    ("5[0]", lambda: five[0]),
    ("'abc'['x']", lambda: abc["x"]),
    ("[1]['x']", lambda: one_list["x"]),
    ("{}[[]]", lambda: {}[[]]),
    ("len(5)", lambda: len(5)),
    ("5()", lambda: five()),
    ("hash([])", lambda: hash([])),
    ("{[]: 1}", lambda: {[]: 1}),
    ("{[1]}", lambda: {(1, [2])}),
    ("iter(1.5)", lambda: iter(1.5)),
    ("1 @ 2", lambda: 1 @ 2),
]
for label, f in pairs:
    try:
        f()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)
# assignment-time TypeErrors
def store_item():
    t = (1, 2)
    t[0] = 5
def store_str():
    s = "abc"
    s[0] = "x"
def store_int_attr():
    n = 5
    n.attr = 1
for f in (store_item, store_str, store_int_attr):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(f.__name__, type(e).__name__, e)
