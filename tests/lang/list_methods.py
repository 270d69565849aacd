# The common list methods and operators, as a program would use them.

nums = [5, 3, 8, 1]
nums.append(9)
nums.extend([2, 7])
nums.insert(0, 0)
print(nums, len(nums))
nums.remove(8)
print(nums.pop(), nums.pop(0), nums.pop(2), nums)
nums.sort()
print(nums, nums.index(5), nums.count(3), 3 in nums)
nums.reverse()
print(nums, sorted(nums), nums[::-1])
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
copy = words.copy()
copy.clear()
print(copy, words)
# stable sort by several keys
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
people.sort(key=lambda p: p[1])
print(people)
# slicing, assignment and deletion through slices
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[-2:], a[::-2])
a[2:5] = ["x"]
print(a)
a[::2] = "ABCDE"[:len(a[::2])]
print(a)
del a[1::2]
print(a)
# operators
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [] < [0])
b = [1, 2]
b *= 2
b += "xy"
print(b)
# list() from iterables and nesting
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list({3: 0}.values()))
m = [[1, 2], [3, 4]]
m[0].append(5)
print(m, [row[0] for row in m], sum(m, []))
# aliasing
x = [1]
y = x
y.append(2)
print(x, x is y, x == list(x), x is list(x))
# min/max/sum over lists and enumerate
scores = [70, 85, 90, 55]
print(min(scores), max(scores), sum(scores) / len(scores), [i for i, s in enumerate(scores) if s > 80])
cases = [
    lambda: [].pop(),
    lambda: [1, 2].remove(3),
    lambda: [1].index(2),
    lambda: [1, 2][5],
    lambda: [1, "a"].sort(),
    lambda: [1] + (2,),
    lambda: [1].insert("a", 1),
    lambda: [1, 2, 3][1:2:0],
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
