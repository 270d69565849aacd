# Implicit line joining inside brackets and explicit joining with backslashes.

total = (1 +
         2 +
         3)
print(total)
items = [
    "a",
    "b",   # comments are allowed inside brackets
    "c",
]
print(items)
d = {
    "one": 1,

    "two": 2,
}
print(d)
def f(a,
      b=2,
          c=3):
    return a + b + c
print(f(1,
        c=10))
value = 1 + \
    2 + \
    3
print(value)
if total > 1 and \
   value > 1:
    print("joined condition")
x = [1, 2,
3, 4]   # continuation lines can have any indentation
print(x)
s = ("implicit "
     "string "
     "concatenation")
print(s)
t = 1, \
    2
print(t)
nested = [[1, 2,
           3], (4,
                5), {6:
                     7}]
print(nested)
print(len([
]), f(
    1
))
call = max(
    3,
    7,
    5,
)
print(call)
# a backslash followed by a comment-only line is not allowed, but inside brackets comments are fine
y = (2  # first
     * 3  # second
     )
print(y)
lam = (lambda a,
       b: a * b)
print(lam(6, 7))
