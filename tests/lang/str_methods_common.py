# The common str methods as programs use them, with their edge cases.

s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print("a,b,,c".split(","), "a b  c".split(), " a b ".split(" "), "a,b,c".split(",", 1), "".split(), "".split(","))
print("a,b,c".rsplit(",", 1), "one\ntwo\r\nthree".splitlines(), "x\n".splitlines(True), "  a  b ".split(None, 1))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(3)))
print("hello".upper(), "HeLLo".lower(), "hello world".title(), "hello".capitalize(), "HeLLo".swapcase())
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "aaa".replace("", "-"), "abc".replace("x", "y"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".rindex("l"))
print("hello".find("l", 3), "hello".find("l", 0, 2), "hello".count("l"), "aaaa".count("aa"), "abc".count(""))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")), "hello".endswith("l", 0, 4))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "   ".isspace(), "Title Case".istitle(), "ABC".isupper(), "abc".islower())
print("".isalpha(), "12a".isdigit(), "a b".isalpha(), "Ab".isupper(), "x".isidentifier(), "1x".isidentifier())
print("42".zfill(5), "-42".zfill(5), "abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "abc".center(2))
print("a\tb".expandtabs(4), "key=value".partition("="), "no sep".partition("="), "a=b=c".rpartition("="))
print("Hello"[::-1], "Hello"[1:3], "Hello"[-3:], "Hello"[::2], "Hello"[10:], "abc" * 3, "ab" + "cd")
print("ell" in "hello", "z" not in "hello", "hello" < "help", "a" < "B", "abc" == "abc", "Abc".casefold())
print("%d items at %.2f each, %s" % (3, 1.5, "ok"), "%5.1f|%-4d|%x|%o|%e" % (3.14159, 7, 255, 8, 12345.678))
print("{} and {}".format(1, 2), "{name}={value!r}".format(name="k", value="v"), "{:>6.2f}".format(3.14159))
print(str.upper("x"), "a-b-c".split("-", maxsplit=1), "abc".encode(), "x y".split(sep=" "))
print("hello world".removeprefix("hello "), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print(" ".join(["a", "b"]).upper().split(), "MiXeD".lower().capitalize(), "".strip() == "")
cases = [
    lambda: "abc".index("z"),
    lambda: "abc".split(""),
    lambda: "-".join([1, 2]),
    lambda: "abc"[5],
    lambda: "abc" + 1,
    lambda: "abc" * "2",
    lambda: "abc".replace(1, 2),
    lambda: "x".zfill("5"),
    lambda: "abc".center(),
    lambda: "%d" % "x",
    lambda: "%s %s" % ("only one",),
    lambda: "{}".format(),
    lambda: "abc".startswith(1),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
try:
    t = "abc"
    t[0] = "x"
except TypeError as e:
    print("TypeError", e)
