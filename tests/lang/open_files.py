# open: write, read, append, binary, line iteration, with, modes and errors
import os
PATH = "/tmp/atoll_lang_open_files.txt"
BPATH = "/tmp/atoll_lang_open_files.bin"

with open(PATH, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.closed)
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
    print("wrote", n)
print(f.closed)

with open(PATH) as f:
    print(repr(f.read()))
with open(PATH, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
with open(PATH) as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip("\n")))
with open(PATH) as f:
    print(repr(f.read(5)), repr(f.read(3)), repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
print(list(open(PATH))[:2])

with open(PATH, "a") as f:
    f.write("\nappended")
with open(PATH) as f:
    print(f.read().splitlines()[-2:])

with open(BPATH, "wb") as f:
    print(f.write(bytes(range(5)) + b"\xff\n\x00end"))
with open(BPATH, "rb") as f:
    data = f.read()
    print(type(data).__name__, data, len(data))
with open(BPATH, "rb") as f:
    print(f.read(2), f.readline(), f.read())
with open(BPATH, "ab") as f:
    f.write(b"!")
print(open(BPATH, "rb").read()[-4:])

with open(PATH, "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
with open(PATH, encoding="utf-8") as f:
    print(f.read())
with open(PATH, "rb") as f:
    print(f.read())

f = open(PATH, "w")
f.write("manual")
f.close()
print(open(PATH).read())
try:
    f.write("more")
except ValueError as e:
    print("ValueError:", e)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(PATH, "r+") as f:
    print(f.read(3))

try:
    open("/tmp/atoll_no_such_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    open(PATH, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    with open(PATH) as f:
        f.write("x")
except OSError as e:
    print(type(e).__name__, e)
try:
    with open(PATH, "w") as f:
        f.read()
except OSError as e:
    print(type(e).__name__, e)
try:
    with open(PATH, "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    with open(BPATH, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError:", e)
print(isinstance(FileNotFoundError(), OSError), issubclass(IsADirectoryError, OSError))
with open(PATH, "w") as f:
    print("via print", 1, 2, file=f)
    print("second", end="!", file=f)
print(repr(open(PATH).read()))
with open(PATH, "x" if False else "w") as f:
    pass
print(repr(open(PATH).read()))
os.remove(PATH)
os.remove(BPATH)
print(os.path.exists(PATH))
