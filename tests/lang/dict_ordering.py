# dict keeps insertion order through updates, deletes, reinsertion and copies.

d = {}
for k in ["banana", "apple", "cherry", "date"]:
    d[k] = len(k)
print(d, list(d), list(d.values()))
d["apple"] = 100
print(list(d.items()))
del d["banana"]
d["banana"] = 0
print(list(d))
d.pop("cherry")
d.setdefault("elder", 5)
d.setdefault("apple", -1)
print(d)
d.update({"fig": 3, "apple": 7})
d.update(grape=1)
print(d)
print(dict(zip("zyx", range(3))), dict([("b", 1), ("a", 2)]), dict(b=1, a=2))
c = d.copy()
c["new"] = 1
print(list(c)[-1], "new" in d)
print({**d, "apple": 0, "z": 26})
print({k: v for k, v in sorted(d.items())})
print(list(reversed(d)), list(reversed(d.items()))[:2])
r = dict.fromkeys("hello")
print(r)
# many deletes and inserts keep order
m = {i: i * i for i in range(20)}
for i in range(0, 20, 3):
    del m[i]
for i in range(0, 20, 6):
    m[i] = -i
print(list(m))
# popitem removes the last inserted
p = {"x": 1, "y": 2, "z": 3}
print(p.popitem(), p.popitem(), p)
# ints, strings, tuples, None, bools as keys, in order
mixed = {3: "int", "3": "str", (3,): "tuple", None: "none", 3.5: "float", False: "bool"}
print(mixed, list(mixed.keys()))
# equality ignores order
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
# iterating while not modifying, keys(), values(), items() views
for k, v in {"one": 1, "two": 2, "three": 3}.items():
    print(k, v, end="; ")
print()
print(len(d), sorted(d), min(d), max(d.values()))
