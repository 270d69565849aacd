# open(): r+, w+, a+, seek/tell, readline(size), readlines, binary line iteration, newlines, encodings, exclusive create
import os
P = "/tmp/atoll_lang_open_modes.txt"
with open(P, "w") as f:
    f.write("alpha\nbeta\ngamma\n")
with open(P, "r+") as f:
    print(repr(f.readline()), f.tell())
    f.seek(0)
    f.write("ALPHA")
    f.seek(0)
    print(repr(f.read()))
with open(P, "w+") as f:
    f.write("fresh content")
    f.seek(0)
    print(repr(f.read()), f.tell())
with open(P, "a+") as f:
    f.write("\nappended")
    f.seek(0)
    print(f.read().splitlines())
with open(P) as f:
    print(repr(f.readline(3)), repr(f.readline()), repr(f.readline(100)), repr(f.readline()))
with open(P) as f:
    print(f.readlines())
with open(P, "rb") as f:
    print([line for line in f])
    print(f.seek(2), f.read(3), f.tell(), f.seek(0, 2) > 0)
with open(P, "wb") as f:
    f.write(b"one\r\ntwo\rthree\n")
with open(P) as f:
    print(repr(f.read()))
with open(P, newline="") as f:
    print(repr(f.read()))
with open(P, "rb") as f:
    print(f.read())
with open(P, "w", encoding="latin-1") as f:
    f.write("caf\xe9")
with open(P, "rb") as f:
    print(f.read())
try:
    with open(P, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start)
with open(P, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
os.remove(P)
with open(P, "x") as f:
    f.write("exclusive")
try:
    open(P, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(P) as f:
    print(f.read(), f.readable(), f.writable(), f.closed, f.name == P)
print(f.closed)
for mode in ("rw", "rt+b", "", "z"):
    try:
        open(P, mode)
    except ValueError as e:
        print(repr(mode), e)
os.remove(P)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno)
