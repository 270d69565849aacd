# open(): newline modes on reading and writing, encodings and errors, argument checks
P = "/tmp/atoll_nl_test.txt"
with open(P, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(P, newline=nl) as f:
        print(repr(nl), [f.readline() for _ in range(5)])
    with open(P, newline=nl) as f:
        print(repr(nl), list(f), repr(open(P, newline=nl).read()))
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(P, "w", newline=nl) as f:
        f.write("x\ny\n")
        print("z", file=f)
    print(repr(nl), open(P, "rb").read())
with open(P, "w", encoding="utf-8", errors="strict") as f:
    f.write("é")
print(open(P, "rb").read(), open(P, encoding="ascii", errors="ignore").read(), open(P, encoding="latin-1").read())
try:
    open(P, "w", encoding="ascii").write("é")
except UnicodeEncodeError as e:
    print(e)
try:
    open(P, encoding="bogus")
except LookupError as e:
    print(e)
try:
    open(P, newline="x")
except ValueError as e:
    print(e)
try:
    open(P, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
print(open(P).encoding, open(P, encoding="latin-1").encoding, open(P, "rb").__class__.__name__ if False else "")
import os; os.remove(P)
