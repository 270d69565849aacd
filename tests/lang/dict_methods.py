# The common dict methods: get, setdefault, pop, update, items, keys, values, fromkeys.

stock = {"apple": 3, "pear": 0}
print(stock.get("apple"), stock.get("kiwi"), stock.get("kiwi", 0), stock["pear"])
stock["kiwi"] = 7
stock["apple"] += 2
print(stock, len(stock), "kiwi" in stock, 7 in stock)
print(stock.setdefault("plum", 1), stock.setdefault("apple", 100), stock)
print(stock.pop("pear"), stock.pop("nothing", "default"), stock)
stock.update({"apple": 0, "fig": 2})
stock.update([("date", 4)], extra=5)
print(stock)
print(list(stock.keys()), list(stock.values()), list(stock.items())[:2])
print(sorted(stock.items(), key=lambda kv: kv[1]), max(stock, key=stock.get))
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"), {}.fromkeys(range(2), []))
# counting words with get and setdefault
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
# views reflect changes
d = {"a": 1}
keys = d.keys()
d["b"] = 2
print(keys, len(keys), "b" in keys, list(d.values()), d.items())
print(keys & {"a", "z"}, keys | {"c"} == {"a", "b", "c"}, keys - {"a"})
# copy is shallow
orig = {"list": [1]}
cp = orig.copy()
cp["list"].append(2)
cp["new"] = 0
print(orig, cp)
# merge operators
print({"a": 1} | {"b": 2}, {"a": 1, "b": 2} | {"a": 9})
m = {"x": 1}
m |= {"y": 2}
print(m)
print(d == {"b": 2, "a": 1}, d != {"a": 1}, bool({}), dict(d) is d, d.popitem(), d)
cases = [
    lambda: {}["missing"],
    lambda: {}.pop("x"),
    lambda: {}.popitem(),
    lambda: {[1]: 2},
    lambda: {}.update(5),
    lambda: dict([1, 2]),
    lambda: dict([(1, 2, 3)]),
    lambda: {"a": 1} + {"b": 2},
    lambda: {"a": 1}.get(),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
