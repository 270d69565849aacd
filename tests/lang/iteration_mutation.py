# Changing containers while iterating: what CPython allows and the errors it raises
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.append(99)
    if len(lst) > 6:
        break
print(lst)
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k in d.keys():
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] > 1:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for v in s:
        s.discard(v)
except RuntimeError as e:
    print("RuntimeError:", e)
keys = {"x": 1}
it = iter(keys.items())
keys["y"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed({"p": 1, "q": 2})), list(reversed({"p": 1}.items())))
a = {"a": 1, "b": 2}.keys()
print(a & {"b", "c"}, a | {"z"} == {"a", "b", "z"}, a - {"a"}, {"b": 0}.keys() <= a)
view = d.keys()
d["new"] = 1
print(list(view), len(view), "new" in view)
